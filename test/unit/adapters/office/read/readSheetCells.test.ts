import { importSheet } from "../../../../../src/app/importSheet";
import { XlsxWorkbook } from "../../../../../src/adapters/xlsx/XlsxWorkbook";
import type { SheetCells } from "../../../../../src/domain/import/SheetCells";
import { oldWordingPagedSheet, twoRowHeaderSheet } from "../../../../import/fixtures/messySheets";
import { capabilitiesOf } from "../../../../office/capabilitiesOf";
import { OfficeWorkbook } from "../../../../../src/adapters/office/OfficeWorkbook";
import { areasOf } from "../../../../../src/adapters/office/read/areasOf";
import { createFakeExcel } from "../../../../office/FakeExcel";
import type { FakeWorkbookState } from "../../../../office/fakeWorkbookState";

type Version = "1.8" | "1.9" | "1.13";

function setup(apiVersion: Version) {
  const fake = createFakeExcel({ apiVersion });
  const workbook = new OfficeWorkbook({
    run: fake.run,
    capabilities: capabilitiesOf(apiVersion),
  });
  return { fake, workbook, state: fake.state };
}

/** Puts a hand-made sheet (as exceljs read it from a file) into the fake Excel: values, merges, fills. */
function seed(state: FakeWorkbookState, cells: SheetCells): void {
  state.setValues(
    cells.name,
    "A1",
    cells.values.map((row) => row.map((v) => (v !== null && typeof v === "object" ? null : v))),
  );
  const sheet = state.sheet(cells.name);
  if (!sheet) throw new Error("not seeded");
  sheet.merges.push(...cells.merges);
  cells.fills.forEach((row, r) =>
    row.forEach((fill, c) => {
      if (fill !== null) state.getCell(sheet, r, c, true).format["fill.color"] = fill;
    }),
  );
}

/** Trailing empty rows and columns are a reader's detail, not the sheet's content. */
function trimmed(cells: SheetCells): SheetCells {
  const width = Math.max(
    0,
    ...cells.values.map((row, r) => {
      let w = row.length;
      while (w > 0 && row[w - 1] === null && (cells.fills[r]?.[w - 1] ?? null) === null) w--;
      return w;
    }),
  );
  let height = cells.values.length;
  while (height > 0 && (cells.values[height - 1] ?? []).slice(0, width).every((v) => v === null)) height--;
  const cut = <T>(rows: readonly (readonly T[])[], empty: T): T[][] =>
    rows.slice(0, height).map((row) => Array.from({ length: width }, (_, c) => row[c] ?? empty));
  return {
    name: cells.name,
    values: cut(cells.values, null),
    fills: cut(cells.fills, null),
    merges: [...cells.merges].sort((a, b) => a.row - b.row || a.column - b.column),
  };
}

describe("OfficeWorkbook.readSheetCells", () => {
  it("reads what the exceljs reader reads from the same sheet: values, merges and fills, in 2 syncs", async () => {
    const fromFile = await twoRowHeaderSheet().read();
    const { fake, workbook, state } = setup("1.13");
    seed(state, fromFile);
    fake.stats.reset();
    const read = await workbook.readSheetCells("ผด.02");
    expect(fake.stats.syncs).toBe(2);
    expect(trimmed(read)).toEqual(trimmed(fromFile));
    expect(read.fills[14]?.slice(6, 9)).toEqual(["#FFFF00", "#FFFF00", "#FFFF00"]);
  });

  it("degrades without failing: no merges before ExcelApi 1.13, no fills before 1.9 (1 sync)", async () => {
    const fromFile = await twoRowHeaderSheet().read();
    const older = setup("1.9");
    seed(older.state, fromFile);
    const without113 = await older.workbook.readSheetCells("ผด.02");
    expect(without113.merges).toEqual([]);
    expect(trimmed(without113).fills).toEqual(trimmed(fromFile).fills);

    const oldest = setup("1.8");
    seed(oldest.state, fromFile);
    oldest.fake.stats.reset();
    const without19 = await oldest.workbook.readSheetCells("ผด.02");
    expect(oldest.fake.stats.syncs).toBe(1);
    expect(without19.fills.flat().every((f) => f === null)).toBe(true);
    expect(trimmed(without19).values).toEqual(trimmed(fromFile).values);
  });

  it("starts at A1 when the used range does not", async () => {
    const { workbook, state } = setup("1.13");
    state.setValues("ว่างบน", "C3", [["ที่", "โครงการ"]]);
    const read = await workbook.readSheetCells("ว่างบน");
    expect(read.values[2]).toEqual([null, null, "ที่", "โครงการ"]);
    expect(read.values[0]).toEqual([null, null, null, null]);
    expect(read.fills).toHaveLength(3);
  });

  it("parses merged-area addresses, quoted sheet names with commas included", () => {
    expect(areasOf("'ผด, 02'!$A$2:$R$2, 'ผด, 02'!B5")).toEqual([
      { row: 1, column: 0, rowCount: 1, columnCount: 18 },
      { row: 4, column: 1, rowCount: 1, columnCount: 1 },
    ]);
  });
});

