import { syntheticSheetSpec } from "../office/syntheticSheetSpec";
import { SheetNameTakenError, type WorkbookPort } from "../../src/app/WorkbookPort";
import { templateLists } from "../../src/domain/catalog/templateLists";
import { columnLetter } from "../../src/domain/grid/a1";
import type { CellValue } from "../../src/domain/grid/CellValue";
import { OWNER_MARK_PREFIX } from "../../src/domain/layout/ownerMark";
import type { ImageSpec, SheetSpec } from "../../src/domain/layout/SheetSpec";
import { TEMPLATE_TABLES, type TemplateTable } from "../../src/domain/template/templateSpec";
import { pngImage } from "../builders/pngImage";
import { officeHarness } from "./officeHarness";
import type { PortHarness, UserRows } from "./PortHarness";
import { xlsxHarness } from "./xlsxHarness";

// One contract for WorkbookPort (src/app/WorkbookPort.ts), run against every adapter, so the file adapter
// (CLI) and the Office adapter (task pane) cannot drift. Written against the port only: a harness opens a
// workbook and "reopens" it (a file: saved to bytes and read again), and every write is checked after that.
const HARNESSES: PortHarness[] = [
  xlsxHarness,
  officeHarness("1.7"),
  officeHarness("1.9"),
  officeHarness("1.13"),
];
const NAMES = TEMPLATE_TABLES.map((t) => t.table);
const NEW_WORKBOOK = { Sheet1: [] };
const STAMP = "2026-10-01T09:00:00.000Z";

const byName = <T extends { name: string }>(items: readonly T[]) => new Map(items.map((i) => [i.name, i]));
const template = (name: string) => {
  const found = TEMPLATE_TABLES.find((t) => t.table === name);
  if (!found) throw new Error(name);
  return found;
};
/** A project row in the Projects table's column order: text columns as given, the budget a number. */
const projectRow = (name: string, budget: number): CellValue[] =>
  template("Projects").columns.map((column, c) => (c === 1 ? name : column.kind === "money" ? budget : null));

