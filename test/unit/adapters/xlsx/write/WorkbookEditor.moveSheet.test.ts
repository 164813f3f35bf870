import ExcelJS from "exceljs";
import { OoxmlPackage } from "../../../../../src/adapters/xlsx/package/OoxmlPackage";
import { readStructure } from "../../../../../src/adapters/xlsx/read/readStructure";
import { WorkbookEditor } from "../../../../../src/adapters/xlsx/write/WorkbookEditor";

/** Sheets A, B, C, D written by exceljs; each has a print area (a name local to it); C is the active tab. */
async function fourSheets(): Promise<OoxmlPackage> {
  const raw = new ExcelJS.Workbook();
  for (const name of ["A", "B", "C", "D"]) {
    const sheet = raw.addWorksheet(name);
    sheet.getCell("A1").value = name;
    sheet.pageSetup.printArea = "A$1:A$1";
  }
  raw.views = [{ x: 0, y: 0, width: 1000, height: 1000, firstSheet: 0, activeTab: 2, visibility: "visible" }];
  return OoxmlPackage.read(new Uint8Array(await raw.xlsx.writeBuffer()));
}

/** Each sheet's name with the sheet its print area points at (by the name in the formula). */
function printAreas(pkg: OoxmlPackage): Record<string, string> {
  const { sheets, definedNames } = readStructure(pkg);
  return Object.fromEntries(
    definedNames
      .filter((n) => n.localSheetId !== null)
      .map((n) => [sheets[n.localSheetId ?? -1]?.name ?? "?", /^'?([^'!]+)'?!/u.exec(n.formula)?.[1] ?? "?"]),
  );
}

const order = (pkg: OoxmlPackage) => readStructure(pkg).sheets.map((s) => s.name);
const activeTab = (pkg: OoxmlPackage) =>
  order(pkg)[Number(/activeTab="(\d+)"/u.exec(pkg.text("xl/workbook.xml") ?? "")?.[1])];

describe("WorkbookEditor.moveSheet", () => {
  it.each([
    [3, 0, ["D", "A", "B", "C"]],
    [0, 3, ["B", "C", "D", "A"]],
    [1, 2, ["A", "C", "B", "D"]],
    [2, 1, ["A", "C", "B", "D"]],
    [1, 1, ["A", "B", "C", "D"]],
  ])(
    "from %i to %i: every sheet keeps its own print area and the active tab stays on its sheet",
    async (from, to, expected) => {
      const pkg = await fourSheets();
      expect(printAreas(pkg)).toEqual({ A: "A", B: "B", C: "C", D: "D" });
      const editor = new WorkbookEditor(pkg, "xl/workbook.xml");
      editor.moveSheet(from, to);
      editor.save();
      expect(order(pkg)).toEqual(expected);
      expect(printAreas(pkg)).toEqual({ A: "A", B: "B", C: "C", D: "D" });
      expect(activeTab(pkg)).toBe("C");
    },
  );
});

describe("WorkbookEditor.moveSheet and the tabs shown", () => {
  const firstSheet = (pkg: OoxmlPackage) =>
    Number(/firstSheet="(\d+)"/u.exec(pkg.text("xl/workbook.xml") ?? "")?.[1]);

  it("keeps the first tab shown where it was, unless the active tab moved before it", async () => {
    const pkg = await fourSheets();
    const editor = new WorkbookEditor(pkg, "xl/workbook.xml");
    editor.moveSheet(3, 0);
    editor.save();
    // D moved in front: the first tab shown is still the first, and C (active) is now the fourth.
    expect([firstSheet(pkg), activeTab(pkg)]).toEqual([0, "C"]);
    const again = new WorkbookEditor(pkg, "xl/workbook.xml");
    again.moveSheet(3, 0);
    again.save();
    expect(order(pkg)[0]).toBe("C");
    expect([firstSheet(pkg), activeTab(pkg)]).toEqual([0, "C"]);
  });

  it("a position past the end moves the sheet to the end", async () => {
    const pkg = await fourSheets();
    const editor = new WorkbookEditor(pkg, "xl/workbook.xml");
    editor.moveSheet(0, 99);
    editor.save();
    expect(order(pkg)).toEqual(["B", "C", "D", "A"]);
    expect(printAreas(pkg)).toEqual({ A: "A", B: "B", C: "C", D: "D" });
  });
});
