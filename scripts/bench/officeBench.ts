import type { Issue } from "../../src/domain/validate/Issue";
import { PROJECTS_TABLE, TEMPLATE_TABLES } from "../../src/domain/template/templateSpec";
import { capabilitiesOf } from "../../test/office/capabilitiesOf";
import { OfficeWorkbook } from "../../src/adapters/office/OfficeWorkbook";
import { createFakeExcel } from "../../test/office/FakeExcel";
import type { FakeExcel } from "../../test/office/FakeExcel";
import { syntheticSheetSpec } from "../../test/office/syntheticSheetSpec";

export interface OfficeBenchLine {
  readonly scenario: "office:insertTemplate" | "office:read" | "office:writeTables" | "office:highlight";
  readonly rows: number;
  readonly apiVersion: string;
  readonly syncs: number;
  readonly maxRequestBytes: number;
  readonly maxResponseBytes: number;
  /** Syncs Excel on the web would refuse (>5 MB answer) before the adapter falls back to blocks. */
  readonly rejectedResponses: number;
  readonly ms: number;
}

const SIZES = [500, 5000] as const;
const LISTS = { workPlans: ["แผนงานบริหารงานทั่วไป"], fundingSources: ["ข้อบัญญัติงบประมาณ"] };

/** A workbook whose Projects table holds `rows` filled rows. */
function seededFake(rows: number, apiVersion: "1.7" | "1.9"): FakeExcel {
  const fake = createFakeExcel({ apiVersion });
  const headers = PROJECTS_TABLE.columns.map((c) => c.header);
  const body = Array.from({ length: rows }, (_, i) =>
    headers.map((_, c) =>
      c === 5 ? 150_000 + i : c === 0 ? String(i + 1) : `ข้อความทดสอบภาษาไทย แถว ${i + 1} คอลัมน์ ${c + 1}`,
    ),
  );
  fake.state.addTable(PROJECTS_TABLE.sheet, PROJECTS_TABLE.table, "A1", headers, body);
  return fake;
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
    rejectedResponses: fake.stats.rejectedResponses,
    ms,
  };
}

/**
 * Sync counts and request sizes of each Office command against the recording fake, at 500 and
 * 5,000 rows, on ExcelApi 1.9 and (for writes) 1.7. Goal: syncs flat in rows, ≤ 6, requests < 4 MB.
 */
export async function runOfficeBench(): Promise<object[]> {
  const lines: OfficeBenchLine[] = [];
  for (const rows of SIZES) {
    lines.push(
      await measure("office:insertTemplate", rows, seededFake(rows, "1.9"), (w) =>
        w.insertTemplate(TEMPLATE_TABLES, LISTS),
      ),
    );
    lines.push(
      await measure("office:read", rows, seededFake(rows, "1.9"), (w) =>
        w.readTables(TEMPLATE_TABLES.map((t) => t.table)),
      ),
    );
    for (const version of ["1.9", "1.7"] as const) {
      lines.push(
        await measure("office:writeTables", rows, createFakeExcel({ apiVersion: version }), (w) =>
          w.writeSheets([syntheticSheetSpec(rows)], "2026-11-27T00:00:00Z"),
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
        await measure("office:highlight", rows, seededFake(rows, version), (w) => w.highlightIssues(issues)),
      );
    }
  }
  return lines;
}
