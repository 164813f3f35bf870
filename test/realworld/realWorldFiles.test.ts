import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import JSZip from "jszip";
import type { IssueJson } from "../../src/cli/main";
import type { SummaryJson } from "../../src/domain/rollup/SummaryJson";
import sample from "../../src/sample/sample-plan-2570.json";
import { samplePlanBytes } from "../fixtures/planWorkbook";
import { runCli } from "../cli/runCli";
import { hasOpenpyxl, PYTHON } from "../tools/openpyxl";

/**
 * The corpus: the sample plan as LibreOffice, openpyxl and users leave it (made by make_corpus.py with
 * the real programs), read, checked and built. CI installs the programs; without them here the suite
 * says so and is skipped, but never in CI.
 */
const haveTools =
  hasOpenpyxl() &&
  spawnSync("soffice", ["--version"]).status === 0 &&
  spawnSync(PYTHON, ["-c", "import uno"]).status === 0;
if (!haveTools && process.env["CI"])
  throw new Error("CI must have soffice, python3-uno and python3-openpyxl");
const describeWithTools = haveTools ? describe : describe.skip;

let dir: string;
beforeAll(async () => {
  if (!haveTools) return;
  dir = mkdtempSync(join(tmpdir(), "action-plan-corpus-"));
  writeFileSync(join(dir, "sample.xlsx"), await samplePlanBytes());
  execFileSync(PYTHON, [join(__dirname, "make_corpus.py"), join(dir, "sample.xlsx"), dir], {
    stdio: "pipe",
    timeout: 180_000,
  });
}, 240_000);
afterAll(() => dir && rmSync(dir, { recursive: true, force: true }));

const expected = sample.expected.allEditions;

async function partsOf(path: string): Promise<Map<string, Buffer>> {
  const zip = await JSZip.loadAsync(readFileSync(path));
  const parts = new Map<string, Buffer>();
  for (const [name, file] of Object.entries(zip.files))
    if (!file.dir) parts.set(name, await file.async("nodebuffer"));
  return parts;
}

/** Parts a build may change: the workbook's sheet list and names, its relationships, content types, styles. */
const EDITABLE = new Set([
  "[Content_Types].xml",
  "xl/workbook.xml",
  "xl/_rels/workbook.xml.rels",
  "xl/styles.xml",
]);

async function expectUserPartsKept(input: string, output: string): Promise<void> {
  const before = await partsOf(input);
  const after = await partsOf(output);
  for (const [name, bytes] of before) {
    expect(after.has(name) ? name : `${name} is missing`).toBe(name);
    if (!EDITABLE.has(name)) expect(after.get(name)?.equals(bytes) ? name : `${name} changed`).toBe(name);
  }
  // The workbook part may gain sheets and names, but every name of the user's keeps its text and sheet.
  const namesOf = (parts: Map<string, Buffer>) => {
    const workbook = parts.get("xl/workbook.xml")?.toString("utf8") ?? "";
    const sheets = [...workbook.matchAll(/<(?:\w+:)?sheet\b[^>]*\bname="([^"]*)"/gu)].map((m) => m[1]);
    return [...workbook.matchAll(/<(?:\w+:)?definedName\b([^>]*)>([^<]*)</gu)]
      .map(([, attributes = "", formula]) => {
        const local = /localSheetId="(\d+)"/u.exec(attributes)?.[1];
        const name = /\bname="([^"]*)"/u.exec(attributes)?.[1];
        return `${name}@${local === undefined ? "workbook" : sheets[Number(local)]}=${formula}`;
      })
      .filter((entry) => !entry.startsWith("ActionPlanWorkbookId@"));
  };
  const userNames = namesOf(before);
  expect(namesOf(after).filter((n) => userNames.includes(n))).toEqual(userNames);
}

function summaryOf(stdout: string): SummaryJson {
  return JSON.parse(stdout) as SummaryJson;
}

