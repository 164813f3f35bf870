/**
 * Stands in for https://appsforoffice.microsoft.com/lib/1/hosted/office.js in the real-browser test:
 * `Office`/`Excel` globals over the in-memory workbook fake, plus `window.__e2e` so the test can act
 * as the user typing in the sheet and look at what the add-in wrote. Bundled by run-e2e.mjs (esbuild, IIFE).
 */
import { createFakeExcel, installOfficeGlobals } from "../office/FakeExcel";
import { columnName, type FakeTable } from "../office/fakeWorkbookState";
import { sampleTemplateRows } from "../../src/sample/samplePlan";

type Cell = string | number | boolean | null;

const params = new URLSearchParams(window.location.search);
const fake = createFakeExcel({ apiVersion: "1.9" });
installOfficeGlobals(fake, { displayLanguage: params.get("lang") === "en" ? "en-US" : "th-TH" });
// ?excelApi=1.6: an Excel below the add-in's floor (Office 2016), to see the "too old" notice.
if (params.get("excelApi") === "1.6") {
  const office = (window as unknown as { Office: { context: { requirements: { isSetSupported: unknown } } } })
    .Office;
  office.context.requirements.isSetSupported = (name: string, min = "1.1") =>
    name === "ExcelApi" && Number(min.split(".")[1]) <= 6;
}

function table(name: string): FakeTable {
  const found = fake.state.tables.get(name.toLowerCase());
  if (!found) throw new Error(`e2e: no table ${name} (insert the template first)`);
  return found;
}

/** A1 address of a table's body cell (0-based body row and column). */
function bodyCell(t: FakeTable, row: number, column: number): string {
  return `${columnName(t.column + column)}${t.row + 2 + row}`;
}

function notifyChange(t: FakeTable, address: string): void {
  for (const handler of t.handlers) void handler({ source: "Local", address, changeType: "RangeEdited" });
}

const e2e = {
  /** Types the sample plan into the template tables, as a user would paste it. */
  fillSample(): void {
    for (const [name, rows] of Object.entries(sampleTemplateRows())) {
      const t = fake.state.tables.get(name.toLowerCase());
      if (!t || rows.length === 0) continue;
      fake.state.setValues(t.sheet.name, bodyCell(t, 0, 0), rows);
      t.bodyRowCount = Math.max(t.bodyRowCount, rows.length);
    }
  },
  /** Types one value into a table body cell; returns its sheet, A1 address and the value it replaced. */
  typeInTable(
    name: string,
    row: number,
    header: string,
    value: Cell,
  ): { sheet: string; cell: string; previous: Cell } {
    const t = table(name);
    const headers = Array.from(
      { length: t.columnCount },
      (_, c) => fake.state.getCell(t.sheet, t.row, t.column + c, false)?.value,
    );
    const column = headers.indexOf(header);
    if (column < 0) throw new Error(`e2e: no header ${header} in ${name}`);
    const cell = bodyCell(t, row, column);
    const previous = fake.state.getCell(t.sheet, t.row + 1 + row, t.column + column, false)?.value ?? null;
    fake.state.setValues(t.sheet.name, cell, [[value]]);
    notifyChange(t, cell);
    return { sheet: t.sheet.name, cell, previous };
  },
  selection: () => fake.state.selection,
  sheetNames: () => fake.state.sheets.map((s) => s.name),
  syncs: () => fake.stats.syncs,
};

(window as unknown as { __e2e: typeof e2e }).__e2e = e2e;
