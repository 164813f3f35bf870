import { performance } from "node:perf_hooks";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { XlsxWorkbook } from "../../src/adapters/xlsx/XlsxWorkbook";
import { buildTables } from "../../src/app/buildTables";
import { PLAN_TABLE_NAMES } from "../../src/app/analyseWorkbook";
import { fillTemplateTables } from "../../src/app/fillTemplateTables";
import { insertTemplate } from "../../src/app/insertTemplate";
import { analysePlan } from "../../src/domain/analysePlan";
import { rollupPlan } from "../../src/domain/rollup/rollupPlan";
import type { TableGrid } from "../../src/domain/grid/TableGrid";
import { sampleTemplateRows } from "../../src/sample/samplePlan";
import { hugeSheetBench } from "./hugeSheetBench";
import { scaledGrids, scaledRows } from "./scaledGrids";

/** The repository's root: the bench bundle runs from lib/. */
const ROOT = join(__dirname, "..");

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

/** Median wall time of `runs` calls after `warmUps` untimed ones (JIT, catalog caches, heap growth). */
async function timed(
  fn: () => Promise<unknown> | unknown,
  { warmUps, runs }: { warmUps: number; runs: number },
): Promise<number> {
  for (let i = 0; i < warmUps; i++) await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn();
    times.push(performance.now() - start);
  }
  return Math.round(median(times) * 100) / 100;
}

// Medians of at least 5 runs: single runs on a shared machine vary by a factor of two or more.
const CORE_RUNS: Readonly<Record<number, { warmUps: number; runs: number }>> = {
  500: { warmUps: 5, runs: 21 },
  5000: { warmUps: 3, runs: 15 },
  50000: { warmUps: 2, runs: 7 },
};
const BUILD_RUNS = { warmUps: 1, runs: 5 };

/**
 * Reads every cell of every table once and does nothing else: the least any core run must do.
 * Its own 50,000 / 5,000 ratio shows what the machine's memory makes of ten times the data
 * (a 5,000-row grid stays in the processor's caches, a 50,000-row one does not).
 */
function touchEveryCell(grids: readonly TableGrid[]): number {
  let seen = 0;
  for (const grid of grids) {
    for (const row of grid.rows) {
      for (const value of row) {
        if (typeof value === "string") seen += value.length;
        else if (value !== null) seen += 1;
      }
    }
  }
  return seen;
}

const FIXED_CLOCK = () => "2026-11-27T00:00:00.000Z";

export async function runBench(print: (line: object) => void): Promise<void> {
  const coreMs = new Map<number, { ms: number; settledMs: number }>();
  const floors = new Map<number, number>();
  const times = (a: number, b: number | undefined) => (b ? Math.round((a / b) * 10) / 10 : undefined);
  for (const [rows, plan] of Object.entries(CORE_RUNS).map(([n, p]) => [Number(n), p] as const)) {
    const grids = scaledGrids(rows);
    const core = () => rollupPlan(analysePlan(grids).plan, { edition: null, excludeUnbudgeted: false });
    const ms = await timed(core, plan);
    // A second round once V8 has sized its heap to the work: small plans then run almost without
    // garbage collection, while the rows of a 50,000-row plan still outlive the young generation.
    const settledMs = await timed(core, { warmUps: 0, runs: plan.runs });
    coreMs.set(rows, { ms, settledMs });
    // The linearity goal: 50,000 rows cost at most 12 × 5,000 rows.
    const tenth = coreMs.get(rows / 10);
    const ratios = tenth
      ? {
          timesTenthSize: times(ms, tenth.ms),
          settledTimesTenthSize: times(settledMs, tenth.settledMs),
        }
      : {};
    print({ scenario: "core", rows, ms, settledMs, runs: plan.runs, ...ratios });

    const floorMs = await timed(() => touchEveryCell(grids), { warmUps: plan.warmUps, runs: 2 * plan.runs });
    floors.set(rows, floorMs);
    const floorOfTenth = floors.get(rows / 10);
    print({
      scenario: "core-floor",
      rows,
      ms: floorMs,
      runs: 2 * plan.runs,
      ...(floorOfTenth ? { timesTenthSize: times(floorMs, floorOfTenth) } : {}),
    });
  }

  const dir = await mkdtemp(join(tmpdir(), "action-plan-bench-"));
  try {
    const input = join(dir, "in.xlsx");
    const workbook = XlsxWorkbook.create();
    await insertTemplate(workbook);
    await fillTemplateTables(workbook, scaledRows(5000));
    await writeFile(input, await workbook.toBuffer());
    // The floor: what any build must do at least — open the file, read every input table, save.
    const floor = await timed(async () => {
      const book = await XlsxWorkbook.fromBuffer(await readFile(input));
      await book.readTables(PLAN_TABLE_NAMES);
      await writeFile(join(dir, "floor.xlsx"), await book.toBuffer());
    }, BUILD_RUNS);
    const build = await timed(async () => {
      const book = await XlsxWorkbook.fromBuffer(await readFile(input));
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
      await writeFile(join(dir, "build.xlsx"), await book.toBuffer());
    }, BUILD_RUNS);
    print({ scenario: "build", rows: 5000, ms: build, floorMs: floor, runs: BUILD_RUNS.runs });
    const sample = XlsxWorkbook.create();
    await insertTemplate(sample);
    await fillTemplateTables(sample, sampleTemplateRows());
    await hugeSheetBench(join(ROOT, "lib", "action-plan.cjs"), await sample.toBuffer(), ROOT, print);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
