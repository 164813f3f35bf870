import { existsSync } from "node:fs";
import { insertTemplate } from "../../app/insertTemplate";
import { CliFailure, EXIT } from "../CliFailure";
import { type Command, pathFrom } from "../CliContext";
import { createWorkbook, saveWorkbook } from "../workbookFiles";

/** `template OUT.xlsx`: a blank template workbook. */
export const templateCommand: Command = async (context) => {
  const [path] = context.args;
  if (path === undefined) throw new CliFailure(context.text.needOutput, EXIT.usage);
  const out = pathFrom(context, path);
  // A blank template must never replace a workbook someone has filled in.
  if (existsSync(out)) throw new CliFailure(context.text.outputExists(out), EXIT.usage);
  const workbook = createWorkbook();
  await insertTemplate(workbook);
  await saveWorkbook(context, workbook, out);
  context.io.stdout(context.text.templateWritten(out));
  return EXIT.ok;
};
