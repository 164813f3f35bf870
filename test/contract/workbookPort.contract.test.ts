import { syntheticSheetSpec } from "../office/syntheticSheetSpec";
import { SheetNameTakenError, type WorkbookPort } from "../../src/app/WorkbookPort";
import { templateLists } from "../../src/domain/catalog/templateLists";
import type { CellValue } from "../../src/domain/grid/CellValue";
import type { SheetSpec } from "../../src/domain/layout/SheetSpec";
import { TEMPLATE_TABLES } from "../../src/domain/template/templateSpec";
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

    it("reading a sheet that is not there is refused", async () => {
      const port = await harness.open(NEW_WORKBOOK);
      await expect(port.readSheetCells("ไม่มีชีตนี้")).rejects.toThrow();
    });
  });
});
