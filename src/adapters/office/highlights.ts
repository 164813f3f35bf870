import { OWNER_MARK_PREFIX } from "../../domain/layout/ownerMark";
import type { Issue } from "../../domain/validate/Issue";
import type { OfficeSettings } from "./OfficeSettings";
import { packOps, type QueuedOp } from "./write/packOps";
import { COMMAND_OVERHEAD_BYTES } from "./write/requestSize";
import { chunkAddresses } from "./write/styleAreas";

/** Marker in our highlight rules' formula, so clearing removes exactly ours. */
export const HIGHLIGHT_FORMULA = `=ISTEXT("${OWNER_MARK_PREFIX}highlight")`;
const HIGHLIGHT_FILL = { error: "#FFC7CE", warning: "#FFEB9C" } as const;

/**
 * 4 syncs: the sheets, their conditional formats, the formulas of the custom ones; then our earlier
 * rules deleted and one rule per sheet and severity added (more requests only for thousands of
 * single-cell rules before ExcelApi 1.9). Cell formatting stays the user's: a rule only overlays it.
 */
export async function replaceHighlights(
  context: Excel.RequestContext,
  issues: readonly Issue[],
  { capabilities, budgetBytes }: OfficeSettings,
): Promise<void> {
  const sheets = context.workbook.worksheets.load("items/name");
  await context.sync();
  const rules = sheets.items.map((sheet) => sheet.getRange().conditionalFormats.load("items/id,items/type"));
  await context.sync();
  const custom = rules.flatMap((formats) =>
    formats.items
      .filter((format) => format.type === "Custom")
      .map((format) => ({ format, rule: format.custom.rule.load("formula") })),
  );
  await context.sync();
  const ops: QueuedOp[] = [
    {
      bytes: custom.length * COMMAND_OVERHEAD_BYTES,
      apply: () => {
        for (const { format, rule } of custom) if (rule.formula === HIGHLIGHT_FORMULA) format.delete();
      },
    },
  ];
  const present = new Set(sheets.items.map((s) => s.name));
  for (const group of issueGroups(issues, present)) {
    const cells = [...group.cells];
    const fill = HIGHLIGHT_FILL[group.severity];
    const addRule = (target: Excel.Range | Excel.RangeAreas): void => {
      const rule = target.conditionalFormats.add("Custom");
      rule.custom.rule.formula = HIGHLIGHT_FORMULA;
      rule.custom.format.fill.color = fill;
    };
    if (capabilities.rangeAreas) {
      for (const addresses of chunkAddresses(cells)) {
        ops.push({
          bytes: addresses.length + 4 * COMMAND_OVERHEAD_BYTES,
          apply: () => addRule(context.workbook.worksheets.getItem(group.sheet).getRanges(addresses)),
        });
      }
    } else {
      // Without RangeAreas each cell gets its own rule; packed so no request passes the budget.
      for (let i = 0; i < cells.length; i += 500) {
        const chunk = cells.slice(i, i + 500);
        ops.push({
          // Per cell: its range, the rule made, the rule's custom part, rule, format and fill (objects),
          // and the formula and colour set.
          bytes: chunk.length * 7 * COMMAND_OVERHEAD_BYTES,
          apply: () => {
            const sheet = context.workbook.worksheets.getItem(group.sheet);
            for (const cell of chunk) addRule(sheet.getRange(cell));
          },
        });
      }
    }
  }
  for (const batch of packOps(ops, budgetBytes)) {
    for (const queued of batch) queued.apply();
    // Size-driven chunks only (thousands of single-cell rules on ExcelApi 1.7/1.8).
    // eslint-disable-next-line office-addins/no-context-sync-in-loop
    await context.sync();
  }
}

interface IssueGroup {
  readonly sheet: string;
  readonly severity: "error" | "warning";
  readonly cells: Set<string>;
}

/** Issue cells per sheet and severity; errors last, so where a cell has both the error rule wins. */
function issueGroups(issues: readonly Issue[], sheets: ReadonlySet<string>): IssueGroup[] {
  const groups = new Map<string, IssueGroup>();
  for (const issue of issues) {
    if (!issue.location || !sheets.has(issue.location.sheet)) continue;
    const key = `${issue.severity}|${issue.location.sheet}`;
    let group = groups.get(key);
    if (!group)
      groups.set(key, (group = { sheet: issue.location.sheet, severity: issue.severity, cells: new Set() }));
    group.cells.add(issue.location.cell.toUpperCase());
  }
  return [...groups.values()].sort((a, b) =>
    a.severity === b.severity ? 0 : a.severity === "warning" ? -1 : 1,
  );
}
