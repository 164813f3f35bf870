import type { CellValue } from "../../grid/CellValue";
import { columnLetter, toA1 } from "../../grid/a1";
import type { EditionCode } from "../../model/editionCode";
import { satangToBaht, type Satang } from "../../model/money";
import type { Issue } from "../../validate/Issue";
import { parseMonthCell } from "../../parse/parseMonthCell";
import { issueAtCell } from "../../validate/issueAt";
import type { ImportedProject, ImportedStrategy, SkippedRow, SkipReason } from "../ImportResult";
import type { SheetCells } from "../SheetCells";
import { classifyTextRow } from "./classifyTextRow";
import { fundingFromNotes } from "./fundingFromNotes";
import { isHeaderLikeRow, type ColumnRole, type Pd02Header } from "./findPd02Header";
import type { MergeLookup } from "./mergeLookup";
import { parseBudgetCell } from "./parseBudgetCell";
import { Subtotals } from "./Subtotals";
import { arabicCellText } from "../../grid/cellText";
import { compactText } from "./thaiText";

/** Text fields of a project that continuation rows extend, keyed by the header role they come from. */
const TEXT_FIELDS = [
  ["name", "name"],
  ["detail", "activityDetail"],
  ["location", "location"],
  ["unit", "responsibleUnit"],
  ["note", "note"],
] as const satisfies readonly (readonly [ColumnRole, keyof ImportedProject])[];

/** A project before its funding source is decided (continuation rows may still add the note that names it). */
export type Draft = Omit<ImportedProject, "fundingSource" | "fundingAssumed">;

const PROJECT_NUMBER = /^\(?\d+\s*[.)]?$/u;
const FORM_CODE = /^(แบบ)?ผด\.?0?2$/u;

const isWhite = (fill: string | null): boolean => fill === null || /^#?F{6}$/iu.test(fill);

export interface Pd02Body {
  readonly strategies: ImportedStrategy[];
  readonly drafts: Draft[];
  readonly skipped: SkippedRow[];
  /** Texts typed in a project's budget cell ("ไม่ใช้งบประมาณ"), keyed by the project's cell. */
  readonly budgetNotes: Record<string, string[]>;
}

/**
 * Reads the rows below the header: group rows set strategy and work plan, marker rows the edition, numbered
 * rows start projects, continuation rows extend them; totals are checked, repeats and blanks skipped.
 */
