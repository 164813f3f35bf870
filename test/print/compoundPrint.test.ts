import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { layoutOfficialTables } from "../../src/domain/layout/layoutOfficialTables";
import { fitWidth } from "../../src/domain/layout/_lib/SheetBuilder";
import type { SheetSpec } from "../../src/domain/layout/SheetSpec";
import { estimateTextWidth } from "../../src/domain/text/estimateTextWidth";
import { PLAN_COMPOUNDS } from "../fixtures/planCompounds";
import { samplePlan } from "../fixtures/samplePlan";
import { breakInsideFittingCell } from "./breakInsideFittingCell";
import { breakText, brokenCompounds, pageCount, pageWords } from "./pdfPages";
import { describeWhenPrinting, printSheets } from "./printSheets";

/**
 * The list of compounds of government plans (test/fixtures/planCompounds) printed through LibreOffice
 * inside ผด.02's project names and activity details, where lines wrap: no compound is broken across
 * two printed lines. The control prints the same texts wrapped by LibreOffice itself (its dictionary
 * breaks, as Excel's would), and the same check finds many broken: so the check can see a break.
 */
const CONNECTORS = ["และ", "เพื่อ", "ของ", "ใน", "กับ", "ตาม", "ให้"];
const GROUP = 6;
const BODY_PT = 14;

/** The compounds in groups, each group once as a project name and once, reversed, as its detail. */
function compoundTexts(): { name: string; detail: string }[] {
  const texts: { name: string; detail: string }[] = [];
  for (let i = 0; i < PLAN_COMPOUNDS.length; i += GROUP) {
    const words = PLAN_COMPOUNDS.slice(i, i + GROUP);
    const joined = (list: readonly string[]) =>
      list.map((w, k) => (k === 0 ? w : `${CONNECTORS[(i + k) % CONNECTORS.length]}${w}`)).join("");
    texts.push({ name: `โครงการ${joined(words)}`, detail: `ดำเนินการ${joined([...words].reverse())} หมู่ที่ 3` });
  }
  return texts;
}

/** A sheet of one 110 pt column whose cells LibreOffice wraps itself (no line breaks of ours). */
function selfWrapped(texts: readonly string[]): SheetSpec {
  const [pd02] = layoutOfficialTables(samplePlan(), { edition: "หลัก" }).filter(
    (s) => s.owner.kind === "pd02",
  );
  if (!pd02) throw new Error("no ผด.02");
  const { titleRows: _titles, ...print } = pd02.print;
  return {
    ...pd02,
    name: "control",
    columns: [{ widthPt: 110 }],
    styles: { body: { font: { name: "TH SarabunPSK", sizePt: 14 }, wrap: true, vertical: "top" } },
    rows: texts.map((text) => ({ heightPt: 160, cells: [{ value: text, style: "body" }] })),
    merges: [],
    print: { ...print, pageBreaksBefore: [], fitToWidth: false },
  };
}

describeWhenPrinting()("compounds in the printed ผด.02 (LibreOffice)", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "print-compounds-"));
  const texts = compoundTexts();
  const broken: { ours: string[]; control: string[] } = { ours: [], control: [] };
  let pages = 0;
  const tooWide: string[] = [];

  beforeAll(async () => {
    const plan = samplePlan();
    const template = plan.projects.find((p) => p.edition === "หลัก");
    if (!template) throw new Error("the sample has a project");
    const projects = texts.map((t, i) => ({
      ...template,
      name: t.name,
      activityDetail: t.detail,
      row: 1000 + i,
    }));
    const [spec] = layoutOfficialTables({ ...plan, projects }, { edition: "หลัก" }).filter(
      (s) => s.owner.kind === "pd02",
    );
    if (!spec) throw new Error("no ผด.02");
    const controlSpec = selfWrapped(texts.slice(0, 12).map((t) => t.name));
    const [ours = "", control = ""] = await printSheets(
      [
        { spec, name: "compounds" },
        { spec: controlSpec, name: "control" },
      ],
      dir,
    );
    pages = pageCount(ours);
    // A compound wider than the line alone must break somewhere (the rule's one exception): the
    // layout fits text into fitWidth of the narrower text column, at the body's 14 pt.
    const line = fitWidth(Math.min(spec.columns[1]?.widthPt ?? 0, spec.columns[2]?.widthPt ?? 0));
    tooWide.push(...PLAN_COMPOUNDS.filter((w) => estimateTextWidth(w, BODY_PT) > line));
    for (let page = 1; page <= pages; page += 1)
      for (const b of brokenCompounds(pageWords(ours, page), PLAN_COMPOUNDS))
        if (breakInsideFittingCell(spec, b)) broken.ours.push(breakText(b));
    for (let page = 1; page <= pageCount(control); page += 1)
      for (const b of brokenCompounds(pageWords(control, page), PLAN_COMPOUNDS))
        if (breakInsideFittingCell(controlSpec, b)) broken.control.push(breakText(b));
  }, 300_000);

  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  test("every compound of the list is printed, names and details wrapping over several lines", () => {
    expect(PLAN_COMPOUNDS.length).toBeGreaterThanOrEqual(300);
    expect(texts.length * 2).toBeGreaterThan(100);
    expect(pages).toBeGreaterThan(3);
  });

  test("no compound that fits the line is broken across two printed lines", () => {
    expect(broken.ours).toEqual([]);
    // Only the longest few are wider than the project column, e.g. พระบาทสมเด็จพระเจ้าอยู่หัว.
    expect(tooWide.length).toBeLessThan(PLAN_COMPOUNDS.length / 20);
  });

  test("the check sees breaks: the same names wrapped by LibreOffice itself break compounds, and it says so", () => {
    expect(broken.control.length).toBeGreaterThan(3);
  });
});
