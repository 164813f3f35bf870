import ExcelJS from "exceljs";
import { OoxmlPackage } from "../../../../../src/adapters/xlsx/package/OoxmlPackage";
import { readStructure } from "../../../../../src/adapters/xlsx/read/readStructure";
import { WorkbookEditor } from "../../../../../src/adapters/xlsx/write/WorkbookEditor";
import { worksheetXml } from "../../../../../src/adapters/xlsx/write/worksheetXml";

/** A workbook exceljs wrote: sheets A and B, B with a print area (a name local to B). */
async function twoSheets(): Promise<OoxmlPackage> {
  const raw = new ExcelJS.Workbook();
  raw.addWorksheet("A").getCell("A1").value = "a";
  const b = raw.addWorksheet("B");
  b.getCell("A1").value = "b";
  b.pageSetup.printArea = "A$1:B$2";
  raw.views = [{ x: 0, y: 0, width: 1000, height: 1000, firstSheet: 1, activeTab: 1, visibility: "visible" }];
  return OoxmlPackage.read(new Uint8Array(await raw.xlsx.writeBuffer()));
}

const emptySheet = (name: string) => ({
  name,
  xml: worksheetXml({ rows: [], columnWidthsPt: [], merges: [], frozenRows: 0 }),
});

function localNames(pkg: OoxmlPackage): { name: string; sheet: number | null }[] {
  return readStructure(pkg).definedNames.map((n) => ({ name: n.name, sheet: n.localSheetId }));
}

function activeTab(pkg: OoxmlPackage): string | null {
  return /activeTab="(\d+)"/u.exec(pkg.text("xl/workbook.xml") ?? "")?.[1] ?? null;
}

describe("WorkbookEditor keeps every name on its sheet", () => {
  it("shifts later sheets' local names and the active tab when a sheet is inserted before them", async () => {
    const pkg = await twoSheets();
    expect(localNames(pkg)).toEqual([{ name: "_xlnm.Print_Area", sheet: 1 }]);
    const editor = new WorkbookEditor(pkg, "xl/workbook.xml");
    editor.addSheet(emptySheet("ใหม่"), 1);
    editor.save();
    expect(readStructure(pkg).sheets.map((s) => s.name)).toEqual(["A", "ใหม่", "B"]);
    expect(localNames(pkg)).toEqual([{ name: "_xlnm.Print_Area", sheet: 2 }]);
    expect(activeTab(pkg)).toBe("2");
  });

  it("drops a removed sheet's own names and moves later ones back", async () => {
    const pkg = await twoSheets();
    const editor = new WorkbookEditor(pkg, "xl/workbook.xml");
    editor.addSheet(emptySheet("ใหม่"), 0);
    editor.setLocalNames(0, [{ name: "_xlnm.Print_Area", formula: "'ใหม่'!$A$1:$A$1" }]);
    editor.save();
    expect(localNames(pkg)).toEqual(
      expect.arrayContaining([
        { name: "_xlnm.Print_Area", sheet: 0 },
        { name: "_xlnm.Print_Area", sheet: 2 },
      ]),
    );
    const again = new WorkbookEditor(pkg, "xl/workbook.xml");
    again.removeSheet(0);
    again.save();
    expect(readStructure(pkg).sheets.map((s) => s.name)).toEqual(["A", "B"]);
    expect(localNames(pkg)).toEqual([{ name: "_xlnm.Print_Area", sheet: 1 }]);
    expect(pkg.has("xl/worksheets/sheet3.xml")).toBe(false);
    expect(pkg.text("[Content_Types].xml")).not.toContain("sheet3.xml");
  });

  it("removes the calculation chain with a sheet (Excel rebuilds it; stale entries make it repair the file)", async () => {
    const raw = new ExcelJS.Workbook();
    raw.addWorksheet("A").getCell("A1").value = { formula: "1+1", result: 2 };
    raw.addWorksheet("B");
    const pkg = OoxmlPackage.read(new Uint8Array(await raw.xlsx.writeBuffer()));
    pkg.write(
      "xl/calcChain.xml",
      `<?xml version="1.0"?><calcChain xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><c r="A1" i="1"/></calcChain>`,
    );
    const editor = new WorkbookEditor(pkg, "xl/workbook.xml");
    const rels = pkg.text("xl/_rels/workbook.xml.rels") ?? "";
    pkg.write(
      "xl/_rels/workbook.xml.rels",
      rels.replace(
        "</Relationships>",
        `<Relationship Id="rIdChain" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/calcChain" Target="calcChain.xml"/></Relationships>`,
      ),
    );
    editor.removeSheet(1);
    editor.save();
    expect(pkg.has("xl/calcChain.xml")).toBe(false);
    expect(pkg.text("xl/_rels/workbook.xml.rels")).not.toContain("calcChain");
  });
});
