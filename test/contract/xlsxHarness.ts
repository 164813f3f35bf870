import { Workbook } from "exceljs";
import { XlsxWorkbook } from "../../src/adapters/xlsx/XlsxWorkbook";
import type { PortHarness } from "./PortHarness";

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
  degradedTemplate: [],
  printSetupByHand: false,
  knownGaps: {},
};
