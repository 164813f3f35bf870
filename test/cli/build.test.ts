import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Workbook } from "exceljs";
import JSZip from "jszip";
import * as analysis from "../../src/app/analyseWorkbook";
import { writeSamplePlan } from "../fixtures/planWorkbook";
import { editWithOpenpyxl, sheetNamesByOpenpyxl } from "../tools/openpyxl";
import { runCli } from "./runCli";

let dir: string;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "action-plan-build-"));
  await writeSamplePlan(join(dir, "plan.xlsx"), (workbook) => {
    // A user's own sheet, which a build must leave exactly as it is.
    const notes = workbook.workbook.addWorksheet("บันทึกของฉัน");
    notes.getCell("A1").value = "ประชุมคณะกรรมการ 30 ก.ย.";
    notes.getCell("B2").value = 1234.5;
  });
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function readBack(path: string): Promise<Workbook> {
  const workbook = new Workbook();
  await workbook.xlsx.readFile(path);
  return workbook;
}

const MAIN_SHEETS = ["ผด.01", "ผด.02", "ผด.02-1", "ประกาศ"];

describe("build IN.xlsx -o OUT.xlsx", () => {
  it("adds the four official sheets per edition after the input sheets, with print setup", async () => {
    const run = await runCli(["build", "plan.xlsx", "-o", "built.xlsx"], { cwd: dir });
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    const built = await readBack(join(dir, "built.xlsx"));
    const names = built.worksheets.map((s) => s.name);
    for (const sheet of MAIN_SHEETS) expect(names).toContain(sheet);
    expect(names).toContain("ผด.01 เพิ่มเติม 1-2570");
    // The consolidated set is built on request only (--consolidated).
    expect(names.filter((name) => name.includes("ฉบับรวม"))).toEqual([]);
    // Input sheets first, generated ones after them.
    expect(names.indexOf("บันทึกของฉัน")).toBeLessThan(names.indexOf("ผด.01"));
    expect(names.indexOf("โครงการ")).toBeLessThan(names.indexOf("ผด.01"));

    for (const name of MAIN_SHEETS) {
      const setup = built.getWorksheet(name)!.pageSetup;
      expect(setup.paperSize).toBe(9); // A4
      expect(setup.orientation).toBe(name === "ประกาศ" ? "portrait" : "landscape");
      expect(setup.fitToPage).toBe(true);
      expect(setup.fitToWidth).toBe(1);
      expect(setup.fitToHeight).toBe(0);
      expect(setup.printArea).toMatch(/^\$?A\$?1:\$?[A-Z]+\$?\d+$/u);
    }
    expect(built.getWorksheet("ผด.02")!.pageSetup.printTitlesRow).toMatch(/^\d+:\d+$/u);
    expect(built.getWorksheet("ผด.01")!.headerFooter.oddHeader).toContain("แบบ ผด.01");
  });

  it("adds the consolidated set with --consolidated: ผด.01, ผด.02 and ผด.02-1, no notice", async () => {
    const run = await runCli(["build", "plan.xlsx", "-o", "consolidated.xlsx", "--consolidated"], {
      cwd: dir,
    });
    expect(run.code).toBe(0);
    const names = (await readBack(join(dir, "consolidated.xlsx"))).worksheets.map((s) => s.name);
    expect(names.filter((name) => name.includes("ฉบับรวม"))).toEqual([
      "ผด.01 ฉบับรวม",
      "ผด.02 ฉบับรวม",
      "ผด.02-1 ฉบับรวม",
    ]);
  });

  it("refuses to write over its input: one line, exit 2, the input unchanged", async () => {
    const before = readFileSync(join(dir, "plan.xlsx"));
    const run = await runCli(["build", "plan.xlsx", "-o", "./plan.xlsx"], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr.trim().split("\n")).toHaveLength(1);
    expect(readFileSync(join(dir, "plan.xlsx")).equals(before)).toBe(true);
  });

  it("leaves the user's sheets untouched", async () => {
    const built = await readBack(join(dir, "built.xlsx"));
    const notes = built.getWorksheet("บันทึกของฉัน")!;
    expect(notes.getCell("A1").value).toBe("ประชุมคณะกรรมการ 30 ก.ย.");
    expect(notes.getCell("B2").value).toBe(1234.5);
    const input = await readBack(join(dir, "plan.xlsx"));
    const before = input.getWorksheet("โครงการ")!.getSheetValues();
    expect(built.getWorksheet("โครงการ")!.getSheetValues()).toEqual(before);
  });

  it("is idempotent: building the built workbook again replaces its own sheets", async () => {
    const run = await runCli(["build", "built.xlsx", "-o", "rebuilt.xlsx"], { cwd: dir });
    expect(run.code).toBe(0);
    const first = (await readBack(join(dir, "built.xlsx"))).worksheets.map((s) => s.name);
    const again = await readBack(join(dir, "rebuilt.xlsx"));
    expect(again.worksheets.map((s) => s.name)).toEqual(first);
    expect(again.getWorksheet("ผด.01")!.getSheetValues()).toEqual(
      (await readBack(join(dir, "built.xlsx"))).getWorksheet("ผด.01")!.getSheetValues(),
    );
  });

  it("removes the old sheets of an edition whose code was changed, so validate no longer calls them stale", async () => {
    // The user renumbers เพิ่มเติม 2/2570 as 3/2570 in the built workbook, wherever the code is typed
    // (here with openpyxl, which keeps the workbook's names as Excel does).
    editWithOpenpyxl(join(dir, "built.xlsx"), join(dir, "renumbered.xlsx"), [
      { replace: { from: "เพิ่มเติม 2/2570", to: "เพิ่มเติม 3/2570", sheets: ["ฉบับ", "โครงการ", "ครุภัณฑ์"] } },
    ]);

    const run = await runCli(["build", "renumbered.xlsx", "-o", "renumbered-built.xlsx"], { cwd: dir });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("ผด.01 เพิ่มเติม 2-2570");
    // exceljs cannot read files that went through openpyxl (absolute part names); openpyxl can.
    const names = sheetNamesByOpenpyxl(join(dir, "renumbered-built.xlsx"));
    expect(names).toContain("ผด.01 เพิ่มเติม 3-2570");
    expect(names.filter((name) => name.endsWith("2-2570"))).toEqual([]);
    expect(names).toContain("บันทึกของฉัน");

    // Left behind, those sheets would be named on stderr as out of date, with no build able to fix them.
    const validate = await runCli(["validate", "renumbered-built.xlsx", "--json"], { cwd: dir });
    expect(validate.stderr).toBe("");
  });

  it("never overwrites a user's sheet named ผด.01: one clear line, exit 2, no output file", async () => {
    await writeSamplePlan(join(dir, "taken.xlsx"), (workbook) => {
      workbook.workbook.addWorksheet("ผด.01").getCell("A1").value = "แบบที่ฉันทำเอง";
    });
    const run = await runCli(["build", "taken.xlsx", "-o", "taken-out.xlsx", "--lang", "en"], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("ผด.01");
    expect(run.stderr.trim().split("\n")).toHaveLength(1);
    expect(existsSync(join(dir, "taken-out.xlsx"))).toBe(false);
  });

  it("refuses a plan with errors: prints them, exits 1 and writes nothing", async () => {
    await writeSamplePlan(join(dir, "broken.xlsx"), (w) => w.setCell("โครงการ", "X2", "ค่าใช้สอย"));
    const run = await runCli(["build", "broken.xlsx", "-o", "broken-out.xlsx"], { cwd: dir });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("โครงการ!X2");
    expect(existsSync(join(dir, "broken-out.xlsx"))).toBe(false);
  });

  it("--pdf says clearly when LibreOffice is missing, and still writes the workbook", async () => {
    const run = await runCli(
      ["build", "plan.xlsx", "-o", "nopdf.xlsx", "--pdf", "nopdf.pdf", "--lang", "en"],
      { cwd: dir },
    );
    expect(run.code).toBe(0);
    expect(run.stderr).toContain("LibreOffice");
    expect(existsSync(join(dir, "nopdf.xlsx"))).toBe(true);
  });

  it("--pdf hands the converter a copy in which only the generated sheets are visible", async () => {
    let visible: string[] = [];
    let sheetXml = "";
    const run = await runCli(["build", "plan.xlsx", "-o", "pdf.xlsx", "--pdf", "pdf.pdf"], {
      cwd: dir,
      convertToPdf: async (xlsx) => {
        visible = (await readBack(xlsx)).worksheets.filter((s) => s.state === "visible").map((s) => s.name);
        const zip = await JSZip.loadAsync(readFileSync(xlsx));
        for (const name of Object.keys(zip.files).filter((f) => f.startsWith("xl/worksheets/sheet")))
          sheetXml += await zip.file(name)!.async("string");
        return { ok: true };
      },
    });
    expect(run.code).toBe(0);
    // The printed copy keeps the layout's manual page breaks (a reload through exceljs would drop them).
    expect(sheetXml).toMatch(/<rowBreaks[^>]*><brk /u);
    expect(visible).toContain("ผด.01");
    expect(visible).not.toContain("โครงการ");
    expect(visible).not.toContain("บันทึกของฉัน");
    // The saved workbook itself keeps every sheet visible.
    const saved = await readBack(join(dir, "pdf.xlsx"));
    expect(saved.getWorksheet("โครงการ")!.state).toBe("visible");
  });
});

describe("build options: --font, --thai-digits, --exclude-unbudgeted", () => {
  const fontsOf = (sheet: ReturnType<Workbook["getWorksheet"]>): Set<string | undefined> => {
    const fonts = new Set<string | undefined>();
    sheet!.eachRow((row) => row.eachCell((cell) => void fonts.add(cell.font?.name)));
    return fonts;
  };

  it("sets TH SarabunIT๙ with --font SarabunIT, TH SarabunPSK by default", async () => {
    const run = await runCli(["build", "plan.xlsx", "-o", "it.xlsx", "--font", "SarabunIT"], { cwd: dir });
    expect(run.code).toBe(0);
    const it9 = fontsOf((await readBack(join(dir, "it.xlsx"))).getWorksheet("ผด.02"));
    expect(it9).toContain("TH SarabunIT๙");
    expect(it9).not.toContain("TH SarabunPSK");
    const psk = fontsOf((await readBack(join(dir, "built.xlsx"))).getWorksheet("ผด.02"));
    expect(psk).toContain("TH SarabunPSK");
    expect(psk).not.toContain("TH SarabunIT๙");
  });

  it("writes the fiscal year in Thai digits with --thai-digits, Arabic digits by default", async () => {
    const run = await runCli(["build", "plan.xlsx", "-o", "digits.xlsx", "--thai-digits"], { cwd: dir });
    expect(run.code).toBe(0);
    const textOf = async (file: string): Promise<string> => {
      const texts: string[] = [];
      (await readBack(join(dir, file)))
        .getWorksheet("ผด.02")!
        .eachRow((row) => row.eachCell((cell) => void texts.push(String(cell.value))));
      return texts.join("\n");
    };
    expect(await textOf("digits.xlsx")).toContain("๒๕๗๐");
    expect(await textOf("built.xlsx")).not.toContain("๒๕๗๐");
    expect(await textOf("built.xlsx")).toContain("2570");
  });

  it("refuses an unknown font in one line with exit 2, writing nothing", async () => {
    const run = await runCli(["build", "plan.xlsx", "-o", "comic.xlsx", "--font", "Comic Sans"], {
      cwd: dir,
    });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("Comic Sans");
    expect(existsSync(join(dir, "comic.xlsx"))).toBe(false);
  });

  it("documents the build options in --help, in Thai and in English", async () => {
    for (const lang of ["th", "en"]) {
      const help = await runCli(["--help", "--lang", lang], { cwd: dir });
      for (const option of ["--font SarabunPSK|SarabunIT", "--thai-digits", "--exclude-unbudgeted"]) {
        expect(help.stdout).toContain(option);
      }
    }
  });

  it("stamps each generated sheet with when and from which input, outside the print area", async () => {
    const sheet = (await readBack(join(dir, "built.xlsx"))).getWorksheet("ผด.02")!;
    const firstRow: string[] = [];
    sheet.getRow(1).eachCell((cell) => void firstRow.push(String(cell.value)));
    const mark = firstRow.find((v) => v.startsWith("action-plan:pd02|"));
    const fingerprint = mark?.split("|")[3];
    expect(fingerprint).toMatch(/^[0-9a-f]{8}$/u);
    // The CLI's clock is 03:00 UTC, 10:00 in Thailand.
    expect(firstRow).toContain(`สร้างเมื่อ 27 พ.ย. 2569 10:00 จากข้อมูลชุด ${fingerprint}`);
  });
});

describe("template and demo", () => {
  it("template OUT.xlsx writes the template tables, and validate then reports only missing content", async () => {
    const run = await runCli(["template", "blank.xlsx"], { cwd: dir });
    expect(run.code).toBe(0);
    const blank = await readBack(join(dir, "blank.xlsx"));
    const names = blank.worksheets.map((s) => s.name);
    expect(names).toEqual(
      expect.arrayContaining(["ตั้งค่า", "ยุทธศาสตร์", "โครงการ", "ครุภัณฑ์", "ฉบับ", "งบตามข้อบัญญัติ"]),
    );
    expect(blank.getWorksheet("โครงการ")!.getCell("F1").value).toBe("งบประมาณ (บาท)");
    expect(blank.getWorksheet("โครงการ")!.getCell("J1").value).toBe("ต.ค.");
    const check = await runCli(["validate", "blank.xlsx", "--json"], { cwd: dir });
    expect([0, 1]).toContain(check.code);
  });

  it("says in one line when the output folder cannot be made, and makes missing folders otherwise", async () => {
    const nested = await runCli(["template", "new/deeper/t.xlsx"], { cwd: dir });
    expect(nested.code).toBe(0);
    expect(existsSync(join(dir, "new", "deeper", "t.xlsx"))).toBe(true);
    const blocked = await runCli(["template", "plan.xlsx/inside/t.xlsx"], { cwd: dir });
    expect(blocked.code).toBe(2);
    expect(blocked.stderr.trim().split("\n")).toHaveLength(1);
    // Node's own recursive mkdir never returns here.
    if (existsSync("/proc/self")) {
      const proc = await runCli(["template", "/proc/action-plan-nope/t.xlsx"], { cwd: dir });
      expect(proc.code).toBe(2);
      expect(proc.stderr.trim().split("\n")).toHaveLength(1);
    }
  });

  it("template refuses to replace an existing file", async () => {
    const run = await runCli(["template", "plan.xlsx"], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("plan.xlsx");
    const kept = await readBack(join(dir, "plan.xlsx"));
    expect(kept.getWorksheet("บันทึกของฉัน")).toBeDefined();
  });

  it("demo DIR writes the filled sample, the built workbook and says where they are", async () => {
    const run = await runCli(["demo", "demo"], { cwd: dir });
    expect(run.code).toBe(0);
    for (const file of ["sample-plan-2570.xlsx", "sample-plan-2570-tables.xlsx"]) {
      expect(statSync(join(dir, "demo", file)).size).toBeGreaterThan(0);
      expect(run.stdout).toContain(join(dir, "demo", file));
    }
  });
});

describe("one analysis per command", () => {
  afterEach(() => jest.restoreAllMocks());

  it("build, validate and summary each analyse the workbook once", async () => {
    const analyse = jest.spyOn(analysis, "analyseWorkbook");
    for (const argv of [
      ["build", "plan.xlsx", "-o", "once.xlsx", "--consolidated"],
      ["validate", "plan.xlsx"],
      ["summary", "plan.xlsx", "--json", "--edition", "หลัก"],
    ]) {
      analyse.mockClear();
      expect((await runCli(argv, { cwd: dir })).code).toBe(0);
      expect(analyse).toHaveBeenCalledTimes(1);
    }
  });
});
