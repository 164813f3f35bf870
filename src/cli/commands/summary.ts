import { analyseWorkbook } from "../../app/analyseWorkbook";
import { planEditions } from "../../domain/editions/planEditions";
import { parseEditionCode } from "../../domain/model/editionCode";
import type { Plan } from "../../domain/model/plan";
import { rollupPlan } from "../../domain/rollup/rollupPlan";
import { toSummaryJson } from "../../domain/rollup/toSummaryJson";
import { CliFailure, EXIT } from "../CliFailure";
import { type CliContext, type Command, inputPath } from "../CliContext";
import { openWorkbook } from "../workbookFiles";

/** `--edition` as one of the plan's codes (typed in any form parseEditionCode reads); null: all editions. */
export function editionOf(context: CliContext, plan: Plan): string | null {
  const option = context.values.edition;
  if (option === undefined) return null;
  const known = planEditions(plan);
  const parsed = parseEditionCode(option);
  if (parsed === null || !known.includes(parsed.code)) {
    throw new CliFailure(context.text.unknownEdition(option, known.join(", ")), EXIT.usage);
  }
  return parsed.code;
}

/** `summary IN.xlsx --json [--edition CODE]`: the roll-ups as JSON. */
export const summaryCommand: Command = async (context) => {
  if (!context.values.json) throw new CliFailure(context.text.summaryNeedsJson, EXIT.usage);
  const workbook = await openWorkbook(context, inputPath(context));
  const { plan, issues } = await analyseWorkbook(workbook);
  const errors = issues.filter((i) => i.severity === "error").length;
  // stdout stays the JSON; the totals leave out rows whose key cells could not be read.
  if (errors > 0) context.io.stderr(context.text.summaryWithErrors(errors));
  const summary = rollupPlan(plan, { edition: editionOf(context, plan), excludeUnbudgeted: false });
  context.io.stdout(JSON.stringify(toSummaryJson(summary, plan), null, 2));
  return EXIT.ok;
};
