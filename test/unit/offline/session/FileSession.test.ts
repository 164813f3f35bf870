import ExcelJS from "exceljs";
import JSZip from "jszip";
import { editWithExceljs, samplePlanBytes } from "../../../fixtures/planWorkbook";
import { XlsxWorkbook } from "../../../../src/adapters/xlsx/XlsxWorkbook";
import type { BuildOptions } from "../../../../src/app/AppServices";
import { TemplateStructureError } from "../../../../src/domain/parse/TemplateStructureError";
import followUpFixture from "../../../../src/sample/sample-follow-up-2570.json";
import sample from "../../../../src/sample/sample-plan-2570.json";
import {
  SAMPLE_FOLLOW_UP_RECORDED_ON,
  sampleTemplateRowsWithFollowUp,
} from "../../../../src/sample/sampleFollowUp";
import { PLAN_BOOK } from "../../../../src/offline/worker/planBook";
import { FileSession } from "../../../../src/offline/session/FileSession";
import type { WorkProgress } from "../../../../src/offline/session/OfflineBackend";
import { UnreadableFileError } from "../../../../src/offline/session/UnreadableFileError";

const MAIN: BuildOptions = {
  editions: ["หลัก"],
  consolidated: false,
  thaiDigits: false,
  excludeUnbudgeted: false,
  font: "TH SarabunPSK",
};
const CHOICES = { thaiDigits: false, excludeUnbudgeted: false, font: "TH SarabunPSK" } as const;
const AT = "2026-11-27T03:00:00.000Z";
const TODAY = "2026-11-27";

async function opened(bytes: Uint8Array, session = new FileSession()): Promise<FileSession> {
  await session.open({ bytes });
  return session;
}

async function exceljs(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(bytes as unknown as ArrayBuffer);
  return book;
}

/** ผด.01's grand total (column D of the row รวมทั้งสิ้น), as exceljs reads it. */
function pd01Total(book: ExcelJS.Workbook): unknown {
  const sheet = book.getWorksheet("ผด.01");
  let total: unknown = null;
  sheet?.eachRow((row) => {
    if (String(row.getCell(1).value ?? "").trim() === "รวมทั้งสิ้น") total = row.getCell(4).value;
  });
  return total;
}

