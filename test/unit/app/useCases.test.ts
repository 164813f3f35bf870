import type { TableGrid } from "../../../src/domain/grid/TableGrid";
import { FakeWorkbook } from "../../builders/FakeWorkbook";
import { sampleTables } from "../../../src/sample/samplePlan";
import type { BuildOptions, BuildProgress } from "../../../src/app/AppServices";
import { analyseWorkbook } from "../../../src/app/analyseWorkbook";
import { buildTablesFrom } from "../../../src/app/buildTables";
import type { CellNavigator } from "../../../src/app/CellNavigator";
import { createAppServices } from "../../../src/app/createAppServices";
import { overview } from "../../../src/app/overview";
import type { ManualStep } from "../../../src/app/WorkbookPort";

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
  return withCell("Projects", row, header, value);
}

/** The sample's tables with one cell of one table replaced (row index in the body, header text). */
function withCell(table: string, row: number, header: string, value: string): TableGrid[] {
  return sampleTables().map((grid) => {
    if (grid.name !== table) return grid;
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
    ]);
    expect(workbook.written).toHaveLength(1);
    expect(workbook.written[0]?.generatedAt).toBe("2026-11-27T10:00:00Z");
    // Every sheet is laid out before the one write, and the write is reported as such (this fake
    // reports no batches, like the file adapter).
    expect(progress).toEqual([
      ...report.sheets.map((sheet, i) => ({ phase: "layout", done: i + 1, total: 7, sheet })),
      { phase: "write", sheets: 7, batches: null },
    ]);
  });

  it("passes on the write batches a port reports, after every sheet is laid out", async () => {
    const workbook = new FakeWorkbook(sampleTables(), [], async (report) => {
      report({ done: 1, total: 2 });
      report({ done: 2, total: 2 });
    });
    const services = createAppServices({ workbook, navigator, clock: () => "t" });
    const progress: BuildProgress[] = [];
    await services.buildTables({ ...OPTIONS, consolidated: false }, (p) => progress.push(p));
    expect(progress.map((p) => (p.phase === "layout" ? `layout ${p.done}/${p.total}` : p.batches))).toEqual([
      "layout 1/4",
      "layout 2/4",
      "layout 3/4",
      "layout 4/4",
      null,
      { done: 1, total: 2 },
      { done: 2, total: 2 },
    ]);
  });

  it("deletes the generated sheets of an edition whose code was changed, and keeps the rest", async () => {
    const workbook = new FakeWorkbook(sampleTables());
    const services = createAppServices({ workbook, navigator, clock: () => "2026-11-27T10:00:00Z" });
    const all = { ...OPTIONS, editions: ["หลัก", "เพิ่มเติม 1/2570", "เพิ่มเติม 2/2570"] };
    expect((await services.buildTables(all)).removedSheets).toEqual([]);

    // The user renumbers เพิ่มเติม 2/2570 as 3/2570, in the edition record and on its project rows.
    const renumber = (v: unknown) => (v === "เพิ่มเติม 2/2570" ? "เพิ่มเติม 3/2570" : v);
    workbook.tables = workbook.tables.map((grid) => ({
      ...grid,
      rows: grid.rows.map((row) => row.map(renumber) as typeof row),
    }));
    const report = await services.buildTables({
      ...all,
      editions: ["หลัก", "เพิ่มเติม 1/2570", "เพิ่มเติม 3/2570"],
    });
    expect(report.removedSheets).toEqual([
      "ผด.01 เพิ่มเติม 2-2570",
      "ผด.02 เพิ่มเติม 2-2570",
      "ผด.02-1 เพิ่มเติม 2-2570",
      "ประกาศ เพิ่มเติม 2-2570",
    ]);
    const left = (await workbook.listSheets()).map((s) => s.name);
    expect(left).toEqual(expect.arrayContaining(["ผด.01", "ผด.01 เพิ่มเติม 1-2570", "ผด.01 เพิ่มเติม 3-2570"]));
    expect(left).toContain("ผด.01 ฉบับรวม");
    expect(left.filter((name) => name.includes("2-2570"))).toEqual([]);
  });

  it("keeps other editions' sheets when one edition is built alone", async () => {
    const workbook = new FakeWorkbook(sampleTables());
    const services = createAppServices({ workbook, navigator, clock: () => "t" });
    await services.buildTables({ ...OPTIONS, editions: ["หลัก", "เพิ่มเติม 1/2570"], consolidated: false });
    const report = await services.buildTables({ ...OPTIONS, editions: ["หลัก"], consolidated: false });
    expect(report.removedSheets).toEqual([]);
    expect((await workbook.listSheets()).map((s) => s.name)).toContain("ผด.01 เพิ่มเติม 1-2570");
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

  it("adds edition deadlines to validation, measured against the injected clock's date", async () => {
    const onTime = createAppServices({
      workbook: new FakeWorkbook(sampleTables()),
      navigator,
      clock: () => "2026-11-27T03:00:00Z",
    });
    expect((await onTime.validate()).issues.filter((i) => i.code.startsWith("edition-"))).toEqual([]);

    // The main edition announced 20 Nov 2026, 36 days after its trigger of 15 Sep.
    const late = createAppServices({
      workbook: new FakeWorkbook(withCell("Editions", 0, "วันที่ประกาศ", "20/11/2569")),
      navigator,
      clock: () => "2026-11-27T03:00:00Z",
    });
    expect((await late.validate()).issues).toContainEqual(
      expect.objectContaining({
        code: "edition-announcement-late",
        severity: "warning",
        location: { sheet: "ฉบับ", cell: "G2" },
        params: expect.objectContaining({ daysLate: 36 }),
      }),
    );
  });

  it("reports a committee review not yet recorded only once it is due by the pane's today", async () => {
    // The first addition's trigger is 20 Feb 2027: its review is due by 22 Mar 2027.
    const tables = withCell("Editions", 1, "วันที่คณะกรรมการพัฒนาฯ พิจารณา", "");
    const missingOn = async (today: string) =>
      (
        await createAppServices({
          workbook: new FakeWorkbook(tables),
          navigator,
          clock: () => "2026-11-27T03:00:00Z",
          today: () => today,
        }).validate()
      ).issues.filter((i) => i.code === "edition-date-missing");
    expect(await missingOn("2027-03-22")).toEqual([]);
    expect(await missingOn("2027-03-23")).toEqual([
      expect.objectContaining({ params: expect.objectContaining({ field: "committeeReviewDate" }) }),
    ]);
  });

  it("tells in the overview which generated sheets are stale against the current input", async () => {
    const workbook = new FakeWorkbook(sampleTables());
    const services = createAppServices({ workbook, navigator, clock: () => "2026-11-27T03:00:00Z" });
    expect((await services.overview()).generatedSheets).toEqual([]);
    await services.buildTables(OPTIONS);
    const fresh = await services.overview();
    expect(fresh.inputFingerprint).toMatch(/^[0-9a-f]{8}$/u);
    expect(fresh.generatedSheets).toHaveLength(7);
    expect(
      fresh.generatedSheets.every((s) => !s.stale && s.inputFingerprint === fresh.inputFingerprint),
    ).toBe(true);
    expect(fresh.generatedSheets[0]).toMatchObject({ name: "ผด.01", edition: "หลัก" });

    workbook.tables = withProjectCell(0, "งบประมาณ (บาท)", "999000");
    const changed = await services.overview();
    expect(changed.inputFingerprint).not.toBe(fresh.inputFingerprint);
    expect(changed.generatedSheets.every((s) => s.stale)).toBe(true);
  });

  it("returns the port's manual print steps with the build report", async () => {
    const step: ManualStep = {
      code: "office.degraded.print-setup-needs-excelapi-1.9",
      sheet: "ผด.01",
      params: {
        paper: "A4",
        orientation: "landscape",
        fitToPagesWide: 1,
        marginTopInches: 0.5,
        marginBottomInches: 0.5,
        marginLeftInches: 0.4,
        marginRightInches: 0.4,
      },
    };
    const workbook = new FakeWorkbook(sampleTables(), [step]);
    const report = await createAppServices({ workbook, navigator, clock: () => "t" }).buildTables(OPTIONS);
    expect(report.manualSteps).toEqual([step]);
  });

  it("reads the tables once for an overview, and once for a build from an analysis already made", async () => {
    const workbook = new FakeWorkbook(sampleTables());
    const reads = jest.spyOn(workbook, "readTables");
    await overview(workbook);
    expect(reads).toHaveBeenCalledTimes(1);

    reads.mockClear();
    const analysis = await analyseWorkbook(workbook);
    const report = await buildTablesFrom(workbook, analysis, OPTIONS, () => "2026-11-27T03:00:00Z");
    expect(reads).toHaveBeenCalledTimes(1);
    expect(report.sheets).toContain("ผด.02");
    expect(workbook.written[0]?.inputFingerprint).toBe(analysis.inputFingerprint);
  });

  it("passes cell navigation to the navigator", async () => {
    const services = createAppServices({ workbook: new FakeWorkbook([]), navigator, clock: () => "t" });
    await services.selectCell({ sheet: "โครงการ", cell: "F12" });
    expect(navigator.selectCell).toHaveBeenCalledWith({ sheet: "โครงการ", cell: "F12" });
  });
});