describe.each(HARNESSES)("WorkbookPort contract: $name", (harness) => {
  // A known gap of this adapter (see its harness) runs as it.failing, so it cannot pass unnoticed either.
  const titles = new Set<string>();
  const it = (title: string, test: () => Promise<void>) => {
    titles.add(title);
    (harness.knownGaps?.[title] !== undefined ? global.it.failing : global.it)(title, test);
  };
  afterAll(() =>
    expect(Object.keys(harness.knownGaps ?? {}).filter((title) => !titles.has(title))).toEqual([]),
  );
  async function insertAll(port: WorkbookPort) {
    return port.insertTemplate(TEMPLATE_TABLES, templateLists());
  }

  /** A new workbook with the template, and these rows in its Strategies table. */
  async function withStrategies(rows: CellValue[][]): Promise<WorkbookPort> {
    const port = await harness.open(NEW_WORKBOOK);
    await insertAll(port);
    await port.appendTableRows("Strategies", rows);
    return port;
  }

  describe("reading tables", () => {
    it("a workbook without the tables has none of them", async () => {
      const port = await harness.open(NEW_WORKBOOK);
      expect(await port.readTables(NAMES)).toEqual([]);
      expect((await port.listSheets()).map((s) => s.name)).toEqual(["Sheet1"]);
    });

    it("reads each table with its sheet, position, headers and rows, and leaves out missing names", async () => {
      const port = await harness.open(NEW_WORKBOOK);
      await insertAll(port);
      const tables = byName(await (await harness.reopen(port)).readTables([...NAMES, "NoSuchTable"]));
      expect([...tables.keys()].sort()).toEqual([...NAMES].sort());
      for (const t of TEMPLATE_TABLES) {
        const grid = tables.get(t.table);
        expect({
          table: t.table,
          sheet: grid?.sheet,
          headerRow: grid?.headerRow,
          firstColumn: grid?.firstColumn,
        }).toEqual({ table: t.table, sheet: t.sheet, headerRow: 0, firstColumn: 0 });
        expect(grid?.headers).toEqual(t.columns.map((c) => c.header));
        // The template's own rows, cell for cell ("" reads as an empty cell); a new table's blank row is not a row.
        expect(grid?.rows).toEqual(t.initialRows.map((row) => t.columns.map((_, c) => row[c] || null)));
      }
    });

    it("finds tables whatever the case of the name (Excel table names are case-insensitive)", async () => {
      const port = await harness.open(NEW_WORKBOOK);
      await insertAll(port);
      const [grid] = await (await harness.reopen(port)).readTables(["projects"]);
      expect(grid?.headers).toEqual(template("Projects").columns.map((c) => c.header));
    });
  });

  describe("inserting the template", () => {
    it("into a new workbook: every table and sheet, the user's sheet kept", async () => {
      const port = await harness.open(NEW_WORKBOOK);
      const report = await insertAll(port);
      expect(report).toEqual({
        created: NAMES,
        kept: [],
        missingHeaders: {},
        addedColumns: {},
        degraded: harness.degradedTemplate,
      });
      const sheets = await (await harness.reopen(port)).listSheets();
      const names = sheets.map((s) => s.name);
      expect(names).toEqual(
        expect.arrayContaining(["Sheet1", ...new Set(TEMPLATE_TABLES.map((t) => t.sheet))]),
      );
      expect(sheets.every((s) => s.owner === null)).toBe(true);
    });

    it("twice: the second time keeps everything and creates nothing", async () => {
      const port = await harness.open(NEW_WORKBOOK);
      await insertAll(port);
      const again = await harness.reopen(port);
      const report = await insertAll(again);
      expect(report).toMatchObject({ created: [], kept: NAMES, missingHeaders: {} });
    });

    it("into a partly filled workbook: existing tables and their rows kept, a user's sheet never written over", async () => {
      const notes: UserRows = [
        ["บันทึกของฉัน", null],
        ["ถามกองคลัง", 12],
        [null, "ต่อ"],
      ];
      const port = await harness.open({ Sheet1: [], โครงการ: notes });
      // An earlier, older template had only the settings and strategies, and the user filled a strategy in.
      await port.insertTemplate(TEMPLATE_TABLES.slice(0, 2), templateLists());
      await port.appendTableRows("Strategies", [[1, "พัฒนาโครงสร้างพื้นฐาน"]]);
      const reopened = await harness.reopen(port);
      const report = await insertAll(reopened);
      expect(report.created).toEqual(NAMES.slice(2));
      expect(report.kept).toEqual(NAMES.slice(0, 2));

      const after = await harness.reopen(reopened);
      const tables = byName(await after.readTables(NAMES));
      expect(tables.get("Strategies")?.rows).toEqual([[1, "พัฒนาโครงสร้างพื้นฐาน"]]);
      // The Projects table goes below the user's notes on their sheet, one blank row between.
      expect(tables.get("Projects")).toMatchObject({
        sheet: "โครงการ",
        headerRow: notes.length + 1,
        firstColumn: 0,
      });
      const cells = await after.readSheetCells("โครงการ");
      expect(cells.values.slice(0, notes.length).map((row) => row.slice(0, 2))).toEqual(notes);
    });
  });

  describe("inserting the template on a table of an earlier template", () => {
    const projects = () => template("Projects");
    const required = () => projects().columns.filter((c) => !c.extension);
    const optional = () => projects().columns.filter((c) => c.extension);
    /** The Projects table as an earlier template made it (no optional columns), holding one row. */
    async function withOlderProjects(): Promise<{ port: WorkbookPort; row: CellValue[] }> {
      const older: TemplateTable = { ...projects(), columns: required() };
      const port = await harness.open(NEW_WORKBOOK);
      await port.insertTemplate([older], templateLists());
      const row = required().map((c, i) => (c.kind === "money" ? 1000 * (i + 1) : `ค่า ${i + 1}`));
      await port.appendTableRows("Projects", [row]);
      return { port: await harness.reopen(port), row };
    }

    it("adds the optional columns at the table's right end, moving nothing and keeping every value", async () => {
      const { port, row } = await withOlderProjects();
      const report = await insertAll(port);
      expect(report.kept).toContain("Projects");
      expect(report.addedColumns).toEqual({ Projects: optional().map((c) => c.header) });
      expect(report.missingHeaders).toEqual({});
      const [grid] = await (await harness.reopen(port)).readTables(["Projects"]);
      expect(grid?.headers).toEqual([...required(), ...optional()].map((c) => c.header));
      expect(grid?.rows).toEqual([[...row, ...optional().map(() => null)]]);
    });

    it("adds none where the user has something right of the table: says which are missing, writes nothing", async () => {
      const { port, row } = await withOlderProjects();
      const sheet = projects().sheet;
      // A note in the column right of the table, on its first body row.
      const noted = await harness.type(port, sheet, `${columnLetter(required().length)}2`, [["ของฉัน"]]);
      const report = await insertAll(noted);
      expect(report.addedColumns).toEqual({});
      expect(report.missingHeaders).toEqual({ Projects: optional().map((c) => c.header) });
      const after = await harness.reopen(noted);
      const [grid] = await after.readTables(["Projects"]);
      expect(grid?.headers).toEqual(required().map((c) => c.header));
      expect(grid?.rows).toEqual([row]);
      const cells = await after.readSheetCells(sheet);
      expect(cells.values[1]?.[required().length]).toBe("ของฉัน");
    });
  });

  describe("what the user typed around a table", () => {
    const sheet = () => template("Strategies").sheet;
    const width = () => template("Strategies").columns.length;

    it("rows typed below a table are delivered below it, within its columns, to the last that holds anything", async () => {
      const port = await withStrategies([
        [1, "ก"],
        [2, "ข"],
      ]);
      // Rows 4–6 under the table (it does not grow); a note beside them, outside the table's columns.
      let typed = await harness.type(port, sheet(), "A4", [
        [3, "ค"],
        [null, null],
        [null, "ง"],
      ]);
      typed = await harness.type(typed, sheet(), `${columnLetter(width() + 1)}4`, [["โน้ต"]]);
      const [grid] = await typed.readTables(["Strategies"]);
      expect(grid?.rows).toEqual([
        [1, "ก"],
        [2, "ข"],
      ]);
      expect(grid?.firstRowBelow).toBe(3);
      expect(grid?.rowsBelow).toEqual([
        [3, "ค"],
        [null, null],
        [null, "ง"],
      ]);
    });

    it("appending never writes over what was typed below a table: refused, nothing written", async () => {
      const port = await withStrategies([[1, "ก"]]);
      const typed = await harness.type(port, sheet(), "B3", [["พิมพ์ไว้ใต้ตาราง"]]);
      await expect(typed.appendTableRows("Strategies", [[2, "ข"]])).rejects.toThrow();
      const [grid] = await (await harness.reopen(typed)).readTables(["Strategies"]);
      expect(grid?.rows).toEqual([[1, "ก"]]);
      expect(grid?.rowsBelow).toEqual([[null, "พิมพ์ไว้ใต้ตาราง"]]);
    });

    it("merged areas over a table's rows are delivered where the host can tell; those elsewhere are not", async () => {
      const port = await withStrategies([
        [1, "ก"],
        [2, "ข"],
        [3, "ค"],
      ]);
      // One text merged over two rows (as a budget merged over two projects), and a merge beside the table.
      let merged = await harness.merge(port, sheet(), "B2:B3");
      const beside = columnLetter(width() + 1);
      merged = await harness.merge(merged, sheet(), `${beside}2:${beside}3`);
      const [grid] = await (await harness.reopen(merged)).readTables(["Strategies"]);
      // The hidden cell reads blank either way, so one value never stands for two rows unseen.
      expect(grid?.rows).toEqual([
        [1, "ก"],
        [2, null],
        [3, "ค"],
      ]);
      expect(grid?.merges).toEqual(
        harness.readsMerges ? [{ row: 1, column: 1, rowCount: 2, columnCount: 1 }] : [],
      );
    });
  });

  describe("appending rows and writing cells", () => {
    it("fills a new table's blank row first, then goes below; text stays text", async () => {
      const port = await harness.open(NEW_WORKBOOK);
      await insertAll(port);
      const first = [projectRow("=1+1", 30000), projectRow("001", 0)];
      await port.appendTableRows("Projects", first);
      let reopened = await harness.reopen(port);
      expect((await reopened.readTables(["Projects"]))[0]?.rows).toEqual(first);

      const more = [projectRow("+66 81 234 5678", 12.5), projectRow("@ถนน", 1_000_000)];
      await reopened.appendTableRows("Projects", more);
      reopened = await harness.reopen(reopened);
      const [grid] = await reopened.readTables(["Projects"]);
      expect(grid?.rows).toEqual([...first, ...more]);
      // Still one table over all of them: appending extends it.
      expect(await reopened.readTables(["Projects"])).toHaveLength(1);
    });

    it("appends below the last row that holds anything, not below trailing blank rows", async () => {
      const port = await withStrategies([
        [1, "ก"],
        [2, "ข"],
        [3, "ค"],
      ]);
      await port.writeTableCells("Strategies", [
        { row: 2, column: 0, value: null },
        { row: 2, column: 1, value: null },
      ]);
      await port.appendTableRows("Strategies", [[4, "ง"]]);
      const [grid] = await (await harness.reopen(port)).readTables(["Strategies"]);
      expect(grid?.rows).toEqual([
        [1, "ก"],
        [2, "ข"],
        [4, "ง"],
      ]);
    });

    it("overwrites single body cells (a blank setting's value)", async () => {
      const port = await harness.open(NEW_WORKBOOK);
      await insertAll(port);
      await port.writeTableCells("PlanSettings", [
        { row: 0, column: 1, value: "องค์การบริหารส่วนตำบลหนองแสงทอง" },
        { row: 1, column: 1, value: 2570 },
      ]);
      const [grid] = await (await harness.reopen(port)).readTables(["PlanSettings"]);
      expect(grid?.rows[0]?.[1]).toBe("องค์การบริหารส่วนตำบลหนองแสงทอง");
      expect(grid?.rows[1]?.[1]).toBe(2570);
      expect(grid?.rows.slice(2)).toEqual(
        template("PlanSettings")
          .initialRows.slice(2)
          .map((row) => row.map((v) => v || null)),
      );
    });

    it("refuses a cell outside the table's body, writing nothing", async () => {
      const port = await withStrategies([[1, "ก"]]);
      await expect(
        port.writeTableCells("Strategies", [
          { row: 0, column: 1, value: "เปลี่ยน" },
          { row: 5, column: 0, value: 9 },
        ]),
      ).rejects.toThrow(RangeError);
      await expect(port.writeTableCells("Strategies", [{ row: 0, column: 2, value: 9 }])).rejects.toThrow(
        RangeError,
      );
      const reopened = await harness.reopen(port);
      expect((await reopened.readTables(["Strategies"]))[0]?.rows).toEqual([[1, "ก"]]);
      expect(
        (await reopened.readSheetCells("ยุทธศาสตร์")).values
          .slice(0, 8)
          .flat()
          .filter((v) => v === 9),
      ).toEqual([]);
    });
  });

  describe("trailing blank rows", () => {
    it("are not rows: blank rows at a table's end are left out, blank rows between entries stay", async () => {
      const port = await withStrategies([
        [1, "ก"],
        [2, "ข"],
        [3, "ค"],
        [4, "ง"],
      ]);
      const blank = (row: number) => [0, 1].map((column) => ({ row, column, value: null }));
      await port.writeTableCells("Strategies", [...blank(1), ...blank(2), ...blank(3)]);
      const [onlyFirst] = await (await harness.reopen(port)).readTables(["Strategies"]);
      expect(onlyFirst?.rows).toEqual([[1, "ก"]]);

      await port.writeTableCells("Strategies", [{ row: 2, column: 1, value: "ค" }]);
      const [gap] = await (await harness.reopen(port)).readTables(["Strategies"]);
      // Row positions stay true (issues point at cells): the blank second row is still there.
      expect(gap?.rows).toEqual([
        [1, "ก"],
        [null, null],
        [null, "ค"],
      ]);
    });
  });

  describe("generated sheets", () => {
    const specs = (rows: number): SheetSpec[] => [
      syntheticSheetSpec(rows, "ผด.02"),
      syntheticSheetSpec(1, "ผด.01"),
    ];
    const valuesOf = (spec: SheetSpec) =>
      spec.rows.map((row) =>
        row.cells.map((cell) => (cell?.value === undefined || cell.value === "" ? null : cell.value)),
      );

    it("writes them with their owner mark; every value reads back as written", async () => {
      const port = await harness.open(NEW_WORKBOOK);
      const written = specs(6);
      const result = await port.writeSheets(written, STAMP, "fingerprint-1");
      expect(result.manualSteps.length > 0).toBe(harness.printSetupByHand);
      const reopened = await harness.reopen(port);
      const sheets = byName(await reopened.listSheets());
      for (const spec of written) {
        expect(sheets.get(spec.name)?.owner).toMatchObject({ kind: spec.owner.kind });
        const cells = await reopened.readSheetCells(spec.name);
        const width = spec.columns.length;
        expect(cells.values.slice(0, spec.rows.length).map((row) => row.slice(0, width))).toEqual(
          valuesOf(spec),
        );
      }
      expect(sheets.get("Sheet1")?.owner).toBeNull();
    });

    it("rewrites its own sheets in place: nothing of the longer old sheet is left", async () => {
      const port = await harness.open(NEW_WORKBOOK);
      await port.writeSheets(specs(9), STAMP);
      const reopened = await harness.reopen(port);
      const shorter = specs(2);
      await reopened.writeSheets(shorter, "2026-10-02T09:00:00.000Z");
      const after = await harness.reopen(reopened);
      expect((await after.listSheets()).filter((s) => s.name === "ผด.02")).toHaveLength(1);
      const cells = await after.readSheetCells("ผด.02");
      const spec = shorter[0]!;
      const width = spec.columns.length;
      const rows = cells.values.map((row) => row.slice(0, width));
      expect(rows.slice(0, spec.rows.length)).toEqual(valuesOf(spec));
      expect(
        rows
          .slice(spec.rows.length)
          .flat()
          .filter((v) => v !== null),
      ).toEqual([]);
    });

    it("never writes over a user's sheet of the same name, and writes nothing at all then", async () => {
      const mine: UserRows = [["ตารางของฉัน", 1]];
      const port = await harness.open({ Sheet1: [], "ผด.01": mine });
      await expect(port.writeSheets(specs(3), STAMP)).rejects.toBeInstanceOf(SheetNameTakenError);
      const reopened = await harness.reopen(port);
      expect((await reopened.listSheets()).map((s) => s.name).sort()).toEqual(["Sheet1", "ผด.01"].sort());
      expect((await reopened.readSheetCells("ผด.01")).values.slice(0, 1).map((r) => r.slice(0, 2))).toEqual(
        mine,
      );
    });

    it("removes only its own sheets", async () => {
      const port = await harness.open({ Sheet1: [["ของฉัน"]] });
      await port.writeSheets(specs(2), STAMP);
      const reopened = await harness.reopen(port);
      expect(await reopened.removeOwnedSheets(["ผด.02", "Sheet1", "ไม่มีชีตนี้"])).toEqual(["ผด.02"]);
      expect((await (await harness.reopen(reopened)).listSheets()).map((s) => s.name).sort()).toEqual(
        ["Sheet1", "ผด.01"].sort(),
      );
    });

    /** The values of a generated ผด.02, owner mark included, as the user copies them. */
    async function copiedCells(port: WorkbookPort): Promise<UserRows> {
      const { values } = await port.readSheetCells("ผด.02");
      const copied = values.map((row) =>
        row.map((v) => (typeof v === "string" || typeof v === "number" ? v : null)),
      );
      expect(copied.flat().some((v) => typeof v === "string" && v.startsWith(OWNER_MARK_PREFIX))).toBe(true);
      return copied;
    }

    it("a generated sheet pasted in from another workbook is the user's: never written over, never removed", async () => {
      const other = await harness.open(NEW_WORKBOOK);
      await other.writeSheets(specs(3), STAMP, "fingerprint-1");
      const pasted = await copiedCells(await harness.reopen(other));
      // Last year's ผด.02 pasted into this year's workbook, under the same name.
      const port = await harness.open({ Sheet1: [], "ผด.02": pasted });
      expect(byName(await port.listSheets()).get("ผด.02")?.owner).toBeNull();
      await expect(port.writeSheets(specs(3), STAMP)).rejects.toBeInstanceOf(SheetNameTakenError);
      expect(await port.removeOwnedSheets(["ผด.02"])).toEqual([]);
      const after = await harness.reopen(port);
      expect((await after.listSheets()).map((s) => s.name).sort()).toEqual(["Sheet1", "ผด.02"].sort());
    });

    it("a generated sheet copied to another sheet of its workbook is the user's; the generated one stays ours", async () => {
      const port = await harness.open(NEW_WORKBOOK);
      await port.writeSheets(specs(3), STAMP);
      const copied = await harness.type(port, "สำเนา ผด.02", "A1", await copiedCells(port));
      const sheets = byName(await copied.listSheets());
      expect(sheets.get("สำเนา ผด.02")?.owner).toBeNull();
      expect(sheets.get("ผด.02")?.owner).toMatchObject({ kind: "pd02" });
      expect(await copied.removeOwnedSheets(["สำเนา ผด.02"])).toEqual([]);
    });

    it("arranges its own sheets together in the order given, where the first stands; a user's sheet stays", async () => {
      const port = await harness.open({ ก: [["ของฉัน"]], ข: [["ของฉัน"]] });
      await port.writeSheets([syntheticSheetSpec(2, "ผด.01"), syntheticSheetSpec(2, "ผด.02")], STAMP);
      const typed = await harness.type(port, "ค", "A1", [["ของฉันอีก"]]);
      const book = ["ปก", "ผด.01", "ผด.02", "คำนำ"];
      await typed.writeSheets([syntheticSheetSpec(1, "ปก"), syntheticSheetSpec(1, "คำนำ")], STAMP);
      expect((await typed.listSheets()).map((s) => s.name)).toEqual([
        "ก",
        "ข",
        "ผด.01",
        "ผด.02",
        "ค",
        "ปก",
        "คำนำ",
      ]);
      await typed.arrangeSheets([...book, "ค", "ไม่มีชีตนี้"]);
      const after = await harness.reopen(typed);
      expect((await after.listSheets()).map((s) => s.name)).toEqual(["ก", "ข", ...book, "ค"]);
      expect((await after.readSheetCells("ค")).values[0]?.[0]).toBe("ของฉันอีก");
      expect(byName(await after.listSheets()).get("คำนำ")?.owner).toMatchObject({ kind: "pd02" });
    });

    it("reading a sheet that is not there is refused", async () => {
      const port = await harness.open(NEW_WORKBOOK);
      await expect(port.readSheetCells("ไม่มีชีตนี้")).rejects.toThrow();
    });
  });

  describe("pictures", () => {
    const picture = (row: number, column: number, rgb: [number, number, number]): ImageSpec => ({
      data: pngImage(8, 6, rgb),
      format: "png",
      row,
      column,
      offsetXPt: 2,
      offsetYPt: 3,
      widthPt: 40,
      heightPt: 30,
      description: `รูป ${row}`,
    });

    it("a host that places pictures reads them back, top to bottom, with their bytes and cells", async () => {
      const port = await harness.open(NEW_WORKBOOK);
      // Either both or neither: a host that places pictures can give them back (the settings sheet's).
      expect(port.readSheetPictures !== undefined).toBe(port.writesImages === true);
      if (!port.writesImages) return;
      const lower = picture(4, 2, [0, 120, 0]);
      const upper = picture(1, 3, [200, 0, 0]);
      await port.writeSheets([{ ...syntheticSheetSpec(6, "ประกาศ"), images: [lower, upper] }], STAMP);

      const reopened = await harness.reopen(port);
      const read = (await reopened.readSheetPictures?.("ประกาศ")) ?? [];
      expect(read.map(({ data, row, column }) => ({ data: [...data], row, column }))).toEqual(
        [upper, lower].map(({ data, row, column }) => ({ data: [...data], row, column })),
      );
      expect(await reopened.readSheetPictures?.("ไม่มีชีตนี้")).toEqual([]);
    });
  });
});
