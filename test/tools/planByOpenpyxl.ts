import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { toA1 } from "../../src/domain/grid/a1";
import { TEMPLATE_TABLES } from "../../src/domain/template/templateSpec";
import { sampleTemplateRows, type SampleCell } from "../../src/sample/samplePlan";
import { PYTHON } from "./openpyxl";

/** What write_plan.py writes: tables at A1 of their sheets, plain sheets, cells typed afterwards, notes. */
export interface PlanSpec {
  readonly tables: readonly {
    readonly sheet: string;
    readonly table: string;
    readonly headers: readonly string[];
    readonly rows: readonly (readonly SampleCell[])[];
  }[];
  readonly sheets?: readonly { readonly sheet: string; readonly rows: readonly (readonly SampleCell[])[] }[];
  readonly set?: readonly { readonly sheet: string; readonly cell: string; readonly value: SampleCell }[];
  readonly comments?: readonly { readonly sheet: string; readonly cell: string; readonly text: string }[];
}

/** The sample plan as a script would type it from scratch: every table of the template that has rows. */
export function samplePlanSpec(): PlanSpec {
  const rows = sampleTemplateRows();
  return {
    tables: TEMPLATE_TABLES.filter((t) => (rows[t.table]?.length ?? 0) > 0).map((t) => ({
      sheet: t.sheet,
      table: t.table,
      headers: t.columns.map((c) => c.header),
      rows: rows[t.table] ?? [],
    })),
  };
}

/** The A1 address of a body cell of a spec's table (header in row 1): `cellOf(spec, "Projects", 1, "งบประมาณ (บาท)")`. */
export function cellOf(spec: PlanSpec, table: string, bodyRow: number, header: string): string {
  const found = spec.tables.find((t) => t.table === table);
  const column = found?.headers.indexOf(header) ?? -1;
  if (!found || column < 0) throw new RangeError(`No column ${header} in ${table}`);
  return toA1(bodyRow + 1, column);
}

function withSpecFile<T>(content: unknown, run: (path: string) => T): T {
  const dir = mkdtempSync(join(tmpdir(), "plan-spec-"));
  try {
    const path = join(dir, "spec.json");
    writeFileSync(path, JSON.stringify(content));
    return run(path);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Writes the plan with openpyxl (test/tools/write_plan.py) to `out`. */
export function writePlanWithOpenpyxl(spec: PlanSpec, out: string): void {
  withSpecFile(spec, (path) =>
    execFileSync(PYTHON, [join(__dirname, "write_plan.py"), path, out], { stdio: "pipe", timeout: 60_000 }),
  );
}

export interface CellAsRead {
  readonly sheet: string;
  readonly cell: string;
  readonly value: unknown;
  /** The solid fill's ARGB ("FFFFC7CE"), or null. */
  readonly fill: string | null;
  readonly comment: string | null;
}

/** Cells, and rows found by their first cell's text, as openpyxl reads them (test/tools/read_cells.py). */
export function readWithOpenpyxl(
  path: string,
  query: {
    readonly cells?: readonly { readonly sheet: string; readonly cell: string }[];
    readonly rows?: readonly { readonly sheet: string; readonly startsWith: string }[];
  },
): { cells: CellAsRead[]; rows: (unknown[] | null)[]; sheets: string[] } {
  return withSpecFile(query, (queryPath) =>
    JSON.parse(
      execFileSync(PYTHON, [join(__dirname, "read_cells.py"), path, queryPath], {
        encoding: "utf8",
        timeout: 60_000,
      }),
    ),
  );
}
