import { Workbook } from "exceljs";
import JSZip from "jszip";
import { XlsxWorkbook } from "../../src/adapters/xlsx/XlsxWorkbook";
import type { WorkbookPort } from "../../src/app/WorkbookPort";
import type { PortHarness } from "./PortHarness";

/**
 * The file as another program edits it: opened by exceljs, changed, saved, read again by the adapter.
 * exceljs drops names that hold constants (the workbook's id among them), which Excel and LibreOffice
 * keep; they are put back, so the edit is only the user's.
 */
async function editedByExceljs(port: WorkbookPort, edit: (file: Workbook) => void): Promise<WorkbookPort> {
  const before = await (port as XlsxWorkbook).toBuffer();
  const file = new Workbook();
  await file.xlsx.load(before as unknown as ArrayBuffer);
  edit(file);
  const after = await JSZip.loadAsync(await file.xlsx.writeBuffer());
  const names = (await workbookXml(await JSZip.loadAsync(before))).match(CONSTANT_NAME) ?? [];
  if (names.length > 0) {
    const xml = await workbookXml(after);
    after.file(
      "xl/workbook.xml",
      xml.includes("<definedNames>")
        ? xml.replace("<definedNames>", `<definedNames>${names.join("")}`)
        : xml.replace("</sheets>", `</sheets><definedNames>${names.join("")}</definedNames>`),
    );
  }
  return XlsxWorkbook.fromBuffer(await after.generateAsync({ type: "uint8array" })); // ADAPTER: open bytes
}

/** A workbook-level name whose value is a quoted constant. */
const CONSTANT_NAME = /<definedName name="[^"_][^"]*"[^>]*>"[^<]*"<\/definedName>/gu;

async function workbookXml(zip: JSZip): Promise<string> {
  const part = zip.file("xl/workbook.xml");
  if (!part) throw new Error("no xl/workbook.xml");
  return part.async("string");
}

// The file adapter under the contract. To hold another file adapter to it, change the two lines marked
// ADAPTER: it must open .xlsx bytes and save to bytes. The user's sheets are written by exceljs directly,
// as any program would make the file.
export const xlsxHarness: PortHarness = {
  name: "xlsx file",
  async open(userSheets) {
    const file = new Workbook();
    for (const [name, rows] of Object.entries(userSheets))
      file.addWorksheet(name).addRows(rows.map((r) => [...r]));
    return XlsxWorkbook.fromBuffer(await file.xlsx.writeBuffer()); // ADAPTER: open bytes
  },
  async reopen(port) {
    return XlsxWorkbook.fromBuffer(await (port as XlsxWorkbook).toBuffer()); // ADAPTER: save, open again
  },
  type: (port, sheet, topLeft, rows) =>
    editedByExceljs(port, (file) => {
      const target = file.getWorksheet(sheet) ?? file.addWorksheet(sheet);
      const origin = target.getCell(topLeft);
      rows.forEach((row, r) =>
        row.forEach((value, c) => {
          target.getCell(Number(origin.row) + r, Number(origin.col) + c).value = value;
        }),
      );
    }),
  merge: (port, sheet, range) => editedByExceljs(port, (file) => file.getWorksheet(sheet)?.mergeCells(range)),
  readsMerges: true,
  degradedTemplate: [],
  printSetupByHand: false,
  knownGaps: {},
};
