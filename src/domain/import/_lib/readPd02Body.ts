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

/** What the body reader needs of the sheet, the same for every row. */
interface BodyContext {
  readonly cells: SheetCells;
  readonly lookup: MergeLookup;
  readonly header: Pd02Header;
  readonly fiscalYear: number | null;
  readonly firstColumn: number;
  /** The texts above the header (the form's title lines), which repeat on every printed page. */
  readonly titleTexts: ReadonlySet<string>;
}

/** One row below the header with how its cells read: the facts every kind of row is told apart by. */
interface BodyRow {
  readonly row: number;
  readonly values: readonly CellValue[];
  readonly at: (role: ColumnRole) => CellValue;
  readonly months: boolean[];
  readonly seq: string;
  readonly budget: ReturnType<typeof parseBudgetCell>;
  /** The row's first text, with a group number typed in the ที่ column joined to the name after it. */
  readonly leading: string;
  /** A strategy, work plan, edition marker or total row, as its leading text says; null otherwise. */
  readonly group: ReturnType<typeof classifyTextRow>;
  readonly isProject: boolean;
}

/** The row's facts, or why it is skipped before any of them matter (blank, a repeated page header). */
function describeRow(context: BodyContext, row: number): BodyRow | SkipReason {
  const { cells, lookup, header, fiscalYear, titleTexts } = context;
  const { columns } = header;
  const values = cells.values[row] ?? [];
  const at = (role: ColumnRole): CellValue => {
    const column = columns[role];
    return column === undefined ? null : (values[column] ?? null);
  };
  const months = header.months.map((column) => column !== null && isMarked(cells, lookup, row, column));
  const texts = values.map(arabicCellText).filter((t) => t !== "");
  if (texts.length === 0 && !months.includes(true)) return "blank";
  if (
    isHeaderLikeRow(cells, row) ||
    texts.every((t) => titleTexts.has(t.replace(/[\s.]/gu, "")) || FORM_CODE.test(t.replace(/\s/gu, "")))
  )
    return "repeated-header";
  const seq = arabicCellText(at("seq"));
  const budget = parseBudgetCell(at("budget"));
  const numbered = PROJECT_NUMBER.test(seq);
  // Some sheets type a group's number ("1", "1.1") in the ที่ column and its name in the next one.
  const leading = /^[\d.\s()]+$/u.test(texts[0] ?? "") ? texts.slice(0, 2).join(" ") : (texts[0] ?? "");
  const candidate = classifyTextRow(leading, fiscalYear);
  const isGroup = candidate?.kind === "strategy" || candidate?.kind === "workPlan";
  const group = numbered && !(isGroup && budget.kind === "blank") ? null : candidate;
  const isProject =
    (numbered && group === null) ||
    (group === null && budget.kind !== "blank" && arabicCellText(at("name")) !== "");
  return { row, values, at, months, seq, budget, leading, group, isProject };
}

/**
 * Walks the body row by row: the strategy, work plan and edition in force, and the project that
 * continuation rows extend, are its state; each kind of row has its own method.
 */
class Pd02BodyReader {
  readonly body: Pd02Body = { strategies: [], drafts: [], skipped: [], budgetNotes: {} };
  private readonly sums = new Subtotals();
  private strategy: number | null = null;
  private workPlan = "";
  private current: Draft | null = null;

  constructor(
    private readonly context: BodyContext,
    private edition: EditionCode,
    private readonly addIssue: (issue: Issue) => void,
  ) {}

  take(row: number): void {
    const line = describeRow(this.context, row);
    if (typeof line === "string") return this.skip(row, line);
    const { group, budget, leading } = line;
    if (group?.kind === "strategy") this.strategyRow(line, group);
    else if (group?.kind === "workPlan") this.workPlanRow(line, group);
    else if (group?.kind === "edition") {
      this.edition = group.code;
      this.current = null;
      this.skip(row, "edition-marker");
    } else if (group?.kind === "total" && (budget.kind !== "blank" || compactText(leading).length <= 12))
      this.totalRow(line, group.grand);
    else if (line.isProject) this.projectRow(line);
    else if (
      this.current &&
      (line.months.includes(true) || TEXT_FIELDS.some(([role]) => arabicCellText(line.at(role)) !== ""))
    )
      this.continuationRow(line, this.current);
    else this.skip(row, this.current ? "unrecognised" : "orphan-continuation");
  }

  private skip(row: number, reason: SkipReason): void {
    this.body.skipped.push({ cell: toA1(row, this.context.firstColumn), reason });
  }

