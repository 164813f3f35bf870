import type { TableGrid } from "../../src/domain/grid/TableGrid";
import { PROJECTS_TABLE } from "../../src/domain/template/templateSpec";
import { sampleTables, sampleTemplateRows } from "../../src/sample/samplePlan";

type Row = (string | number | null)[];

/** The sample's projects repeated to N rows (main edition, numbered), other tables as in the sample. */
export function scaledRows(n: number): Record<string, Row[]> {
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

export function scaledGrids(n: number): TableGrid[] {
  const rows = scaledRows(n);
  return sampleTables().map((grid) =>
    grid.name === PROJECTS_TABLE.table ? { ...grid, rows: rows[grid.name] ?? [] } : grid,
  );
}
