import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Workbook, type Worksheet } from "exceljs";
import { XlsxWorkbook } from "../../src/adapters/xlsx/XlsxWorkbook";
import { writeSamplePlan } from "../fixtures/planWorkbook";
import { runCli } from "./runCli";

/** The print choices of build and book on the command line: edition label, schedule, signature mark. */
let dir: string;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "action-plan-choices-"));
  await writeSamplePlan(join(dir, "plan.xlsx"));
}, 60_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function sheetsOf(file: string): Promise<Map<string, Worksheet>> {
  const workbook = new Workbook();
  await workbook.xlsx.readFile(join(dir, file));
  return new Map(workbook.worksheets.map((s) => [s.name, s]));
}

function texts(sheet: Worksheet | undefined): string[] {
  const found: string[] = [];
  sheet?.eachRow((row) => row.eachCell((cell) => found.push(String(cell.value ?? ""))));
  return found;
}

/** Cells of a sheet with a solid fill (the schedule's grey when it is drawn as a fill), as the importer reads them. */
async function filledCells(file: string, sheet: string): Promise<number> {
  const workbook = await XlsxWorkbook.fromBuffer(new Uint8Array(await readFile(join(dir, file))));
  return (await workbook.readSheetCells(sheet)).fills.flat().filter((fill) => fill !== null).length;
}

describe("print choices: --edition-label, --schedule, --signature-mark", () => {
  it("build writes what was chosen, and the defaults otherwise", async () => {
    const plain = await runCli(["build", "plan.xlsx", "-o", "plain.xlsx"], { cwd: dir });
    const chosen = await runCli(
      [
        "build",
        "plan.xlsx",
        "-o",
        "chosen.xlsx",
        "--edition-label",
        "chabap",
        "--schedule",
        "fill",
        "--signature-mark",
      ],
      { cwd: dir },
    );
    expect([plain.code, chosen.code, plain.stderr, chosen.stderr]).toEqual([0, 0, "", ""]);
    const [before, after] = [await sheetsOf("plain.xlsx"), await sheetsOf("chosen.xlsx")];
    const later = "ประกาศ เพิ่มเติม 1-2570";
    expect(texts(before.get(later)).some((t) => t.includes("เพิ่มเติม ครั้งที่ 1/2570"))).toBe(true);
    expect(texts(after.get(later)).some((t) => t.includes("เพิ่มเติม ฉบับที่ 1"))).toBe(true);
    expect(texts(after.get(later)).some((t) => t.includes("ครั้งที่ 1/2570"))).toBe(false);
    expect(texts(before.get("ประกาศ")).some((t) => t.startsWith("(ลงชื่อ)"))).toBe(false);
    expect(texts(after.get("ประกาศ")).some((t) => t.startsWith("(ลงชื่อ)"))).toBe(true);
    expect(await filledCells("chosen.xlsx", "ผด.02")).toBeGreaterThan(
      (await filledCells("plain.xlsx", "ผด.02")) + 5,
    );
  }, 60_000);

  it("book takes the same choices (its notice is signed as a typed copy)", async () => {
    const run = await runCli(
      ["book", "plan.xlsx", "-o", "book.xlsx", "--signature-mark", "--schedule", "fill"],
      {
        cwd: dir,
      },
    );
    expect(run.code).toBe(0);
    const sheets = await sheetsOf("book.xlsx");
    expect(texts(sheets.get("ประกาศ")).some((t) => t.startsWith("(ลงชื่อ)"))).toBe(true);
    expect(await filledCells("book.xlsx", "ผด.02")).toBeGreaterThan(5);
  }, 60_000);

  it("book --appendix ends the book with its ภาคผนวก page", async () => {
    const run = await runCli(["book", "plan.xlsx", "-o", "appendix.xlsx", "--appendix"], { cwd: dir });
    expect(run.code).toBe(0);
    const names = [...(await sheetsOf("appendix.xlsx")).keys()];
    expect(names.slice(-2)).toEqual(["ผด.02-1", "ภาคผนวก"]);
    expect(texts((await sheetsOf("appendix.xlsx")).get("สารบัญ")).some((t) => t.includes("ภาคผนวก"))).toBe(
      true,
    );
  }, 60_000);

  it("demo checks its print choices before it writes anything", async () => {
    const run = await runCli(["demo", "never-demo", "--schedule", "stars"], { cwd: dir });
    expect(run.code).toBe(2);
    expect(existsSync(join(dir, "never-demo"))).toBe(false);
  }, 60_000);

  it("report signs the notice of the results as a typed copy only when asked", async () => {
    const plain = await runCli(["report", "plan.xlsx", "-o", "report.xlsx"], { cwd: dir });
    const copy = await runCli(["report", "plan.xlsx", "-o", "report-copy.xlsx", "--signature-mark"], {
      cwd: dir,
    });
    expect([plain.code, copy.code]).toEqual([0, 0]);
    const signed = async (file: string) =>
      texts((await sheetsOf(file)).get("ประกาศผลการติดตาม")).some((t) => t.startsWith("(ลงชื่อ)"));
    expect([await signed("report.xlsx"), await signed("report-copy.xlsx")]).toEqual([false, true]);
  }, 60_000);

  it.each([
    ["--edition-label", "ครั้งละ"],
    ["--schedule", "stars"],
  ])(
    "an unknown %s value is refused in one line naming the choices, writing nothing",
    async (option, value) => {
      const run = await runCli(["build", "plan.xlsx", "-o", "never.xlsx", option, value], { cwd: dir });
      expect(run.code).toBe(2);
      expect(run.stderr.trim().split("\n")).toHaveLength(1);
      expect(run.stderr).toContain(option);
      expect(run.stderr).toContain(value);
      expect(existsSync(join(dir, "never.xlsx"))).toBe(false);
    },
    60_000,
  );
});