describeWithTools("workbooks as other programs leave them", () => {
  const readable: [file: string, extraProjects: number, extraBudget: number][] = [
    ["libreoffice-resaved.xlsx", 0, 0],
    ["openpyxl-resaved.xlsx", 0, 0],
    ["openpyxl-user-parts.xlsx", 0, 0],
    ["libreoffice-user-parts.xlsx", 3, 30_000],
    ["openpyxl-rows-below.xlsx", 10, 550_000],
    ["macro.xlsm", 0, 0],
    ["openpyxl-no-tables.xlsx", 0, 0],
    ["everything.xlsm", 0, 0],
  ];

  it.each(readable)("%s validates with no error and sums to its own rows", async (file, projects, budget) => {
    const validate = await runCli(["validate", file, "--json"], { cwd: dir });
    const errors = (JSON.parse(validate.stdout) as IssueJson[]).filter((i) => i.severity === "error");
    expect(errors).toEqual([]);
    const summary = summaryOf((await runCli(["summary", file, "--json"], { cwd: dir })).stdout);
    expect(summary.total).toEqual({
      projects: expected.projects + projects,
      budget: expected.budget + budget,
    });
    expect(summary.equipment).toEqual(sample.expected.equipment);
  });

  it.each(readable)("%s builds, keeping every part of the user's file byte for byte", async (file) => {
    const output = file.replace(/\.(xlsx|xlsm)$/u, "-built.$1");
    const run = await runCli(["build", file, "-o", output], { cwd: dir });
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    await expectUserPartsKept(join(dir, file), join(dir, output));
    // An independent reader opens the copy: openpyxl lists the sheets, the official ones at the end.
    const names = JSON.parse(
      execFileSync(
        PYTHON,
        [
          "-c",
          "import json,sys,openpyxl; print(json.dumps(openpyxl.load_workbook(sys.argv[1]).sheetnames))",
          join(dir, output),
        ],
        {
          encoding: "utf8",
        },
      ),
    ) as string[];
    expect(names.slice(-4)).toEqual([
      "ผด.01 เพิ่มเติม 2-2570",
      "ผด.02 เพิ่มเติม 2-2570",
      "ผด.02-1 เพิ่มเติม 2-2570",
      "ประกาศ เพิ่มเติม 2-2570",
    ]);
  });

  it("building the built copy again replaces only its own sheets: the user's parts still as they were", async () => {
    const run = await runCli(["build", "libreoffice-user-parts-built.xlsx", "-o", "rebuilt.xlsx"], {
      cwd: dir,
    });
    expect(run.code).toBe(0);
    await expectUserPartsKept(join(dir, "libreoffice-user-parts.xlsx"), join(dir, "rebuilt.xlsx"));
    const sheetsOf = async (file: string) =>
      (
        await (
          await import("../../src/adapters/xlsx/XlsxWorkbook")
        ).XlsxWorkbook.fromBuffer(readFileSync(join(dir, file)))
      )
        .listSheets()
        .then((sheets) => sheets.map((s) => s.name));
    expect(await sheetsOf("rebuilt.xlsx")).toEqual(await sheetsOf("libreoffice-user-parts-built.xlsx"));
  });

  it("reads a plan kept as plain ranges, says so, and turns the ranges into tables on request", async () => {
    const run = await runCli(["validate", "openpyxl-no-tables.xlsx", "--json"], { cwd: dir });
    const notes = (JSON.parse(run.stdout) as IssueJson[]).filter((i) => i.code === "table-read-from-sheet");
    expect(notes.map((n) => [n.severity, n.sheet, n.cell])).toEqual([
      ["warning", "ตั้งค่า", "A1"],
      ["warning", "ยุทธศาสตร์", "A1"],
      ["warning", "โครงการ", "A1"],
      ["warning", "ครุภัณฑ์", "A1"],
      ["warning", "ฉบับ", "A1"],
    ]);
    // BudgetLines and DevPlanProjects are optional and empty here; FollowUpReports and PlanTexts hold
    // only the keys the template writes (the rounds, the topics): nothing typed to read, no note.
    const { XlsxWorkbook } = await import("../../src/adapters/xlsx/XlsxWorkbook");
    const { insertTemplate } = await import("../../src/app/insertTemplate");
    const { analyseWorkbook } = await import("../../src/app/analyseWorkbook");
    const book = await XlsxWorkbook.fromBuffer(readFileSync(join(dir, "openpyxl-no-tables.xlsx")));
    const before = await analyseWorkbook(book);
    await insertTemplate(book);
    const reread = await XlsxWorkbook.fromBuffer(await book.toBuffer());
    const after = await analyseWorkbook(reread);
    expect(after.issues.filter((i) => i.code === "table-read-from-sheet")).toEqual([]);
    expect(after.plan).toEqual(before.plan);
    expect((await reread.readTables(["Projects"]))[0]?.rows).toHaveLength(expected.projects);
  });

  it("a workbook with a chart, an image, macros and custom properties keeps each of them byte for byte", async () => {
    const input = await partsOf(join(dir, "everything.xlsm"));
    const output = await partsOf(join(dir, "everything-built.xlsm"));
    const kept = [...input.keys()].filter((name) => /chart|media\/|vbaProject|docProps\/custom/u.test(name));
    expect(kept.some((n) => n.includes("chart"))).toBe(true);
    expect(kept.some((n) => n.startsWith("xl/media/"))).toBe(true);
    expect(kept).toEqual(expect.arrayContaining(["xl/vbaProject.bin", "docProps/custom.xml"]));
    for (const name of kept) expect(output.get(name)?.equals(input.get(name) ?? Buffer.alloc(0))).toBe(true);
  });

  it("the macro-enabled copy stays macro-enabled, its VBA project untouched, and must be named .xlsm", async () => {
    const built = await JSZip.loadAsync(readFileSync(join(dir, "macro-built.xlsm")));
    expect(await built.file("[Content_Types].xml")!.async("string")).toContain("macroEnabled.main+xml");
    expect(await built.file("xl/vbaProject.bin")!.async("nodebuffer")).toEqual(
      await (
        await JSZip.loadAsync(readFileSync(join(dir, "macro.xlsm")))
      )
        .file("xl/vbaProject.bin")!
        .async("nodebuffer"),
    );
    const wrongName = await runCli(["build", "macro.xlsm", "-o", "macro-copy.xlsx", "--lang", "en"], {
      cwd: dir,
    });
    expect(wrongName.code).toBe(2);
    expect(wrongName.stderr).toContain(".xlsm");
    expect(existsSync(join(dir, "macro-copy.xlsx"))).toBe(false);
  });

  it("LibreOffice opens every copy and prints its official tables", () => {
    const copies = readable.map(([file]) => file.replace(/\.(xlsx|xlsm)$/u, "-built.$1"));
    const profile = mkdtempSync(join(tmpdir(), "corpus-lo-"));
    try {
      execFileSync(
        "soffice",
        [
          `-env:UserInstallation=file://${profile}`,
          "--headless",
          "--convert-to",
          "pdf",
          "--outdir",
          join(dir, "pdf"),
          ...copies.map((c) => join(dir, c)),
        ],
        { stdio: "pipe", timeout: 240_000 },
      );
    } finally {
      rmSync(profile, { recursive: true, force: true });
    }
    for (const copy of copies)
      expect(existsSync(join(dir, "pdf", copy.replace(/\.(xlsx|xlsm)$/u, ".pdf")))).toBe(true);
  }, 300_000);

  it("a formula saved without its result is reported at its cell, never read as empty or 0", async () => {
    const run = await runCli(["validate", "openpyxl-uncalculated.xlsx", "--json"], { cwd: dir });
    const at = (JSON.parse(run.stdout) as IssueJson[]).filter((i) => i.cell === "F3");
    expect(at.map((i) => [i.severity, i.sheet])).toEqual([["error", "โครงการ"]]);
    expect(at[0]?.message).not.toMatch(/ยังไม่ได้กรอก/u);
    expect(run.code).toBe(1);
  });

  it.each([
    ["libreoffice-encrypted.xlsx", /password/u],
    ["libreoffice.xls", /97–2003/u],
    ["libreoffice.ods", /OpenDocument/u],
    ["not-a-workbook.xlsx", /not an Excel workbook/u],
    ["report.pdf.xlsx", /not an Excel workbook/u],
    ["damaged.xlsx", /damaged/u],
    ["empty.xlsx", /empty/u],
  ])("%s gets one line saying what it is and what to do, exit 2", async (file, message) => {
    for (const command of [
      ["validate", file],
      ["build", file, "-o", "never.xlsx"],
    ]) {
      const run = await runCli([...command, "--lang", "en"], { cwd: dir });
      expect(run.code).toBe(2);
      expect(run.stderr.trim().split("\n")).toHaveLength(1);
      expect(run.stderr).toMatch(message);
    }
    expect(existsSync(join(dir, "never.xlsx"))).toBe(false);
  });
});
