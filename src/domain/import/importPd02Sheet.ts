import { toA1 } from "../grid/a1";
import { MAIN_EDITION } from "../model/editionCode";
import type { Issue } from "../validate/Issue";
import { issueAtCell } from "../validate/issueAt";
import type { IssueCodeWith } from "../validate/Issue";
import type { ImportedProject, ImportResult } from "./ImportResult";
import type { SheetCells } from "./SheetCells";
import { classifyTextRow } from "./_lib/classifyTextRow";
import { findPd02Header } from "./_lib/findPd02Header";
import { fundingFromNotes } from "./_lib/fundingFromNotes";
import { mergeLookup } from "./_lib/mergeLookup";
import { readPd02Body } from "./_lib/readPd02Body";
import { refusalOf } from "./_lib/refusalOf";
import { arabicCellText } from "../grid/cellText";

export interface ImportOptions {
  /** The fiscal year the user expects; used when the sheet states none, and checked when it does. */
  readonly fiscalYear?: number;
}

const TITLE_YEAR = /ประจำปี(?:งบประมาณ)?\s*(?:พ\.\s*ศ\.)?\s*(25\d\d)/u;

/**
 * Imports a hand-made ผด.02 sheet as it is: finds the header by its labels, reads strategy and work-plan
 * group rows, projects and their continuation rows, skips totals (checking them), repeated page headers and
 * blank rows, and follows amendment markers. Pure: the cells are only read.
 * @param cells the sheet as read by an adapter (`readSheetCells`)
 * @param options `fiscalYear` when the caller knows it
 * @returns strategies, projects with their source cells, skipped rows and issues (codes `import-*`)
 * @example importPd02Sheet(cells, { fiscalYear: 2570 }).projects[0]?.budget //=> 37800000 (378,000 baht in satang)
 */
export function importPd02Sheet(cells: SheetCells, options: ImportOptions = {}): ImportResult {
  const lookup = mergeLookup(cells);
  const issues: Issue[] = [];
  // Built at the call, so each code is checked against its own params.
  const addIssue = (issue: Issue): void => {
    issues.push(issue);
  };
  const header = findPd02Header(cells, lookup);
  const titleRowCount = header?.firstRow ?? Math.min(cells.values.length, 10);
  const titleLines = cells.values
    .slice(0, titleRowCount)
    .map((row) =>
      row
        .map(arabicCellText)
        .filter((t) => t !== "")
        .join(" "),
    )
    .filter((line) => line !== "");
  const empty = (fiscalYear: number | null): ImportResult => ({
    sheet: cells.name,
    fiscalYear,
    titleLines,
    strategies: [],
    projects: [],
    rowsImported: 0,
    skipped: [],
    issues,
  });

  const refusal = refusalOf(cells, header, titleRowCount);
  if (refusal) {
    addIssue(
      issueAtCell("import-not-operational-plan", "error", cells.name, refusal.cell, {
        reason: refusal.reason,
        text: refusal.text,
      }),
    );
    return empty(options.fiscalYear ?? null);
  }
  if (!header) {
    addIssue(issueAtCell("import-no-header", "error", cells.name, "A1", {}));
    return empty(options.fiscalYear ?? null);
  }

  const titleYear = titleLines.map((line) => TITLE_YEAR.exec(line)?.[1]).find((y) => y !== undefined);
  const sheetYear = header.fiscalYear ?? (titleYear === undefined ? null : Number(titleYear));
  const fiscalYear = sheetYear ?? options.fiscalYear ?? null;
  const headerCell = toA1(header.firstRow, header.columns.seq ?? header.columns.name ?? 0);
  if (sheetYear !== null && options.fiscalYear !== undefined && sheetYear !== options.fiscalYear) {
    addIssue(
      issueAtCell("import-fiscal-year-mismatch", "warning", cells.name, headerCell, {
        sheetYear,
        expected: options.fiscalYear,
      }),
    );
  }
  if (fiscalYear === null)
    addIssue(issueAtCell("import-no-fiscal-year", "warning", cells.name, headerCell, {}));
  if (header.months.every((c) => c === null))
    addIssue(issueAtCell("import-no-months", "warning", cells.name, headerCell, {}));

  const titleEdition = titleLines
    .map((line) => classifyTextRow(line, fiscalYear))
    .find((t) => t?.kind === "edition");
  const body = readPd02Body(
    cells,
    lookup,
    header,
    fiscalYear,
    titleEdition?.kind === "edition" ? titleEdition.code : MAIN_EDITION,
    addIssue,
  );

  const projects = body.drafts.map((draft): ImportedProject => {
    const texts = [
      draft.name,
      draft.activityDetail,
      draft.note,
      draft.location,
      draft.responsibleUnit,
      ...(body.budgetNotes[draft.cell] ?? []),
    ];
    const named = fundingFromNotes(texts);
    return { ...draft, fundingSource: named ?? "ORD", fundingAssumed: named === null };
  });
  const report = (
    code: IssueCodeWith<{ count: number; cells: string }>,
    matching: readonly ImportedProject[],
  ) => {
    const first = matching[0];
    if (first)
      addIssue(
        issueAtCell(code, "warning", cells.name, first.cell, {
          count: matching.length,
          cells: matching.map((p) => p.cell).join(", "),
        }),
      );
  };
  report(
    "import-funding-assumed",
    projects.filter((p) => p.fundingAssumed),
  );
  report(
    "import-no-strategy",
    projects.filter((p) => p.strategyNumber === null),
  );
  report(
    "import-no-work-plan",
    projects.filter((p) => p.workPlan === ""),
  );
  if (header.months.some((c) => c !== null))
    report(
      "import-no-months-marked",
      projects.filter((p) => !p.months.includes(true)),
    );

  return {
    ...empty(fiscalYear),
    strategies: body.strategies,
    projects,
    rowsImported: projects.length,
    skipped: body.skipped,
  };
}
