import { toA1 } from "../../grid/a1";
import { arabicCellText } from "../../grid/cellText";
import type { CellValue } from "../../grid/CellValue";
import { formatDevPlanEdition, parseDevPlanEdition } from "../../devplan/devPlanEdition";
import type { Satang } from "../../model/money";
import type { Issue } from "../../validate/Issue";
import { issueAtCell } from "../../validate/issueAt";
import type { SkippedRow, SkipReason } from "../ImportResult";
import type { SheetCells } from "../SheetCells";
import { classifyTextRow } from "../_lib/classifyTextRow";
import { fundingFromNotes } from "../_lib/fundingFromNotes";
import { mergeLookup } from "../_lib/mergeLookup";
import { parseBudgetCell } from "../_lib/parseBudgetCell";
import { resolveWorkPlan } from "../_lib/resolveWorkPlan";
import { compactText } from "../_lib/thaiText";
import { bookPages, pageNumberOf } from "./devPlanPages";
import type { DevPlanImportResult, ImportedDevPlanEntry } from "./DevPlanImportResult";
import {
  findDevPlanHeader,
  isDevPlanHeaderLikeRow,
  rowTexts,
  type DevPlanColumnRole,
  type DevPlanHeader,
} from "./findDevPlanHeader";

export interface DevPlanImportOptions {
  /** The fiscal year whose budget column is taken (the operational plan's). */
  readonly fiscalYear: number;
  /** The book page of the sheet's first page, when the sheet types no page numbers (default 1). */
  readonly firstPage?: number;
}

const PROJECT_NUMBER = /^\(?\d{1,4}\s*[.)]?$/u;
const FORM_CODE = /^(แบบ)?ผ\.?0?2(\/\d)?$/u;
/**
 * Lines above a ผ.02 table that tie it to national and provincial plans (ก. ยุทธศาสตร์จังหวัดที่ 1 …,
 * ข. ยุทธศาสตร์การพัฒนาของ อปท. ในเขตจังหวัดที่ 2 …, ยุทธศาสตร์ชาติ …): not the อปท.'s own strategy.
 */
const CONTEXT =
  /^(?:[ก-ง]\s*\.\s*(?:ยุทธศาสตร์|แผน|เป้าหมาย|นโยบาย)|(?:ยุทธศาสตร์(?:ชาติ|จังหวัด|การพัฒนาของ\s*(?:อปท|องค์กรปกครองส่วนท้องถิ่น)))|แผนพัฒนาเศรษฐกิจ|แผนแม่บท|เป้าหมายการพัฒนาที่ยั่งยืน|นโยบาย)/u;
/** "ยุทธศาสตร์การพัฒนา อปท. ที่ 1 ด้าน…": the number after the words. */
const STRATEGY_WITH_WORDS = /^ยุทธศาสตร์[^\d]*?ที่\s*(\d+)/u;

interface Draft {
  entry: ImportedDevPlanEntry;
  /** Index of the page the project starts on (see bookPages). */
  pageIndex: number;
  /** Whether any year column of its rows holds a figure. */
  anyYear: boolean;
  /** Whether the sheet's own หน้า column gave the page. */
  pageTyped: boolean;
  /** Whether this year's figure was typed but could not be read (it stays blank, never 0). */
  unreadable: boolean;
}

/**
 * Imports the project list of a hand-made ผ.02 (the development plan's รายละเอียดโครงการพัฒนา) as it is:
 * finds the header by its labels, takes the budget of the fiscal year's column out of the five, reads
 * strategy and work-plan group rows, projects and their continuation rows, skips totals, the national
 * and provincial strategy lines and the header repeated at each page, and gives every project the book
 * page it is printed on. Pure: the cells are only read.
 * @example importDevPlanSheet(cells, { fiscalYear: 2570 }).entries[0] //=> { edition: "2566–2570", page: 45, item: 1, … }
 */
