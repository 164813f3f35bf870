import { templateLists } from "../../../../../src/domain/catalog/templateLists";
import { columnLetter } from "../../../../../src/domain/grid/a1";
import {
  FOLLOW_UP_HEADERS,
  LISTS_SHEET,
  PROJECTS_TABLE,
  type TemplateTable,
} from "../../../../../src/domain/template/templateSpec";
import { TEMPLATE_NUMBER_FORMATS } from "../../../../../src/domain/template/templateStyles";
import { officeOnFake } from "../../../../office/officeOnFake";

const required = PROJECTS_TABLE.columns.filter((c) => !c.extension);
const optional = PROJECTS_TABLE.columns.filter((c) => c.extension);
/** The Projects table of an earlier template: no optional columns. */
const OLDER: TemplateTable = { ...PROJECTS_TABLE, columns: required };
const FIRST_NEW = required.length;
const ROW = required.map((c, i) => (c.kind === "money" ? 1000 : `ค่า ${i + 1}`));

/** A workbook with the earlier Projects table at A1 of โครงการ holding two rows. */
async function withOlderProjects(apiVersion: "1.7" | "1.9" | "1.13") {
  const office = officeOnFake({ apiVersion });
  await office.workbook.insertTemplate([OLDER], templateLists());
  await office.workbook.appendTableRows("Projects", [ROW, ROW]);
  return office;
}

const cellOf = (row: number, column: number) => `${columnLetter(column)}${row + 1}`;

describe("insertTemplate on a table of an earlier template", () => {
  it.each(["1.7", "1.9", "1.13"] as const)(
    "adds the optional columns at its right end, moving nothing (ExcelApi %s)",
    async (apiVersion) => {
      const { fake, workbook, state } = await withOlderProjects(apiVersion);
      fake.stats.reset();

      const report = await workbook.insertTemplate([PROJECTS_TABLE], templateLists());

      expect(report).toMatchObject({
        created: [],
        kept: ["Projects"],
        missingHeaders: {},
        addedColumns: { Projects: optional.map((c) => c.header) },
      });
      expect(fake.stats.syncs).toBe(3);
      const table = state.tables.get("projects");
      expect(table?.columnCount).toBe(PROJECTS_TABLE.columns.length);
      expect(table?.bodyRowCount).toBe(2);
      // The user's columns are where they were; the new headers follow in template order.
      expect(required.map((_, c) => state.valueAt("โครงการ", cellOf(1, c)))).toEqual(ROW);
      expect(optional.map((_, i) => state.valueAt("โครงการ", cellOf(0, FIRST_NEW + i)))).toEqual(
        optional.map((c) => c.header),
      );
      const status = FIRST_NEW + optional.findIndex((c) => c.header === FOLLOW_UP_HEADERS.status);
      const amount = FIRST_NEW + optional.findIndex((c) => c.header === FOLLOW_UP_HEADERS.contractAmount);
      expect(state.cell("โครงการ", cellOf(0, status))?.format).toMatchObject({
        "font.bold": true,
        "fill.color": "#DDEBF7",
      });
      expect(state.cell("โครงการ", cellOf(2, amount))?.numberFormat).toBe(TEMPLATE_NUMBER_FORMATS.money);
      expect(state.requireSheet("โครงการ").columnWidths.get(status)).toBe(130);
      const dropdown = state
        .requireSheet("โครงการ")
        .dataValidations.find((v) => v.rects[0]?.column === status);
      expect(dropdown === undefined).toBe(apiVersion === "1.7");
      // The status list went to the lists sheet only because a dropdown needs it.
      expect(state.sheet(LISTS_SHEET) === null).toBe(apiVersion === "1.7");
    },
  );

  it("keeps a width the user gave a column there", async () => {
    const { workbook, state } = await withOlderProjects("1.9");
    state.requireSheet("โครงการ").columnWidths.set(FIRST_NEW, 33);

    await workbook.insertTemplate([PROJECTS_TABLE], templateLists());

    expect(state.requireSheet("โครงการ").columnWidths.get(FIRST_NEW)).toBe(33);
    expect(state.requireSheet("โครงการ").columnWidths.get(FIRST_NEW + 1)).toBe(optional[1]?.widthPt);
  });

  it.each([
    ["a cell of the user's", "1.9"],
    ["a merged area", "1.13"],
    ["a merged or formatted area (seen without 1.13 only by its format)", "1.9"],
    ["another table", "1.9"],
  ] as const)("writes nothing where %s lies right of the table (ExcelApi %s)", async (what, apiVersion) => {
    const { workbook, state } = await withOlderProjects(apiVersion);
    const sheet = state.requireSheet("โครงการ");
    const far = FIRST_NEW + optional.length - 1;
    if (what === "a cell of the user's") state.setValues("โครงการ", cellOf(2, far), [["ของผู้ใช้"]]);
    else if (what === "another table") state.addTable("โครงการ", "Mine", cellOf(1, far), ["ของฉัน"], [["x"]]);
    else {
      sheet.merges.push({ row: 1, column: far, rowCount: 2, columnCount: 2 });
      if (what !== "a merged area") state.getCell(sheet, 1, far, true).format["fill.color"] = "#FFFF00";
    }
    const before = JSON.stringify([...sheet.cells.entries()]);

    const report = await workbook.insertTemplate([PROJECTS_TABLE], templateLists());

    expect(report.addedColumns).toEqual({});
    expect(report.missingHeaders).toEqual({ Projects: optional.map((c) => c.header) });
    expect(JSON.stringify([...sheet.cells.entries()])).toBe(before);
    expect(state.tables.get("projects")?.columnCount).toBe(required.length);
  });
});

