import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import ts from "typescript";
import type { OfficeCapabilities } from "../../src/adapters/office/capabilities";
import { capabilitiesOf, type ExcelApiVersion } from "../office/capabilitiesOf";
import { createFakeExcel, type FakeExcelOptions } from "../office/FakeExcel";
import { apiSetUsage, covers, FLOOR, formatSet, type ApiUse } from "./apiSetUsage";

// Every Excel.*/Office.* member the Office adapter and the pane's bootstrap use, with its requirement set
// from @types/office-js: at most ExcelApi 1.7 (Office 2019), or behind the capability that detects its set.
// The table in src/adapters/office/README.md is this test's output (UPDATE_API_SETS=1 rewrites it).
const ROOT = resolve(__dirname, "../..");
const ADAPTER = join(ROOT, "src/adapters/office");
const SHIPPED = [
  ...readdirSync(ADAPTER, { recursive: true, encoding: "utf8" })
    .filter((file) => file.endsWith(".ts") && !file.endsWith(".test.ts"))
    .map((file) => join(ADAPTER, file)),
  join(ROOT, "src/taskpane/index.tsx"),
  join(ROOT, "src/taskpane/compose.ts"),
  join(ROOT, "src/commands/commands.ts"),
];
const CAPABILITIES = join(ADAPTER, "capabilities.ts");
const README = join(ADAPTER, "README.md");

// Code that breaks the convention, checked by the same program: each line marked BAD must be reported.
const FIXTURE = join(ROOT, "test/requirementSets/fixture.virtual.ts");
const FIXTURE_SOURCE = `
import type { OfficeCapabilities } from "../../src/adapters/office/capabilities";
import { applyCellStyle } from "../../src/adapters/office/write/applyCellStyle";
declare const caps: OfficeCapabilities;
declare const sheet: Excel.Worksheet;
declare const table: Excel.Table;
declare const range: Excel.Range;
declare const style: Parameters<typeof applyCellStyle>[1];

export function unguarded(): void {
  sheet.pageLayout.orientation = "Landscape"; // BAD: ExcelApi 1.9 outside any capability
}
export function guarded(): void {
  if (caps.pageLayout) sheet.pageLayout.orientation = "Landscape";
  const zoom = caps.pageLayout ? sheet.pageLayout.zoom : null;
  void zoom;
}
export function earlyExit(): void {
  if (!caps.rangeAreas) return;
  sheet.getRanges("A1, B2").format.font.bold = true;
}
export function wrongCapability(): void {
  if (caps.pageLayout) table.resize("A1:B3"); // BAD: ExcelApi 1.13 behind a 1.9 capability
  if (caps.dataValidation) sheet.getRanges("A1"); // BAD: 1.9 behind a 1.8 capability
}
export function elseOfNegation(): void {
  if (!caps.suspendScreenUpdating) return;
  else range.worksheet.getRanges("A1");
}
/** @apiSet ExcelApi 1.9 */
function marked(): void {
  sheet.horizontalPageBreaks.add("A5");
}
export function callers(): void {
  marked(); // BAD: a marked function called outside a capability
  if (caps.pageLayout) marked();
}
export function flags(): void {
  applyCellStyle(range, style, { allowIndent: true, multiRow: false, multiColumn: false }); // BAD: a flag not from a capability
  applyCellStyle(range, style, { allowIndent: caps.cellProperties, multiRow: false, multiColumn: false });
  const allowIndent = caps.cellProperties;
  applyCellStyle(range, style, { allowIndent, multiRow: false, multiColumn: false });
  applyCellStyle(range, style, { allowIndent: false, multiRow: false, multiColumn: false });
}
export function sinceOffice2019(): void {
  sheet.freezePanes.freezeRows(1);
  range.format.useStandardWidth = true;
}
`;

function program(): ts.Program {
  const config = ts.readConfigFile(join(ROOT, "tsconfig.json"), ts.sys.readFile);
  const { options } = ts.parseJsonConfigFileContent(config.config, ts.sys, ROOT);
  const host = ts.createCompilerHost(options);
  const { getSourceFile, fileExists, readFile } = host;
  host.getSourceFile = (name, language, ...rest) =>
    name === FIXTURE
      ? ts.createSourceFile(name, FIXTURE_SOURCE, language, true)
      : getSourceFile.call(host, name, language, ...rest);
  host.fileExists = (name) => name === FIXTURE || fileExists.call(host, name);
  host.readFile = (name) => (name === FIXTURE ? FIXTURE_SOURCE : readFile.call(host, name));
  return ts.createProgram({ rootNames: [...SHIPPED, FIXTURE], options, host });
}