export function readPd02Body(
  cells: SheetCells,
  lookup: MergeLookup,
  header: Pd02Header,
  fiscalYear: number | null,
  firstEdition: EditionCode,
  addIssue: (issue: Issue) => void,
): Pd02Body {
  const body: Pd02Body = { strategies: [], drafts: [], skipped: [], budgetNotes: {} };
  const { columns } = header;
  const firstColumn = columns.seq ?? columns.name ?? 0;
  const titleTexts = new Set(
    cells.values
      .slice(0, header.firstRow)
      .flatMap((row) => row.map(compactText))
      .filter((t) => t !== ""),
  );
  const sums = new Subtotals();
  let strategy: number | null = null;
  let workPlan = "";
  let edition = firstEdition;
  let current: Draft | null = null;

  for (let row = header.lastRow + 1; row < cells.values.length; row++) {
    const values = cells.values[row] ?? [];
    const at = (role: ColumnRole): CellValue => {
      const column = columns[role];
      return column === undefined ? null : (values[column] ?? null);
    };
    const skip = (reason: SkipReason) => body.skipped.push({ cell: toA1(row, firstColumn), reason });
    const months = header.months.map((column) => column !== null && isMarked(cells, lookup, row, column));
    const texts = values.map(arabicCellText).filter((t) => t !== "");
    if (texts.length === 0 && !months.includes(true)) {
      skip("blank");
      continue;
    }
    if (
      isHeaderLikeRow(cells, row) ||
      texts.every((t) => titleTexts.has(t.replace(/[\s.]/gu, "")) || FORM_CODE.test(t.replace(/\s/gu, "")))
    ) {
      skip("repeated-header");
      continue;
    }
    const seq = arabicCellText(at("seq"));
    const budget = parseBudgetCell(at("budget"));
    const budgetColumn = columns.budget ?? firstColumn;
    const numbered = PROJECT_NUMBER.test(seq);
    // Some sheets type a group's number ("1", "1.1") in the ที่ column and its name in the next one.
    const leading = /^[\d.\s()]+$/u.test(texts[0] ?? "") ? texts.slice(0, 2).join(" ") : (texts[0] ?? "");
    const candidate = classifyTextRow(leading, fiscalYear);
    const isGroup = candidate?.kind === "strategy" || candidate?.kind === "workPlan";
    const group = numbered && !(isGroup && budget.kind === "blank") ? null : candidate;
    const isProject =
      (numbered && group === null) ||
      (group === null && budget.kind !== "blank" && arabicCellText(at("name")) !== "");

    if (group?.kind === "strategy") {
      strategy = group.number;
      workPlan = "";
      sums.startStrategy();
      if (!body.strategies.some((s) => s.number === group.number)) {
        body.strategies.push({ number: group.number, name: group.name, cell: firstTextCell(values, row) });
      }
      current = null;
    } else if (group?.kind === "workPlan") {
      if (group.strategyNumber !== null && body.strategies.some((s) => s.number === group.strategyNumber))
        strategy = group.strategyNumber;
      workPlan = group.workPlan ?? group.text;
      if (group.workPlan === null)
        addIssue(
          issueAtCell("import-unknown-work-plan", "warning", cells.name, firstTextCell(values, row), {
            text: group.text,
          }),
        );
      sums.startWorkPlan();
      current = null;
    } else if (group?.kind === "edition") {
      edition = group.code;
      current = null;
      skip("edition-marker");
    } else if (group?.kind === "total" && (budget.kind !== "blank" || compactText(leading).length <= 12)) {
      if (budget.kind === "amount" && compactText(leading).startsWith("รวม")) {
        const computed = sums.check(budget.satang, group.grand);
        if (computed !== null) {
          addIssue(
            issueAtCell("import-subtotal-mismatch", "warning", cells.name, toA1(row, budgetColumn), {
              stated: satangToBaht(budget.satang),
              computed: satangToBaht(computed),
              label: leading,
            }),
          );
        }
      }
      current = null;
      skip("total");
    } else if (isProject) {
      const cell = toA1(row, firstColumn);
      let amount: Satang = 0;
      if (budget.kind === "amount") amount = budget.satang;
      if (budget.kind === "invalid") {
        // "(ไม่ใช้งบประมาณ)" or "(อบจ. ดำเนินการ)" in the budget cell is a funding note, not a bad amount.
        const unbudgeted = fundingFromNotes([budget.text]);
        if (unbudgeted !== "NONE" && unbudgeted !== "AGENCY") {
          addIssue(
            issueAtCell("import-budget-unreadable", "warning", cells.name, toA1(row, budgetColumn), {
              text: budget.text,
            }),
          );
        }
        body.budgetNotes[cell] = [budget.text];
      }
      sums.add(amount);
      current = {
        seq: seq.replace(/^\(|[.)]$/gu, "").trim(),
        strategyNumber: strategy,
        workPlan,
        name: arabicCellText(at("name")),
        activityDetail: arabicCellText(at("detail")),
        budget: amount,
        location: arabicCellText(at("location")),
        responsibleUnit: arabicCellText(at("unit")),
        note: arabicCellText(at("note")),
        months,
        edition,
        cell,
        source: { sheet: cells.name, table: "ผด.02", row: row + 1, columns: sourceColumns(header) },
      };
      body.drafts.push(current);
    } else if (
      current &&
      (months.includes(true) || TEXT_FIELDS.some(([role]) => arabicCellText(at(role)) !== ""))
    ) {
      // A continuation row: text that spilled over from the project above, and any months marked on it.
      const draft: Draft = { ...current, months: current.months.map((on, m) => on || months[m] === true) };
      for (const [role, field] of TEXT_FIELDS) {
        const more = arabicCellText(at(role));
        if (more !== "") draft[field] = draft[field] === "" ? more : `${draft[field]} ${more}`;
      }
      current = draft;
      body.drafts[body.drafts.length - 1] = draft;
    } else {
      skip(current ? "unrecognised" : "orphan-continuation");
    }
  }
  return body;
}

/**
 * A month cell is marked as the template reader reads marks (parseMonthCell: arrows, ticks, "x"; not a
 * lone "-" or "0", which hand-made sheets put in the months that do not run) or by a non-white fill,
 * also through a merge across months.
 */
function isMarked(cells: SheetCells, lookup: MergeLookup, row: number, column: number): boolean {
  const anchor = lookup.anchor(row, column);
  // A merge from a row above belongs to that row's project, not to this one.
  if (anchor.row !== row) return false;
  return (
    parseMonthCell(cells.values[anchor.row]?.[anchor.column] ?? null) || !isWhite(lookup.fill(row, column))
  );
}

function firstTextCell(values: readonly CellValue[], row: number): string {
  const column = values.findIndex((v) => arabicCellText(v) !== "");
  return toA1(row, Math.max(0, column));
}

function sourceColumns(header: Pd02Header): Record<string, string> {
  const columns: Record<string, string> = {};
  for (const [role, field] of [["seq", "seq"], ["budget", "budget"], ...TEXT_FIELDS] as const) {
    const column = header.columns[role];
    if (column !== undefined) columns[field] = columnLetter(column);
  }
  return columns;
}
