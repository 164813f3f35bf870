import { analyseWorkbook, todayFromClock } from "../../app/analyseWorkbook";
import { generatedSheets } from "../../app/generatedSheets";
import { EXIT } from "../CliFailure";
import { type Command, inputPath } from "../CliContext";
import { issueJson, printIssues } from "../printIssues";
import { openWorkbook } from "../workbookFiles";

/** `validate IN.xlsx [--json]`: the plan's issues; exit 1 when any is an error. */
export const validateCommand: Command = async (context) => {
  const { io, text, lang } = context;
  const workbook = await openWorkbook(context, inputPath(context));
  const { issues, inputFingerprint } = await analyseWorkbook(workbook, todayFromClock(io.now));
  const stale = generatedSheets(await workbook.listSheets(), inputFingerprint).filter((s) => s.stale);
  // Not an issue of the plan, and never in the JSON: stdout stays the issue list.
  if (stale.length > 0) io.stderr(text.staleSheets(stale.map((s) => s.name).join(", ")));
  if (context.values.json) {
    io.stdout(
      JSON.stringify(
        issues.map((i) => issueJson(i, lang)),
        null,
        2,
      ),
    );
  } else {
    printIssues(issues, context, io.stdout);
  }
  return issues.some((i) => i.severity === "error") ? EXIT.planErrors : EXIT.ok;
};
