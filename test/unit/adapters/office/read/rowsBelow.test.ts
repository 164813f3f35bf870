import { officeOnFake } from "../../../../office/officeOnFake";
import { MAX_ROWS_BELOW } from "../../../../../src/adapters/office/read/queueTableRead";

const HEADERS = ["ที่", "โครงการ", "งบประมาณ (บาท)"];

describe("readTables: what was typed below a table", () => {
  it("delivers the rows under a table within its columns, down to the last one with a value, in one sync", async () => {
    const { fake, workbook, state } = officeOnFake();
    state.addTable("โครงการ", "Projects", "B3", HEADERS, [
      ["1", "ซ่อมถนน", 150000],
      ["2", "ขุดลอกคลอง", 90000],
    ]);
    // Typed under the table (LibreOffice never grows it): a row, a blank row, a row; beside it, a note.
    state.setValues("โครงการ", "B6", [
      ["3", "ต่อท้ายตาราง", 500],
      [null, null, null],
      [null, "อีกแถว", null],
      ["   ", null, null],
    ]);
    state.setValues("โครงการ", "F6", [["โน้ตข้างตาราง"]]);
    state.setValues("โครงการ", "A20", [["นอกคอลัมน์ของตาราง"]]);
    const cell = state.getCell(state.requireSheet("โครงการ"), 7, 3, true);
    cell.value = "";

    const [grid] = await workbook.readTables(["Projects"]);

    expect(fake.stats.syncs).toBe(1);
    expect(grid?.firstRowBelow).toBe(5);
    expect(grid?.rowsBelow).toEqual([
      ["3", "ต่อท้ายตาราง", 500],
      [null, null, null],
      [null, "อีกแถว", null],
    ]);
    expect(grid?.rows).toHaveLength(2);
  });

  it("starts below the table's own trailing blank rows, which are not rows", async () => {
    const { workbook, state } = officeOnFake();
    state.addTable("โครงการ", "Projects", "A1", HEADERS, [
      ["1", "ซ่อมถนน", 1],
      [null, null, null],
      [null, null, null],
    ]);
    state.setValues("โครงการ", "A5", [["2", "พิมพ์ใต้ตาราง", 2]]);

    const [grid] = await workbook.readTables(["Projects"]);

    expect(grid?.rows).toEqual([["1", "ซ่อมถนน", 1]]);
    expect(grid).toMatchObject({ firstRowBelow: 4, rowsBelow: [["2", "พิมพ์ใต้ตาราง", 2]] });
  });

  it("stops at another table of the sheet under it: a user's own table is not rows below", async () => {
    const { fake, workbook, state } = officeOnFake();
    state.addTable("โครงการ", "Projects", "A1", HEADERS, [["1", "ซ่อมถนน", 1]]);
    state.setValues("โครงการ", "A3", [["2", "พิมพ์ใต้ตาราง", 2]]);
    state.addTable("โครงการ", "MyNotes", "B6", ["บันทึก", "ผู้บันทึก"], [["ถามกองคลัง", "สมชาย"]]);
    // A table beside the Projects columns does not stop them.
    state.addTable("โครงการ", "Beside", "E2", ["อื่น"], [["x"]]);

    const [grid] = await workbook.readTables(["Projects"]);

    expect(grid?.rowsBelow).toEqual([["2", "พิมพ์ใต้ตาราง", 2]]);
    // The ranges of tables not asked for come with one more sync.
    expect(fake.stats.syncs).toBe(2);
  });

  it("knows the other tables it reads without another sync", async () => {
    const { fake, workbook, state } = officeOnFake();
    state.addTable("โครงการ", "Projects", "A1", HEADERS, [["1", "ซ่อมถนน", 1]]);
    state.setValues("โครงการ", "A3", [["2", "พิมพ์ใต้ตาราง", 2]]);
    state.addTable("โครงการ", "Equipment", "A6", ["ที่", "ครุภัณฑ์"], [["1", "โต๊ะ"]]);

    const [projects] = await workbook.readTables(["Projects", "Equipment"]);

    expect(projects?.rowsBelow).toEqual([["2", "พิมพ์ใต้ตาราง", 2]]);
    expect(fake.stats.syncs).toBe(1);
  });

  it(`reads at most ${MAX_ROWS_BELOW} rows below`, async () => {
    const { workbook, state } = officeOnFake();
    state.addTable("โครงการ", "Projects", "A1", HEADERS, [["1", "ซ่อมถนน", 1]]);
    state.setValues("โครงการ", `B${2 + MAX_ROWS_BELOW}`, [["แถวสุดท้ายที่อ่าน"]]);
    state.setValues("โครงการ", `B${3 + MAX_ROWS_BELOW}`, [["ไกลเกินไป"]]);

    const [grid] = await workbook.readTables(["Projects"]);

    expect(grid?.rowsBelow).toHaveLength(MAX_ROWS_BELOW);
    expect(grid?.rowsBelow.at(-1)).toEqual([null, "แถวสุดท้ายที่อ่าน", null]);
  });
});

describe("readTables: merged cells", () => {
  function withMerges(apiVersion: "1.9" | "1.13") {
    const office = officeOnFake({ apiVersion });
    const { state } = office;
    state.addTable("โครงการ", "Projects", "A1", HEADERS, [
      ["1", "ซ่อมถนน", 150000],
      ["2", "ซ่อมถนน ต่อ", null],
    ]);
    state.setValues("โครงการ", "A4", [["3", "พิมพ์ใต้ตาราง", 90000]]);
    const sheet = state.requireSheet("โครงการ");
    // A budget merged across two project rows (the body), one below the table, and one elsewhere.
    sheet.merges.push(
      { row: 1, column: 2, rowCount: 2, columnCount: 1 },
      { row: 3, column: 1, rowCount: 2, columnCount: 1 },
      { row: 0, column: 5, rowCount: 1, columnCount: 2 },
    );
    return office;
  }

  it("delivers the merged areas over the body and the rows below (ExcelApi 1.13), in one sync", async () => {
    const { fake, workbook } = withMerges("1.13");
    const [grid] = await workbook.readTables(["Projects"]);
    expect(grid?.merges).toEqual([
      { row: 1, column: 2, rowCount: 2, columnCount: 1 },
      { row: 3, column: 1, rowCount: 2, columnCount: 1 },
    ]);
    expect(fake.stats.syncs).toBe(1);
  });

  it("delivers none before ExcelApi 1.13 (Excel cannot say)", async () => {
    const { workbook } = withMerges("1.9");
    const [grid] = await workbook.readTables(["Projects"]);
    expect(grid?.merges).toEqual([]);
    expect(grid?.rowsBelow).toEqual([["3", "พิมพ์ใต้ตาราง", 90000]]);
  });
});
