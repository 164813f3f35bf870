import { OfficeWorkbook } from "../../src/adapters/office/OfficeWorkbook";
import type { TableGrid } from "../../src/domain/grid/TableGrid";
import { PROJECTS_TABLE, TEMPLATE_TABLES, type TemplateTable } from "../../src/domain/template/templateSpec";
import { templateLists } from "../../src/domain/catalog/templateLists";
import type { Issue } from "../../src/domain/validate/Issue";
import { capabilitiesOf } from "../../test/office/capabilitiesOf";
import { createFakeExcel, type FakeExcel } from "../../test/office/FakeExcel";
import { officialSheets } from "./officialSheets";
import { scaledGrids } from "./scaledGrids";

export interface OfficeBenchLine {
  readonly scenario:
    "office:insertTemplate" | "office:read" | "office:read-dense" | "office:writeTables" | "office:highlight";
  readonly rows: number;
  readonly apiVersion: string;
  readonly syncs: number;
  readonly maxRequestBytes: number;
  readonly maxResponseBytes: number;
  /** Bytes of all answers together: what no number of syncs under the 5 MB limit can shrink. */
  readonly responseBytes: number;
  /** Bytes of all requests together: likewise for writes, under the adapter's 4 MB per request. */
  readonly requestBytes: number;
  /** Syncs Excel on the web would refuse (>5 MB answer) before the adapter reads again in blocks. */
  readonly rejectedResponses: number;
  readonly ms: number;
}

const SIZES = [500, 5000] as const;
type Version = "1.7" | "1.9";

/** A workbook holding these tables at A1 of their sheets, as a user filled them in. */
function seededFake(grids: readonly TableGrid[], apiVersion: Version): FakeExcel {
  const fake = createFakeExcel({ apiVersion });
  for (const grid of grids)
    fake.state.addTable(
      grid.sheet,
      grid.name,
      "A1",
      grid.headers,
      grid.rows.map((row) => row.map((v) => (v !== null && typeof v === "object" ? null : v))),
    );
  return fake;
}

/** The Projects table with every cell a 30-odd-character Thai text: the largest answer per row a plan gives. */
function denseProjects(rows: number): TableGrid {
  const headers = PROJECTS_TABLE.columns.map((c) => c.header);
  const body = Array.from({ length: rows }, (_, i) =>
    headers.map((_, c) =>
      c === 5 ? 150_000 + i : c === 0 ? String(i + 1) : `ข้อความทดสอบภาษาไทย แถว ${i + 1} คอลัมน์ ${c + 1}`,
    ),
  );
  return { ...(scaledGrids(0).find((g) => g.name === PROJECTS_TABLE.table) as TableGrid), rows: body };
}

/** The Projects table of an earlier template (no optional columns), filled. */
function olderProjects(rows: number): { grid: TableGrid; template: TemplateTable } {
  const keep = PROJECTS_TABLE.columns.flatMap((c, i) => (c.extension ? [] : [i]));
  const grid = scaledGrids(rows).find((g) => g.name === PROJECTS_TABLE.table) as TableGrid;
  return {
    template: { ...PROJECTS_TABLE, columns: keep.map((i) => PROJECTS_TABLE.columns[i]!) },
    grid: {
      ...grid,
      headers: keep.map((i) => grid.headers[i] ?? ""),
      rows: grid.rows.map((row) => keep.map((i) => row[i] ?? null)),
    },
  };
}

async function measure(
  scenario: OfficeBenchLine["scenario"],
  rows: number,
  fake: FakeExcel,
  command: (workbook: OfficeWorkbook) => Promise<unknown>,
): Promise<OfficeBenchLine> {
  const workbook = new OfficeWorkbook({ run: fake.run, capabilities: capabilitiesOf(fake.apiVersion) });
  fake.stats.reset();
  const started = performance.now();
  await command(workbook);
  const ms = Math.round(performance.now() - started);
  return {
    scenario,
    rows,
    apiVersion: fake.apiVersion,
    syncs: fake.stats.syncs,
    maxRequestBytes: fake.stats.maxRequestBytes,
    maxResponseBytes: fake.stats.maxResponseBytes,
    responseBytes: fake.stats.responseBytes.reduce((a, b) => a + b, 0),
    requestBytes: fake.stats.requestBytes.reduce((a, b) => a + b, 0),
    rejectedResponses: fake.stats.rejectedResponses,
    ms,
  };
}

/**
 * Sync counts and request/answer sizes of each Office command against the recording fake, at 500 and
 * 5,000 projects of the sample plan (its real texts), on ExcelApi 1.9 and (for writes) 1.7: the
 * template inserted into a workbook of an earlier template (optional columns added), every table
 * read (also with every Projects cell a long Thai text), the main edition's real layouts written,
 * one highlight per project. Goal: requests < 4 MB, answers < 5 MB; syncs flat in rows, ≤ 6, except
 * reads, which need one answer per ~4 MB of cells (Excel on the web refuses answers over 5 MB): one
 * sync while the plan's cells fit, then 1 + ⌈rest / 4 MB⌉, however many tables.
 */
export async function runOfficeBench(): Promise<object[]> {
  const lines: OfficeBenchLine[] = [];
  const names = TEMPLATE_TABLES.map((t) => t.table);
  for (const rows of SIZES) {
    const grids = scaledGrids(rows);
    const older = olderProjects(rows);
    lines.push(
      await measure("office:insertTemplate", rows, seededFake([older.grid], "1.9"), (w) =>
        w.insertTemplate(TEMPLATE_TABLES, templateLists()),
      ),
    );
    lines.push(await measure("office:read", rows, seededFake(grids, "1.9"), (w) => w.readTables(names)));
    lines.push(
      await measure("office:read-dense", rows, seededFake([denseProjects(rows)], "1.9"), (w) =>
        w.readTables(names),
      ),
    );
    const sheets = officialSheets(rows, grids);
    for (const version of ["1.9", "1.7"] as const) {
      lines.push(
        await measure("office:writeTables", rows, createFakeExcel({ apiVersion: version }), (w) =>
          w.writeSheets(sheets, "2026-11-27T00:00:00Z", "bench"),
        ),
      );
    }
    const issues: Issue[] = Array.from({ length: rows }, (_, i) => ({
      code: "unreadable-budget",
      severity: i % 3 === 0 ? "warning" : "error",
      location: { sheet: PROJECTS_TABLE.sheet, cell: `F${i + 2}` },
      params: { value: "abc" },
    }));
    for (const version of ["1.9", "1.7"] as const) {
      lines.push(
        await measure("office:highlight", rows, seededFake(grids, version), (w) => w.highlightIssues(issues)),
      );
    }
  }
  return lines;
}