export function importDevPlanSheet(cells: SheetCells, options: DevPlanImportOptions): DevPlanImportResult {
  const issues: Issue[] = [];
  const header = findDevPlanHeader(cells);
  const titleRowCount = header?.firstRow ?? Math.min(cells.values.length, 10);
  const titleLines = cells.values.slice(0, titleRowCount).map((row) => rowTexts(row).join(" "));
  const titleEdition = editionOf(titleLines);
  const years = header ? [...header.years].sort((a, b) => a[1] - b[1]).map(([year]) => year) : [];
  const result = (entries: ImportedDevPlanEntry[], skipped: SkippedRow[]): DevPlanImportResult => ({
    sheet: cells.name,
    fiscalYear: options.fiscalYear,
    edition: titleEdition,
    years,
    entries,
    skipped,
    issues,
  });
  const refuse = (issue: Issue): DevPlanImportResult => {
    issues.push(issue);
    return result([], []);
  };
  if (!header) return refuse(issueAtCell("devplan-import-no-header", "error", cells.name, "A1", {}));
  const headerCell = toA1(header.firstRow, header.columns.seq ?? 0);
  if (header.months >= 6)
    return refuse(issueAtCell("devplan-import-operational-plan", "error", cells.name, headerCell, {}));
  if (header.years.size === 0)
    return refuse(issueAtCell("devplan-import-no-year-columns", "error", cells.name, headerCell, {}));
  const yearColumn = header.years.get(options.fiscalYear);
  if (yearColumn === undefined)
    return refuse(
      issueAtCell("devplan-import-year-not-covered", "error", cells.name, headerCell, {
        fiscalYear: options.fiscalYear,
        years: years.join(", "),
      }),
    );
  if (titleEdition === "")
    issues.push(issueAtCell("devplan-import-no-edition", "warning", cells.name, "A1", {}));

  const body = readBody(cells, header, yearColumn, titleEdition, issues);
  const marks = { pageStarts: body.pageStarts, numbers: body.pageNumbers };
  const { pages, counted } = bookPages(marks, options.firstPage ?? 1);
  const entries = body.drafts.map(({ entry, pageIndex, anyYear, pageTyped, unreadable }) => ({
    ...entry,
    page: pageTyped ? entry.page : (pages[pageIndex] ?? entry.page),
    // A row with figures in other years plans nothing this year; one with none has no figures typed.
    budget: entry.budget ?? (anyYear && !unreadable ? 0 : null),
  }));
  if (counted && body.drafts.some((d) => !d.pageTyped))
    issues.push(
      issueAtCell("devplan-import-pages-counted", "warning", cells.name, headerCell, {
        firstPage: options.firstPage ?? 1,
        pages: body.pageStarts.length,
      }),
    );
  const report = (code: "import-no-strategy" | "devplan-import-no-item", list: readonly string[]): void => {
    const [first] = list;
    if (first)
      issues.push(
        issueAtCell(code, "warning", cells.name, first, { count: list.length, cells: list.join(", ") }),
      );
  };
  report(
    "import-no-strategy",
    entries.filter((e) => e.strategyNumber === null).map((e) => e.cell),
  );
  report("devplan-import-no-item", body.withoutItem);
  return result(entries, body.skipped);
}

/** The plan book a title names: the line with the plan's years or an amendment, in the tool's form. */
function editionOf(lines: readonly string[]): string {
  const found = lines
    .filter((line) => /แผนพัฒนา|เพิ่มเติม|เปลี่ยนแปลง|แก้ไข|ทบทวน/u.test(line))
    .map(parseDevPlanEdition)
    .filter((edition) => edition !== null);
  if (found.length === 0) return "";
  // A title may give the years on one line and the amendment on the next.
  const span = found.find((e) => e.span)?.span ?? null;
  const amendment = found.find((e) => e.kind !== "หลัก");
  return formatDevPlanEdition(
    amendment ? { ...amendment, span: amendment.span ?? span } : { ...found[0]!, span },
  );
}

interface Body {
  drafts: Draft[];
  skipped: SkippedRow[];
  pageStarts: number[];
  pageNumbers: { row: number; page: number }[];
  withoutItem: string[];
}