describe("importSheet through the Office adapter", () => {
  async function importBoth(version: Version) {
    const fromFile = await twoRowHeaderSheet().read();
    const office = setup(version);
    seed(office.state, fromFile);
    office.state.activeSheet = "ผด.02";
    office.fake.stats.reset();
    const name = await office.workbook.activeSheetName();
    const report = await importSheet(office.workbook, name);
    const syncs = office.fake.stats.syncs;

    const file = await XlsxWorkbook.fromBuffer(await twoRowHeaderSheet().workbook.xlsx.writeBuffer());
    await importSheet(file, "ผด.02");
    const names = ["PlanSettings", "Strategies", "Projects"];
    return {
      report,
      syncs,
      office: await office.workbook.readTables(names),
      xlsx: await file.readTables(names),
    };
  }

  it.each<Version>(["1.13", "1.9"])(
    "fills the template tables like the file adapter does, on ExcelApi %s",
    async (version) => {
      const { report, office, xlsx } = await importBoth(version);
      expect(report.outcome).toBe("imported");
      expect(report.rowsImported).toBe(5);
      for (const name of ["PlanSettings", "Strategies", "Projects"]) {
        const o = office.find((g) => g.name === name);
        const x = xlsx.find((g) => g.name === name);
        // The file adapter reads the template's blank setting values as "", Office as null.
        const blankAsNull = (rows: readonly (readonly unknown[])[] | undefined) =>
          rows?.map((row) => row.map((v) => (v === "" ? null : v)));
        // Before 1.13 merges are not read, so an arrow merged over months marks only its first month.
        const comparable = (rows: readonly (readonly unknown[])[] | undefined) =>
          version === "1.13" || name !== "Projects" ? rows : rows?.map((row) => row.slice(0, 9));
        expect(blankAsNull(comparable(o?.rows))).toEqual(blankAsNull(comparable(x?.rows)));
      }
      expect(office.find((g) => g.name === "Projects")?.rows).toHaveLength(5);
    },
  );

  it("uses a fixed number of syncs whatever the number of rows", async () => {
    const small = await importBoth("1.13");
    const { fake, workbook, state } = setup("1.13");
    seed(state, await oldWordingPagedSheet().read());
    fake.stats.reset();
    const report = await importSheet(workbook, "แผนเดิม");
    expect(report.outcome).toBe("imported");
    expect(fake.stats.syncs).toBe(small.syncs - 1 /* no activeSheetName call */);
  });

  it("refuses a workbook whose Projects table has rows, writing nothing", async () => {
    const { workbook, state } = setup("1.13");
    seed(state, await twoRowHeaderSheet().read());
    expect((await importSheet(workbook, "ผด.02")).outcome).toBe("imported");
    const before = await workbook.readTables(["Projects"]);
    const again = await importSheet(workbook, "ผด.02");
    expect(again.outcome).toBe("projects-not-empty");
    expect(await workbook.readTables(["Projects"])).toEqual(before);
  });
});