describe("insertTemplate on a template kept as a plain range", () => {
  const headers = PROJECTS_TABLE.columns.map((c) => c.header);
  const row = (i: number) => headers.map((_, c) => (c === 5 ? 1000 * i : c === 3 ? `โครงการ ${i}` : null));

  it("makes the table over exactly that range, its cells untouched", async () => {
    const { fake, workbook, state } = officeOnFake();
    // As Google Sheets exports it: a title, then the headers and rows; a note after a blank row.
    state.setValues("โครงการ", "A1", [["แผนการดำเนินงาน"], [], headers, row(1), row(2), [], ["หมายเหตุท้าย"]]);
    const before = JSON.stringify([...state.requireSheet("โครงการ").cells.entries()]);

    const report = await workbook.insertTemplate([PROJECTS_TABLE], templateLists());

    expect(report.created).toEqual(["Projects"]);
    expect(fake.stats.syncs).toBe(3);
    expect(JSON.stringify([...state.requireSheet("โครงการ").cells.entries()])).toBe(before);
    const table = state.tables.get("projects");
    expect(
      table && { row: table.row, column: table.column, columns: table.columnCount, rows: table.bodyRowCount },
    ).toEqual({ row: 2, column: 0, columns: headers.length, rows: 2 });
    const [grid] = await workbook.readTables(["Projects"]);
    expect(grid?.rows).toEqual([row(1), row(2)]);
    expect(grid?.rowsBelow).toEqual([
      headers.map(() => null),
      ["หมายเหตุท้าย", ...headers.slice(1).map(() => null)],
    ]);
  });

  it("reads a body longer than the top rows in blocks", async () => {
    const { fake, workbook, state } = officeOnFake({}, { requestBudgetBytes: 200_000 });
    const rows = Array.from({ length: 300 }, (_, i) => row(i + 1));
    state.setValues("โครงการ", "A1", [headers, ...rows]);

    await workbook.insertTemplate([PROJECTS_TABLE], templateLists());

    expect(state.tables.get("projects")?.bodyRowCount).toBe(300);
    // What exists, the top rows, the rest of the body in blocks of ~200 KB, the write.
    expect(fake.stats.syncs).toBeGreaterThan(4);
  });

  it("leaves a range that overlaps a table of the user's, and puts the template's table below", async () => {
    const { workbook, state } = officeOnFake();
    state.addTable("โครงการ", "Mine", "A1", headers, [row(1)]);

    const report = await workbook.insertTemplate([PROJECTS_TABLE], templateLists());

    expect(report.created).toEqual(["Projects"]);
    expect(state.tables.get("mine")?.row).toBe(0);
    expect(state.tables.get("projects")?.row).toBe(3);
  });
});