describe("FileSession: the offline page's work on one workbook file", () => {
  it("reads the plan: overview, no issues, the sample's totals, the deadlines", async () => {
    const session = await opened(await samplePlanBytes());
    const overview = await session.overview();
    expect(overview.organisationName).toBe(sample.organisation.name);
    expect(overview.templatePresent).toBe(true);
    const progress: WorkProgress[] = [];
    const report = await session.validate({ today: TODAY }, (p) => progress.push(p));
    expect(report.errorCount).toBe(0);
    // The tables were parsed for the overview already: the check reads them from memory.
    expect(progress).toEqual([{ phase: "check" }]);
    const summary = await session.summarize({ edition: "หลัก" });
    expect({ projects: summary.total.projects, budget: summary.total.budget / 100 }).toEqual({
      projects: sample.expected.main.projects,
      budget: sample.expected.main.budget,
    });
    expect((await session.timeline({ edition: "หลัก", today: TODAY })).map((s) => s.step)).toContain(
      "announcement",
    );
  });

  it("builds a copy with the official tables whose ผด.01 total is the sample's; the file as opened stays", async () => {
    const bytes = await samplePlanBytes();
    const original = new Uint8Array(bytes);
    const session = await opened(bytes);
    const phases: string[] = [];
    const { report, file, tablesOnly } = await session.build({ options: MAIN, generatedAt: AT }, (p) =>
      phases.push(p.phase),
    );
    expect(report.blockingIssues).toEqual([]);
    expect(tablesOnly).toBe(false);
    expect(phases).toEqual(expect.arrayContaining(["layout", "write", "pack"]));
    const built = await exceljs(file!.bytes);
    expect(pd01Total(built)).toBe(sample.expected.main.budget);
    expect(built.worksheets.map((s) => s.name)).toEqual(
      expect.arrayContaining(["โครงการ", "ผด.01", "ประกาศ"]),
    );
    expect(Buffer.from(bytes).equals(Buffer.from(original))).toBe(true);
    // A second build starts from the file as opened again, not from the first copy.
    const again = await session.build({ options: MAIN, generatedAt: AT }, () => undefined);
    expect((await exceljs(again.file!.bytes)).worksheets.length).toBe(built.worksheets.length);
    expect((await session.overview()).generatedSheets).toEqual([]);
  });

  it("refuses to build a plan with errors and makes no file", async () => {
    const bytes = await editWithExceljs(await samplePlanBytes(), (edit) =>
      edit.setCell("โครงการ", "F3", "สามหมื่น"),
    );
    const session = await opened(bytes);
    const { report, file } = await session.build({ options: MAIN, generatedAt: AT });
    expect(report.blockingIssues.map((i) => i.location?.cell)).toContain("F3");
    expect(file).toBeNull();
  });

  it("marks the problem cells in a copy, with the message in the language asked", async () => {
    const bytes = await editWithExceljs(await samplePlanBytes(), (edit) =>
      edit.setCell("โครงการ", "F3", "สามหมื่น"),
    );
    const session = await opened(bytes);
    const { issues } = await session.validate({ today: TODAY });
    const { report, file } = await session.markedCopy({ issues, language: "en" });
    expect(report.marked).toBe(issues.length);
    const cell = (await exceljs(file.bytes)).getWorksheet("โครงการ")!.getCell("F3");
    expect(JSON.stringify(cell.note)).toMatch(/Error: Budget/u);
    expect(cell.value).toBe("สามหมื่น");
  });

  it("adds the template to a workbook that lacks it, keeping the user's sheet; a blank template too", async () => {
    const raw = new ExcelJS.Workbook();
    raw.addWorksheet("งานของฉัน").getCell("A1").value = "ข้อมูลเดิม";
    const session = await opened(new Uint8Array(await raw.xlsx.writeBuffer()));
    expect((await session.overview()).templatePresent).toBe(false);
    await expect(session.validate({ today: TODAY })).rejects.toBeInstanceOf(TemplateStructureError);
    const { report, file } = await session.withTemplate();
    expect(report.created).toEqual(expect.arrayContaining(["Projects", "Strategies"]));
    const copy = await exceljs(file.bytes);
    expect(copy.getWorksheet("งานของฉัน")?.getCell("A1").value).toBe("ข้อมูลเดิม");
    expect(copy.getWorksheet("โครงการ")).toBeDefined();
    const blank = await XlsxWorkbook.fromBuffer((await new FileSession().blankTemplate()).bytes);
    expect((await blank.readTables(["Projects"])).map((t) => t.name)).toEqual(["Projects"]);
  });

  it("imports nothing and makes no file when the workbook has no hand-made ผด.02", async () => {
    const session = await opened(await samplePlanBytes());
    const { report, file } = await session.importSheet();
    expect(report.outcome).not.toBe("imported");
    expect(file).toBeNull();
  });

  it.each([
    ["empty", new Uint8Array(0)],
    ["not-workbook", new TextEncoder().encode("ที่,โครงการ\n1,ถนน\n")],
  ])("says why a file cannot be read: %s", async (reason, bytes) => {
    const session = new FileSession();
    const failure = session.open({ bytes });
    await expect(failure).rejects.toBeInstanceOf(UnreadableFileError);
    await expect(failure).rejects.toMatchObject({ reason });
    await expect(session.overview()).rejects.toThrow(/No workbook is open/u);
  });

  it("builds a workbook of the tables only from a Strict Open XML file, and says so", async () => {
    const zip = await JSZip.loadAsync(await samplePlanBytes());
    const workbook = await zip.file("xl/workbook.xml")!.async("string");
    zip.file(
      "xl/workbook.xml",
      workbook.replace(
        'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"',
        'xmlns="http://purl.oclc.org/ooxml/spreadsheetml/main"',
      ),
    );
    const session = new FileSession();
    const info = await session.open({ bytes: await zip.generateAsync({ type: "uint8array" }) });
    expect(info.strict).toBe(true);
    const { file, tablesOnly } = await session.build({ options: MAIN, generatedAt: AT });
    expect(tablesOnly).toBe(true);
    const tables = await exceljs(file!.bytes);
    expect(tables.worksheets.map((s) => s.name)).toEqual(["ผด.01", "ผด.02", "ผด.02-1", "ประกาศ"]);
    expect(pd01Total(tables)).toBe(sample.expected.main.budget);
    await expect(session.withTemplate()).rejects.toMatchObject({ reason: "strict" });
  });

  it("makes the plan book only when its use case is wired in", async () => {
    const without = new FileSession();
    expect((await without.open({ bytes: await samplePlanBytes() })).book).toBe(false);
    await expect(without.book({ ...CHOICES, edition: "หลัก", generatedAt: AT })).rejects.toThrow(
      /not in this version/u,
    );
    const calls: string[] = [];
    const withBook = new FileSession({
      book: async (port, analysis, request) => {
        calls.push(`${request.edition} ${analysis.plan.projects.length}`);
        await port.writeSheets([], AT);
        return { sheets: ["ปก"], blockingIssues: [] };
      },
    });
    expect((await withBook.open({ bytes: await samplePlanBytes() })).book).toBe(true);
    const result = await withBook.book({ ...CHOICES, edition: "หลัก", generatedAt: AT });
    expect(result.sheets).toEqual(["ปก"]);
    expect(result.file?.bytes.length).toBeGreaterThan(0);
    expect(calls).toEqual([`หลัก ${sample.projects.length}`]);
  });

  it("follows the year: the follow-up as of a day, and a copy with the report sheets", async () => {
    const session = await opened(await samplePlanBytes(sampleTemplateRowsWithFollowUp()));
    const view = await session.followUp({ edition: null, today: SAMPLE_FOLLOW_UP_RECORDED_ON });
    const done = Object.values(followUpFixture.projects).filter((p) => p.status === "ดำเนินการแล้วเสร็จ");
    expect(view.recorded).toBe(true);
    expect(view.report.total.projects).toBe(sample.projects.length);
    expect(view.report.total.byStatus["ดำเนินการแล้วเสร็จ"]).toBe(done.length);
    const options = {
      sets: ["6"] as const,
      edition: null,
      thaiDigits: false,
      font: "TH SarabunPSK" as const,
    };
    const result = await session.followUpSheets({ options, generatedAt: AT });
    expect(result.tablesOnly).toBe(false);
    expect(result.report.sheets.length).toBeGreaterThan(0);
    const copy = await exceljs(result.file?.bytes ?? new Uint8Array());
    const names = copy.worksheets.map((w) => w.name);
    for (const sheet of result.report.sheets) expect(names).toContain(sheet);
    // The user's sheets are still there.
    expect(names).toContain("ตั้งค่า");
  });

  it("makes the sample's plan book with the use case the page's worker wires in", async () => {
    const session = new FileSession({ book: PLAN_BOOK });
    await session.open({ bytes: await samplePlanBytes() });
    // A typed copy's notice, as chosen in step 4: the page passes the choices to the book.
    const result = await session.book({ ...CHOICES, signatureMark: true, edition: "หลัก", generatedAt: AT });
    expect(result.blockingIssues).toEqual([]);
    expect(result.sheets.slice(0, 4)).toEqual(["ปก", "ประกาศ", "คำนำ", "สารบัญ"]);
    const copy = await exceljs(result.file?.bytes ?? new Uint8Array());
    const names = copy.worksheets.map((w) => w.name);
    for (const sheet of result.sheets) expect(names).toContain(sheet);
    expect(pd01Total(copy)).toBe(sample.expected.main.budget);
    const notice: string[] = [];
    copy.getWorksheet("ประกาศ")?.eachRow((row) => row.eachCell((cell) => notice.push(String(cell.value))));
    expect(notice.some((text) => text.startsWith("(ลงชื่อ)"))).toBe(true);
  });
});