  private strategyRow(line: BodyRow, group: { readonly number: number; readonly name: string }): void {
    this.strategy = group.number;
    this.workPlan = "";
    this.sums.startStrategy();
    if (!this.body.strategies.some((s) => s.number === group.number))
      this.body.strategies.push({
        number: group.number,
        name: group.name,
        cell: firstTextCell(line.values, line.row),
      });
    this.current = null;
  }

  private workPlanRow(
    line: BodyRow,
    group: {
      readonly strategyNumber: number | null;
      readonly workPlan: string | null;
      readonly text: string;
    },
  ): void {
    if (group.strategyNumber !== null && this.body.strategies.some((s) => s.number === group.strategyNumber))
      this.strategy = group.strategyNumber;
    this.workPlan = group.workPlan ?? group.text;
    if (group.workPlan === null)
      this.addIssue(
        issueAtCell(
          "import-unknown-work-plan",
          "warning",
          this.context.cells.name,
          firstTextCell(line.values, line.row),
          {
            text: group.text,
          },
        ),
      );
    this.sums.startWorkPlan();
    this.current = null;
  }

  private totalRow({ row, budget, leading }: BodyRow, grand: boolean): void {
    if (budget.kind === "amount" && compactText(leading).startsWith("รวม")) {
      const computed = this.sums.check(budget.satang, grand);
      if (computed !== null) {
        this.addIssue(
          issueAtCell(
            "import-subtotal-mismatch",
            "warning",
            this.context.cells.name,
            toA1(row, this.budgetColumn()),
            {
              stated: satangToBaht(budget.satang),
              computed: satangToBaht(computed),
              label: leading,
            },
          ),
        );
      }
    }
    this.current = null;
    this.skip(row, "total");
  }

  private projectRow({ row, at, months, seq, budget }: BodyRow): void {
    const { cells, header, firstColumn } = this.context;
    const cell = toA1(row, firstColumn);
    let amount: Satang = 0;
    if (budget.kind === "amount") amount = budget.satang;
    if (budget.kind === "invalid") {
      // "(ไม่ใช้งบประมาณ)" or "(อบจ. ดำเนินการ)" in the budget cell is a funding note, not a bad amount.
      const unbudgeted = fundingFromNotes([budget.text]);
      if (unbudgeted !== "NONE" && unbudgeted !== "AGENCY") {
        this.addIssue(
          issueAtCell("import-budget-unreadable", "warning", cells.name, toA1(row, this.budgetColumn()), {
            text: budget.text,
          }),
        );
      }
      this.body.budgetNotes[cell] = [budget.text];
    }
    this.sums.add(amount);
    this.current = {
      seq: seq.replace(/^\(|[.)]$/gu, "").trim(),
      strategyNumber: this.strategy,
      workPlan: this.workPlan,
      name: arabicCellText(at("name")),
      activityDetail: arabicCellText(at("detail")),
      budget: amount,
      location: arabicCellText(at("location")),
      responsibleUnit: arabicCellText(at("unit")),
      note: arabicCellText(at("note")),
      months,
      edition: this.edition,
      cell,
      source: { sheet: cells.name, table: "ผด.02", row: row + 1, columns: sourceColumns(header) },
    };
    this.body.drafts.push(this.current);
  }

  /** Text that spilled over from the project above, and any months marked on its row. */
  private continuationRow({ at, months }: BodyRow, current: Draft): void {
    const draft: Draft = { ...current, months: current.months.map((on, m) => on || months[m] === true) };
    for (const [role, field] of TEXT_FIELDS) {
      const more = arabicCellText(at(role));
      if (more !== "") draft[field] = draft[field] === "" ? more : `${draft[field]} ${more}`;
    }
    this.current = draft;
    this.body.drafts[this.body.drafts.length - 1] = draft;
  }

  private budgetColumn(): number {
    return this.context.header.columns.budget ?? this.context.firstColumn;
  }
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
  const titleTexts = new Set(
    cells.values
      .slice(0, header.firstRow)
      .flatMap((row) => row.map(compactText))
      .filter((t) => t !== ""),
  );
  const firstColumn = header.columns.seq ?? header.columns.name ?? 0;
  const context: BodyContext = { cells, lookup, header, fiscalYear, firstColumn, titleTexts };
  const reader = new Pd02BodyReader(context, firstEdition, addIssue);
  for (let row = header.lastRow + 1; row < cells.values.length; row++) reader.take(row);
  return reader.body;
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
