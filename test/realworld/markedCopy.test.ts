import { execFileSync, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import JSZip from "jszip";
import { XlsxWorkbook } from "../../src/adapters/xlsx/XlsxWorkbook";
import { analyseWorkbook } from "../../src/app/analyseWorkbook";
import { markIssueCells } from "../../src/app/markIssueCells";
import { formatIssue } from "../../src/messages/formatIssue";
import { hasOpenpyxl } from "../tools/openpyxl";
import { readWithOpenpyxl, samplePlanSpec, writePlanWithOpenpyxl } from "../tools/planByOpenpyxl";
import { withPlantedProblems } from "../tools/plantedProblems";

/**
 * The marked copy of workbooks other programs wrote (openpyxl from scratch, then LibreOffice saving
 * that file again), each with the user's own notes: every planted problem is filled and noted at its
 * cell as openpyxl reads it, the user's notes stay, no other part changes, and LibreOffice reads the
 * notes back. CI has the programs; without them here the suite is skipped, never in CI.
 */
const haveTools = hasOpenpyxl() && spawnSync("soffice", ["--version"]).status === 0;
if (!haveTools && process.env["CI"]) throw new Error("CI must have soffice and python3-openpyxl");
const describeWithTools = haveTools ? describe : describe.skip;

const FILL = { error: "FFFFC7CE", warning: "FFFFEB9C" } as const;
/** Parts a marked copy may change: content types, styles, the marked sheets with their rels, notes and drawings. */
const MAY_CHANGE =
  /^(\[Content_Types\]\.xml|xl\/styles\.xml|xl\/worksheets\/(_rels\/)?sheet\d+\.xml(\.rels)?|xl\/comments\d*\.xml|xl\/comments\/comment\d+\.xml|xl\/drawings\/(commentsDrawing|vmlDrawing)\d+\.vml)$/u;

let dir: string;
const planted = withPlantedProblems(samplePlanSpec());

/** LibreOffice opens `file` and saves it again as .xlsx into `outDir` (same name). */
function resaveWithLibreOffice(file: string, outDir: string): string {
  const profile = mkdtempSync(join(tmpdir(), "marked-lo-"));
  try {
    mkdirSync(outDir, { recursive: true });
    execFileSync(
      "soffice",
      [
        `-env:UserInstallation=file://${profile}`,
        "--headless",
        "--convert-to",
        "xlsx:Calc MS Excel 2007 XML",
        "--outdir",
        outDir,
        file,
      ],
      { stdio: "pipe", timeout: 120_000 },
    );
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
  return join(outDir, file.split("/").pop() ?? "");
}

async function partsOf(path: string): Promise<Map<string, Buffer>> {
  const zip = await JSZip.loadAsync(readFileSync(path));
  const parts = new Map<string, Buffer>();
  for (const [name, file] of Object.entries(zip.files))
    if (!file.dir) parts.set(name, await file.async("nodebuffer"));
  return parts;
}

beforeAll(() => {
  if (!haveTools) return;
  dir = mkdtempSync(join(tmpdir(), "action-plan-marked-"));
  writePlanWithOpenpyxl(planted.spec, join(dir, "openpyxl.xlsx"));
  resaveWithLibreOffice(join(dir, "openpyxl.xlsx"), join(dir, "libreoffice"));
}, 180_000);
afterAll(() => dir && rmSync(dir, { recursive: true, force: true }));

describeWithTools("the marked copy of workbooks other programs wrote", () => {
  it.each(["openpyxl.xlsx", "libreoffice/openpyxl.xlsx"])(
    "%s: every planted problem at its cell, the user's notes kept, nothing else changed",
    async (file) => {
      const input = join(dir, file);
      const book = await XlsxWorkbook.fromBuffer(readFileSync(input));
      const { issues } = await analyseWorkbook(book);
      for (const p of planted.problems)
        expect(issues.map((i) => [i.code, i.location?.sheet, i.location?.cell])).toContainEqual([
          p.code,
          p.sheet,
          p.cell,
        ]);
      const report = await markIssueCells(book, issues, "th");
      expect(report.unmarked).toEqual([]);
      const output = input.replace(/\.xlsx$/u, "-marked.xlsx");
      writeFileSync(output, await book.toBuffer());

      const read = readWithOpenpyxl(output, {
        cells: [...planted.problems, { sheet: "โครงการ", cell: "A1" }],
      });
      for (const p of planted.problems) {
        const cell = read.cells.find((c) => c.sheet === p.sheet && c.cell === p.cell)!;
        const issue = issues.find((i) => i.code === p.code && i.location?.cell === p.cell)!;
        expect({ at: p.cell, fill: cell.fill }).toEqual({ at: p.cell, fill: FILL[p.severity] });
        expect(cell.comment).toContain(formatIssue(issue, "th"));
        expect(cell.value ?? null).toEqual(p.value);
      }
      // The user's notes: one on its own cell, one on a planted cell, before the message.
      expect(read.cells.find((c) => c.cell === "A1")?.comment).toContain("หัวตารางจากฝ่ายแผน");
      const first = planted.problems[0]!;
      const shared = read.cells.find((c) => c.sheet === first.sheet && c.cell === first.cell)?.comment ?? "";
      expect(shared.indexOf("ตรวจอีกครั้ง")).toBeGreaterThanOrEqual(0);
      expect(shared.indexOf("ตรวจอีกครั้ง")).toBeLessThan(shared.indexOf("ข้อผิดพลาด:"));

      const before = await partsOf(input);
      const after = await partsOf(output);
      for (const [name, bytes] of before) {
        expect(after.has(name) ? name : `${name} is missing`).toBe(name);
        if (!MAY_CHANGE.test(name))
          expect(after.get(name)?.equals(bytes) ? name : `${name} changed`).toBe(name);
      }
      // The plan reads the same from the copy.
      const again = await analyseWorkbook(await XlsxWorkbook.fromBuffer(readFileSync(output)));
      expect(again.plan).toEqual((await analyseWorkbook(book)).plan);
    },
    60_000,
  );

  it("LibreOffice reads the notes and fills of the marked copy", () => {
    const resaved = resaveWithLibreOffice(join(dir, "openpyxl-marked.xlsx"), join(dir, "resaved"));
    const read = readWithOpenpyxl(resaved, { cells: planted.problems });
    for (const p of planted.problems) {
      const cell = read.cells.find((c) => c.sheet === p.sheet && c.cell === p.cell)!;
      expect({ at: p.cell, fill: cell.fill }).toEqual({ at: p.cell, fill: FILL[p.severity] });
      expect(cell.comment ?? "").toMatch(p.severity === "error" ? /ข้อผิดพลาด:/u : /คำเตือน:/u);
    }
  }, 180_000);
});
