import { buildWorkbook } from "../buildWorkbook";
import { CliFailure, EXIT } from "../CliFailure";
import { type Command, inputPath, pathFrom } from "../CliContext";
import { type OutputPath, refuseClashingOutputs } from "../refuseClashingOutputs";
import { checkOutputExtension, openWorkbook } from "../workbookFiles";

/** `build IN.xlsx -o OUT.xlsx [--pdf OUT.pdf]`: a copy with the official tables of every edition. */
export const buildCommand: Command = async (context) => {
  const { values, text } = context;
  const input = inputPath(context);
  if (values.output === undefined) throw new CliFailure(text.needBuildOutput, EXIT.usage);
  const out: OutputPath = { option: "-o", path: pathFrom(context, values.output) };
  const pdf: OutputPath | null =
    values.pdf === undefined ? null : { option: "--pdf", path: pathFrom(context, values.pdf) };
  await refuseClashingOutputs(text, input, pdf === null ? [out] : [out, pdf]);
  const workbook = await openWorkbook(context, input);
  checkOutputExtension(context, workbook, out.path);
  const consolidated = values.consolidated ?? false;
  return (await buildWorkbook(context, workbook, out.path, pdf?.path ?? null, consolidated)).code;
};