const built = program();
const report = apiSetUsage(built, SHIPPED, { relativeTo: ROOT, detectionFile: CAPABILITIES });

describe("requirement sets of the Office adapter and the pane's bootstrap", () => {
  it("compile", () => {
    const errors = ts
      .getPreEmitDiagnostics(built)
      .map((d) => ts.flattenDiagnosticMessageText(d.messageText, "\n"));
    expect(errors).toEqual([]);
  });

  it("use ExcelApi 1.7 or older, or members behind the capability that detects their set", () => {
    expect(report.problems).toEqual([]);
  });

  it("really use members above the floor, behind capabilities (the walk sees them)", () => {
    const above = report.uses.filter((use) => use.set !== null && !covers(FLOOR, use.set));
    expect(above.map((use) => use.member)).toEqual(
      expect.arrayContaining([
        "Excel.Worksheet.pageLayout",
        "Excel.Table.resize",
        "Excel.Range.getMergedAreasOrNullObject",
        "Excel.Range.dataValidation",
        "Excel.Runtime.enableEvents",
      ]),
    );
    expect(above.every((use) => use.allowedBy !== null)).toBe(true);
  });

  it("report what breaks the convention (fixture)", () => {
    const fixture = apiSetUsage(built, [FIXTURE], { relativeTo: ROOT });
    const bad = FIXTURE_SOURCE.split("\n").flatMap((line, index) =>
      line.includes("// BAD") ? [index + 1] : [],
    );
    const reportedLines = fixture.problems.map((problem) =>
      Number(/fixture\.virtual\.ts:(\d+)/.exec(problem)?.[1]),
    );
    expect([...new Set(reportedLines)].sort((a, b) => a - b)).toEqual(bad);
    expect(fixture.problems.join("\n")).toContain("Excel.Worksheet.pageLayout (ExcelApi 1.9)");
    expect(fixture.problems.join("\n")).toContain("Excel.Table.resize (ExcelApi 1.13)");
  });

  it("have capability flags that detectCapabilities sets from exactly their set", () => {
    const source = built.getSourceFile(CAPABILITIES);
    const flags = new Map<string, string>();
    source?.forEachChild(function visit(node): void {
      if (ts.isPropertySignature(node) && ts.isInterfaceDeclaration(node.parent)) {
        const tag = ts.getJSDocTags(node).find((t) => t.tagName.text === "apiSet");
        const version = /ExcelApi (\d+\.\d+)/.exec(ts.getTextOfJSDocComment(tag?.comment) ?? "")?.[1];
        if (node.parent.name.text === "OfficeCapabilities" && version)
          flags.set(node.name.getText(), version);
      }
      node.forEachChild(visit);
    });
    const versions: ExcelApiVersion[] = ["1.6", "1.7", "1.8", "1.9", "1.13"];
    const capabilityNames = Object.keys(capabilitiesOf("1.13")) as (keyof OfficeCapabilities)[];
    expect([...flags.keys()].sort()).toEqual([...capabilityNames].sort());
    for (const name of capabilityNames) {
      const firstVersion = versions.find((version) => capabilitiesOf(version)[name]);
      expect({ name, firstVersion }).toEqual({ name, firstVersion: flags.get(name) });
    }
  });

  it("are refused by the fake below their set, as Excel refuses them (so tests at 1.7 prove the guards)", () => {
    // The members above the floor the adapter reaches directly (not through an object of a newer type).
    const entryPoints = [
      ...new Set(
        report.uses
          .filter((use) => use.allowedBy !== null && !use.allowedBy.startsWith("on a "))
          .map((use) => use.member),
      ),
    ].sort();
    expect(Object.keys(FAKE_PROBES).sort()).toEqual(entryPoints);
    const versions: NonNullable<FakeExcelOptions["apiVersion"]>[] = ["1.7", "1.8", "1.9", "1.13"];
    for (const member of entryPoints) {
      const set = report.uses.find((use) => use.member === member)?.set;
      const at = versions.find((version) => version === set?.version);
      const below = versions[versions.indexOf(at ?? "1.7") - 1];
      const probe = FAKE_PROBES[member];
      if (!at || !below || !probe)
        throw new Error(`no fake version below ${member} (${formatSet(set ?? null)})`);
      expect({ member, below, throws: throwsIn(below, probe) }).toEqual({ member, below, throws: true });
      expect({ member, at, throws: throwsIn(at, probe) }).toEqual({ member, at, throws: false });
    }
  });

  it("are listed in src/adapters/office/README.md", () => {
    const table = apiSetTable(report.uses);
    const readme = readFileSync(README, "utf8");
    const section = /(<!-- api-sets:start -->\n)([\s\S]*?)(<!-- api-sets:end -->)/;
    if (process.env["UPDATE_API_SETS"] === "1") {
      writeFileSync(README, readme.replace(section, `$1${table}$3`));
      return;
    }
    expect(section.exec(readme)?.[2]).toBe(table);
  });
});

