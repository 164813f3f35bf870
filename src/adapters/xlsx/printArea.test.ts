import JSZip from "jszip";
import { Workbook } from "exceljs";
import { exceljsPrintArea } from "./printArea";
import { XlsxWorkbook } from "./XlsxWorkbook";

async function definedNames(buffer: Buffer | ArrayBuffer): Promise<string> {
  const zip = await JSZip.loadAsync(buffer);
  return (await zip.file("xl/workbook.xml")!.async("string")).replaceAll("&apos;", "'");
}

describe("print areas through exceljs", () => {
  it("makes row parts absolute so exceljs writes a fully absolute range", () => {
    expect(exceljsPrintArea("A1:F23")).toBe("A$1:F$23");
    expect(exceljsPrintArea("$A$1:$F$23")).toBe("A$1:F$23");
  });

  it("keeps a user's print area absolute through open → save", async () => {
    const user = new Workbook();
    const sheet = user.addWorksheet("งานของฉัน");
    sheet.getCell("A1").value = "x";
    sheet.pageSetup.printArea = exceljsPrintArea("A1:C3");
    const original = Buffer.from(await user.xlsx.writeBuffer());
    expect(await definedNames(original)).toContain("'งานของฉัน'!$A$1:$C$3");

    const reopened = await XlsxWorkbook.fromBuffer(original);
    expect(await definedNames(await reopened.toBuffer())).toContain("'งานของฉัน'!$A$1:$C$3");
  });
});