function readBody(
  cells: SheetCells,
  header: DevPlanHeader,
  yearColumn: number,
  firstEdition: string,
  issues: Issue[],
): Body {
  const lookup = mergeLookup(cells);
  const { columns } = header;
  const firstColumn = columns.seq ?? columns.name ?? 0;
  const titleTexts = new Set(
    cells.values
      .slice(0, header.firstRow)
      .flatMap((row) => rowTexts(row).map((t) => compactText(t)))
      .filter((t) => t !== ""),
  );
  const body: Body = {
    drafts: [],
    skipped: [],
    pageStarts: [header.firstRow],
    pageNumbers: [],
    withoutItem: [],
  };
  const state = { strategy: null as number | null, workPlan: "", edition: firstEdition };
  const yearColumns = [...header.years.values()];
  let current: Draft | null = null;

  /** A strategy, work-plan or edition heading sets what follows; true when the text was one. */
  const heading = (text: string, row: number, numbered: boolean): boolean => {
    const group = groupOf(text);
    if (group?.kind === "strategy") {
      state.strategy = group.number;
      state.workPlan = "";
    } else if (group?.kind === "workPlan") {
      if (group.strategyNumber !== null) state.strategy = group.strategyNumber;
      state.workPlan = group.workPlan ?? group.text;
      if (group.workPlan === null)
        issues.push(
          issueAtCell("import-unknown-work-plan", "warning", cells.name, toA1(row, firstColumn), {
            text: group.text,
          }),
        );
    } else if (group?.kind === "edition" && !numbered) {
      const marker = parseDevPlanEdition(group.code);
      const span = parseDevPlanEdition(firstEdition)?.span ?? null;
      if (marker) state.edition = formatDevPlanEdition({ ...marker, span: marker.span ?? span });
    } else return false;
    return true;
  };

  // The ผ.02 puts its strategy and work plan above each table: the first ones are in the title rows.
  // A page number typed there heads the first page (see bookPages).
  for (let row = 0; row < header.firstRow; row++) {
    const texts = rowTexts(cells.values[row] ?? []);
    const page = texts.length === 1 ? pageNumberOf(texts[0] ?? "") : null;
    if (page !== null) body.pageNumbers.push({ row, page });
    const leading = leadingText(texts);
    if (page === null && leading !== "" && !CONTEXT.test(leading)) heading(leading, row, false);
  }

  for (let row = header.lastRow + 1; row < cells.values.length; row++) {
    const values = cells.values[row] ?? [];
    // A merge from a row above belongs to that row: its hidden cells here read as blank.
    const at = (column: number | undefined): CellValue => {
      if (column === undefined) return null;
      return lookup.anchor(row, column).row === row ? (values[column] ?? null) : null;
    };
    const role = (name: DevPlanColumnRole): string => arabicCellText(at(columns[name]));
    const skip = (reason: SkipReason): void => {
      body.skipped.push({ cell: toA1(row, firstColumn), reason });
    };
    const texts = rowTexts(values.map((_, column) => at(column)));
    if (texts.length === 0) {
      skip("blank");
      continue;
    }
    if (isDevPlanHeaderLikeRow(cells, row)) {
      // A header repeated by hand starts a new printed page (the row of years under it does not).
      if (isLabelRowStart(cells, row, body.pageStarts)) body.pageStarts.push(row);
      current = null;
      skip("repeated-header");
      continue;
    }
    const seq = role("seq");
    const numbered = PROJECT_NUMBER.test(seq);
    const only = texts.length === 1 ? (texts[0] ?? "") : null;
    const page = only === null || (numbered && seq === only) ? null : pageNumberOf(only);
    if (page !== null) {
      body.pageNumbers.push({ row, page });
      skip("page-number");
      continue;
    }
    const leading = leadingText(texts);
    const figures = yearColumns.map((c) => parseBudgetCell(at(c) ?? undefined));
    const hasFigures = figures.some((f) => f.kind !== "blank");
    if (!numbered && CONTEXT.test(leading)) {
      current = null;
      skip("context");
      continue;
    }
    if ((!numbered || !hasFigures) && heading(leading, row, numbered)) {
      current = null;
      if (groupOf(leading)?.kind === "edition") skip("edition-marker");
      continue;
    }
    if (!numbered && groupOf(leading)?.kind === "total") {
      current = null;
      skip("total");
      continue;
    }
    if (texts.every((t) => titleTexts.has(compactText(t)) || FORM_CODE.test(compactText(t)))) {
      skip("repeated-header");
      continue;
    }
    const name = role("name");
    if (numbered) {
      const typedPage = columns.page === undefined ? null : pageNumberOf(role("page"));
      current = {
        entry: {
          edition: state.edition,
          page: typedPage ?? 0,
          item: Number(seq.replace(/[^\d]/gu, "")),
          strategyNumber: state.strategy,
          workPlan: state.workPlan,
          name,
          budget: budgetOf(cells.name, row, yearColumn, at(yearColumn), issues),
          cell: toA1(row, firstColumn),
        },
        pageIndex: body.pageStarts.length - 1,
        anyYear: hasFigures,
        pageTyped: typedPage !== null,
        unreadable: isUnreadable(at(yearColumn)),
      };
      body.drafts.push(current);
    } else if (
      current &&
      !(hasFigures && name !== "" && (current.entry.budget !== null || current.unreadable))
    ) {
      // A continuation row: the name that spilled over, the other columns' text, and this year's
      // figure when it was typed on the second line. A named row with figures under a project that has
      // its own is another project, without its number.
      const { entry } = current;
      if (name !== "") entry.name = entry.name === "" ? name : `${entry.name} ${name}`;
      if (entry.budget === null && !current.unreadable && at(yearColumn) !== null) {
        entry.budget = budgetOf(cells.name, row, yearColumn, at(yearColumn), issues);
        current.unreadable = isUnreadable(at(yearColumn));
      }
      current.anyYear ||= hasFigures;
    } else if (name !== "" && hasFigures) {
      body.withoutItem.push(toA1(row, firstColumn));
      current = null;
      skip("no-item");
    } else {
      skip("orphan-continuation");
    }
  }
  return body;
}

