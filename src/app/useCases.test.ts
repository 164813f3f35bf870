import type { TableGrid } from "../domain/grid/TableGrid";
import type { SheetSpec } from "../domain/layout/SheetSpec";
import type { TemplateTable } from "../domain/template/templateSpec";
import { sampleTables } from "../sample/samplePlan";
import type { BuildOptions, BuildProgress } from "./AppServices";
import type { CellNavigator } from "./CellNavigator";
import { createAppServices } from "./createAppServices";
import type { SheetInfo, TemplateReport, WorkbookPort } from "./WorkbookPort";

/** An in-memory workbook: tables as grids, and a record of what was written. */
class FakeWorkbook implements WorkbookPort {
  written: { specs: readonly SheetSpec[]; generatedAt: string }[] = [];
  constructor(private readonly tables: TableGrid[]) {}
  async readTables(names: readonly string[]): Promise<TableGrid[]> {
    return this.tables.filter((t) => names.includes(t.name));
  }
  async listSheets(): Promise<SheetInfo[]> {
    return [];
  }
  async insertTemplate(tables: readonly TemplateTable[]): Promise<TemplateReport> {
    return { created: tables.map((t) => t.table), kept: [], missingHeaders: {}, degraded: [] };
  }
  async writeSheets(specs: readonly SheetSpec[], generatedAt: string): Promise<void> {
    this.written.push({ specs, generatedAt });
  }
}

const navigator: CellNavigator = {
  selectCell: jest.fn(),
  highlightIssues: jest.fn(),
  clearHighlights: jest.fn(),
};
const OPTIONS: BuildOptions = {
  editions: ["หลัก"],
  consolidated: true,
  thaiDigits: false,
  excludeUnbudgeted: false,
  font: "TH SarabunPSK",
};

/** The sample's Projects grid with one cell replaced (row index in the body, header text). */
function withProjectCell(row: number, header: string, value: string): TableGrid[] {
  return sampleTables().map((grid) => {
    if (grid.name !== "Projects") return grid;
    const column = grid.headers.indexOf(header);
    return {
      ...grid,
      rows: grid.rows.map((r, i) => (i === row ? r.map((v, c) => (c === column ? value : v)) : r)),
    };
  });
}

describe("createAppServices over a workbook port", () => {
  it("builds the main edition and the consolidated set in one write, stamped by the injected clock", async () => {
    const workbook = new FakeWorkbook(sampleTables());
    const services = createAppServices({ workbook, navigator, clock: () => "2026-11-27T10:00:00Z" });
    const progress: BuildProgress[] = [];
    const report = await services.buildTables(OPTIONS, (p) => progress.push(p));
    expect(report.blockingIssues).toEqual([]);
    expect(report.sheets).toEqual([
      "ผด.01",
      "ผด.02",
      "ผด.02-1",
      "ประกาศ",
      "ผด.01 ฉบับรวม",
      "ผด.02 ฉบับรวม",
      "ผด.02-1 ฉบับรวม",
      "ประกาศ ฉบับรวม",
    ]);
    expect(workbook.written).toHaveLength(1);
    expect(workbook.written[0]?.generatedAt).toBe("2026-11-27T10:00:00Z");
    expect(progress.at(-1)).toEqual({ done: 8, total: 8, sheet: "ประกาศ ฉบับรวม" });
  });

  it("refuses to build a plan with errors and writes nothing", async () => {
    const workbook = new FakeWorkbook(withProjectCell(0, "หมวด", "ค่าใช้สอย"));
    const report = await createAppServices({ workbook, navigator, clock: () => "t" }).buildTables(OPTIONS);
    expect(report.sheets).toEqual([]);
    expect(report.blockingIssues).toContainEqual(
      expect.objectContaining({ code: "invalid-budget-pair", location: { sheet: "โครงการ", cell: "X2" } }),
    );
    expect(workbook.written).toEqual([]);
  });

  it("validates with counts, and summarises one edition", async () => {
    const services = createAppServices({
      workbook: new FakeWorkbook(withProjectCell(20, "แผนงาน", "แผนงานการพานิชย์")),
      navigator,
      clock: () => "t",
    });
    const report = await services.validate();
    expect(report).toMatchObject({ errorCount: 0, warningCount: 1 });
    const main = await services.summarize("หลัก");
    expect(main.total.projects).toBe(21);
  });

  it("gives an overview: organisation, fiscal year, editions main first; missing tables when there is no template", async () => {
    const full = await createAppServices({
      workbook: new FakeWorkbook(sampleTables()),
      navigator,
      clock: () => "t",
    }).overview();
    expect(full).toMatchObject({
      organisationName: "องค์การบริหารส่วนตำบลหนองแสงทอง",
      fiscalYear: 2570,
      templatePresent: true,
      missingTables: [],
    });
    expect(full.editions[0]).toBe("หลัก");
    expect(full.editions).toEqual(expect.arrayContaining(["เพิ่มเติม 1/2570", "เพิ่มเติม 2/2570"]));
    const empty = await createAppServices({
      workbook: new FakeWorkbook([]),
      navigator,
      clock: () => "t",
    }).overview();
    expect(empty).toMatchObject({
      templatePresent: false,
      missingTables: ["PlanSettings", "Strategies", "Projects", "Equipment"],
    });
  });

  it("passes cell navigation to the navigator", async () => {
    const services = createAppServices({ workbook: new FakeWorkbook([]), navigator, clock: () => "t" });
    await services.selectCell({ sheet: "โครงการ", cell: "F12" });
    expect(navigator.selectCell).toHaveBeenCalledWith({ sheet: "โครงการ", cell: "F12" });
  });
});
