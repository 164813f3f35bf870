import { CliFailure, EXIT } from "./CliFailure";
import type { CliText } from "./cliText";
import { type CaseProbe, caseInsensitiveFolder } from "./files/caseInsensitiveFolder";
import { fileClash } from "./files/fileClash";

/** An output file as the user named it: with which option (`-o`, `--pdf`), at which absolute path. */
export interface OutputPath {
  readonly option: string;
  readonly path: string;
}

/**
 * Refuses, before anything is read or written, an output that is the input or another output, by any
 * path, link or case (fileClash): one line that says which path and why, exit 2. The command line
 * works on a copy: the input is never written, and no output may replace another.
 * @param isCaseInsensitive injected in tests; by default the target folder is asked at run time
 */
export async function refuseClashingOutputs(
  text: CliText,
  input: string,
  outputs: readonly OutputPath[],
  isCaseInsensitive: CaseProbe = caseInsensitiveFolder,
): Promise<void> {
  for (const [index, output] of outputs.entries()) {
    const onInput = await fileClash(output.path, input, isCaseInsensitive);
    if (onInput !== null) {
      const why = text.clashReason[onInput];
      throw new CliFailure(text.outputIsInput(output.option, output.path, input, why), EXIT.usage);
    }
    for (const earlier of outputs.slice(0, index)) {
      const clash = await fileClash(earlier.path, output.path, isCaseInsensitive);
      if (clash === null) continue;
      const why = text.clashReason[clash];
      throw new CliFailure(
        text.outputsClash(earlier.option, earlier.path, output.option, output.path, why),
        EXIT.usage,
      );
    }
  }
}
