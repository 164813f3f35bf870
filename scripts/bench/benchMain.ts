import { performance } from "node:perf_hooks";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { XlsxWorkbook } from "../../src/adapters/xlsx/XlsxWorkbook";
import { buildTables } from "../../src/app/buildTables";
import { insertTemplate } from "../../src/app/insertTemplate";
import { analysePlan } from "../../src/domain/analysePlan";
import type { TableGrid } from "../../src/domain/grid/TableGrid";
import { rollupPlan } from "../../src/domain/rollup/rollupPlan";
import { PROJECTS_TABLE } from "../../src/domain/template/templateSpec";
import { sampleTables, sampleTemplateRows } from "../../src/sample/samplePlan";

type Row = (string | number | null)[];

/** The sample's projects repeated to N rows (main edition, numbered), other tables as in the sample. */
function scaledRows(n: number): Record<string, Row[]> {
  const rows = sampleTemplateRows();
  const projects = rows[PROJECTS_TABLE.table] ?? [];
  const editionColumn = PROJECTS_TABLE.columns.findIndex((c) => c.header === "ฉบับ");
  const seqColumn = PROJECTS_TABLE.columns.findIndex((c) => c.header === "ที่");
  const nameColumn = PROJECTS_TABLE.columns.findIndex((c) => c.header === "โครงการ");
  const scaled = Array.from({ length: n }, (_, i) => {
    const row = [...(projects[i % projects.length] ?? [])];
    row[seqColumn] = String(i + 1);
    row[editionColumn] = null;
    // Distinct names: the duplicate-project rule should not turn the benchmark into a warning storm.
    row[nameColumn] = `${String(row[nameColumn])} รายการที่ ${i + 1}`;
    return row;
  });
  return { ...rows, [PROJECTS_TABLE.table]: scaled };
}

function scaledGrids(n: number): TableGrid[] {
  const rows = scaledRows(n);
  return sampleTables().map((grid) =>
    grid.name === PROJECTS_TABLE.table ? { ...grid, rows: rows[grid.name] ?? [] } : grid,
  );
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

async function timed(runs: number, fn: () => Promise<unknown> | unknown): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn();
    times.push(performance.now() - start);
  }
  return Math.round(median(times) * 10) / 10;
}

const FIXED_CLOCK = () => "2026-11-27T00:00:00.000Z";

export async function runBench(print: (line: object) => void): Promise<void> {
  for (const rows of [500, 5000, 50000]) {
    const grids = scaledGrids(rows);
    const core = () => rollupPlan(analysePlan(grids).plan, { edition: null, excludeUnbudgeted: false });
    core(); // warm-up: JIT and catalog caches
    print({ scenario: "core", rows, ms: await timed(rows >= 50000 ? 3 : 7, core) });
  }

  const dir = await mkdtemp(join(tmpdir(), "action-plan-bench-"));
  try {
    const input = join(dir, "in.xlsx");
    const workbook = XlsxWorkbook.create();
    await insertTemplate(workbook);
    for (const [table, rows] of Object.entries(scaledRows(5000))) workbook.writeTableRows(table, rows);
    await workbook.save(input);
    const floor = await timed(3, async () => {
      const book = await XlsxWorkbook.open(input);
      await book.save(join(dir, "floor.xlsx"));
    });
    const build = await timed(3, async () => {
      const book = await XlsxWorkbook.open(input);
      const report = await buildTables(
        book,
        {
          editions: ["หลัก"],
          consolidated: false,
          thaiDigits: false,
          excludeUnbudgeted: false,
          font: "TH SarabunPSK",
        },
        FIXED_CLOCK,
      );
      if (report.blockingIssues.length > 0)
        throw new Error(`bench plan has ${report.blockingIssues.length} errors`);
      await book.save(join(dir, "build.xlsx"));
    });
    print({ scenario: "build", rows: 5000, ms: build, floorMs: floor });
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