/** The row's first text, with the next one when the first is only a number ("1.1" | "แผนงาน…"). */
function leadingText(texts: readonly string[]): string {
  return /^[\d.\s()]+$/u.test(texts[0] ?? "") ? texts.slice(0, 2).join(" ") : (texts[0] ?? "");
}

/** Whether a header-like row starts a page: it is a label row, not the year row right under one. */
function isLabelRowStart(cells: SheetCells, row: number, starts: readonly number[]): boolean {
  const last = starts[starts.length - 1] ?? -1;
  return row - last > 2 || !isDevPlanHeaderLikeRow(cells, row - 1);
}

/** A group row's meaning: strategy (also "ยุทธศาสตร์การพัฒนา อปท. ที่ 1 …"), work plan, edition or total. */
function groupOf(text: string): ReturnType<typeof classifyTextRow> {
  const classified = classifyTextRow(text, null);
  if (classified) return classified;
  const withWords = STRATEGY_WITH_WORDS.exec(text);
  if (withWords?.[1]) return { kind: "strategy", number: Number(withWords[1]), name: text };
  if (/^แผนงาน/u.test(text))
    return { kind: "workPlan", strategyNumber: null, workPlan: resolveWorkPlan(text), text };
  return null;
}

/** A figure typed that is neither an amount nor a note meaning none (see budgetOf). */
function isUnreadable(value: CellValue): boolean {
  const budget = parseBudgetCell(value ?? undefined);
  if (budget.kind !== "invalid") return false;
  const note = fundingFromNotes([budget.text]);
  return note !== "NONE" && note !== "AGENCY";
}

/**
 * This year's figure: an amount, "-" as 0, a note such as "(ไม่ใช้งบประมาณ)" as 0; null when blank, or
 * when it cannot be read (said at the cell).
 */
function budgetOf(
  sheet: string,
  row: number,
  column: number,
  value: CellValue,
  issues: Issue[],
): Satang | null {
  const budget = parseBudgetCell(value ?? undefined);
  if (budget.kind === "amount") return budget.satang;
  if (budget.kind === "blank") return null;
  const note = fundingFromNotes([budget.text]);
  if (note === "NONE" || note === "AGENCY") return 0;
  issues.push(
    issueAtCell("devplan-import-budget-unreadable", "warning", sheet, toA1(row, column), {
      text: budget.text,
    }),
  );
  return null;
}