/** One use of each member above the floor on the fake (the member is reached; nothing is synced). */
const FAKE_PROBES: Record<string, (context: Excel.RequestContext) => unknown> = {
  "Excel.Application.suspendScreenUpdatingUntilNextSync": (c) =>
    c.workbook.application.suspendScreenUpdatingUntilNextSync(),
  "Excel.Range.dataValidation": (c) => c.workbook.worksheets.getItem("S").getRange("A1").dataValidation,
  "Excel.Range.getCellProperties": (c) =>
    c.workbook.worksheets
      .getItem("S")
      .getRange("A1")
      .getCellProperties({ format: { fill: { color: true } } }),
  "Excel.Range.getColumnProperties": (c) =>
    c.workbook.worksheets
      .getItem("S")
      .getRange("A1")
      .getColumnProperties({ format: { columnWidth: true } }),
  "Excel.Range.getRowProperties": (c) =>
    c.workbook.worksheets
      .getItem("S")
      .getRange("A1")
      .getRowProperties({ format: { rowHeight: true } }),
  "Excel.Range.getMergedAreasOrNullObject": (c) =>
    c.workbook.worksheets.getItem("S").getRange("A1").getMergedAreasOrNullObject(),
  "Excel.RangeFormat.indentLevel": (c) =>
    (c.workbook.worksheets.getItem("S").getRange("A1").format.indentLevel = 1),
  "Excel.Runtime.enableEvents": (c) => (c.runtime.enableEvents = false),
  "Excel.Table.resize": (c) => c.workbook.tables.getItem("T").resize("A1:B3"),
  "Excel.Worksheet.getRanges": (c) => c.workbook.worksheets.getItem("S").getRanges("A1, B2"),
  "Excel.Worksheet.horizontalPageBreaks": (c) => c.workbook.worksheets.getItem("S").horizontalPageBreaks,
  "Excel.Worksheet.pageLayout": (c) => c.workbook.worksheets.getItem("S").pageLayout,
  "Excel.Worksheet.shapes": (c) => c.workbook.worksheets.getItem("S").shapes,
};

function throwsIn(
  apiVersion: NonNullable<FakeExcelOptions["apiVersion"]>,
  probe: (context: Excel.RequestContext) => unknown,
): boolean {
  try {
    probe(createFakeExcel({ apiVersion }).context);
    return false;
  } catch (error) {
    if (!/ApiNotFound/.test(String(error))) throw error;
    return true;
  }
}

/** One row per member: its set, what allows it where it is above the floor, and where it is used. */
function apiSetTable(uses: readonly ApiUse[]): string {
  const byMember = new Map<string, ApiUse[]>();
  for (const use of uses) byMember.set(use.member, [...(byMember.get(use.member) ?? []), use]);
  const rows = [...byMember].sort(([a], [b]) => a.localeCompare(b));
  const lines = rows.map(([member, all]) => {
    const first = all[0];
    const allowed = [...new Set(all.map((use) => use.allowedBy).filter((a) => a !== null))].join("; ");
    // Adapter files by their path in the adapter (read/…, write/…), others by their name.
    const files = [...new Set(all.map((use) => use.file.replace(/^src\/adapters\/office\/|^.*\//, "")))].join(
      ", ",
    );
    return `| \`${member}\` | ${formatSet(first?.set ?? null)} | ${allowed} | ${files} |`;
  });
  return [
    "| member | requirement set | above ExcelApi 1.7: allowed because | used in |",
    "|---|---|---|---|",
    ...lines,
    "",
  ].join("\n");
}
