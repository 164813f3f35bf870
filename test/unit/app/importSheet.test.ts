import { XlsxWorkbook } from "../../../src/adapters/xlsx/XlsxWorkbook";
import { procurementSheet, twoRowHeaderSheet } from "../../import/fixtures/messySheets";
import type { SheetBuilder } from "../../import/fixtures/sheetBuilder";
import { fillTemplateTables } from "../../../src/app/fillTemplateTables";
import { importSheet } from "../../../src/app/importSheet";
import { insertTemplate } from "../../../src/app/insertTemplate";

async function workbookOf(builder: SheetBuilder): Promise<XlsxWorkbook> {
  return XlsxWorkbook.fromBuffer(await builder.workbook.xlsx.writeBuffer());
}

describe("importSheet", () => {
  it("keeps the workbook's own settings and strategies, adding only what is blank or missing", async () => {
    const workbook = await workbookOf(twoRowHeaderSheet());
    await insertTemplate(workbook);
    await fillTemplateTables(workbook, {
      PlanSettings: [["ชื่อองค์กรปกครองส่วนท้องถิ่น", "อบต.ของเราเอง"]],
      Strategies: [[1, "ยุทธศาสตร์ที่เราตั้งชื่อเอง"]],
    });

    const report = await importSheet(workbook, "ผด.02");

    expect(report.outcome).toBe("imported");
    expect(report.strategiesImported).toBe(1);
    expect(report.settingsWritten).toEqual(["organisationType", "amphoe", "changwat", "fiscalYear"]);
    const [settings, strategies] = await workbook.readTables(["PlanSettings", "Strategies"]);
    // The template's key rows are filled where blank; the workbook's own name is kept.
    expect(settings?.rows).toEqual([
      ["ชื่อองค์กรปกครองส่วนท้องถิ่น", "อบต.ของเราเอง"],
      ["ประเภทองค์กร", "อบต."],
      ["อำเภอ", "เมืองมหาสารคาม"],
      ["จังหวัด", "มหาสารคาม"],
      ["ปีงบประมาณ (พ.ศ.)", 2570],
      ["ชื่อผู้บริหารท้องถิ่น", null],
      ["ตำแหน่งผู้บริหารท้องถิ่น", null],
    ]);
    expect(strategies?.rows.map((row) => row[0])).toEqual([1, 2]);
    expect(strategies?.rows[0]?.[1]).toBe("ยุทธศาสตร์ที่เราตั้งชื่อเอง");
  });

  it("finds the ผด.02 sheet itself, and reports no-sheet (writing nothing) when there is none", async () => {
    const found = await importSheet(await workbookOf(twoRowHeaderSheet()), null);
    expect(found).toMatchObject({ outcome: "imported", sheet: "ผด.02", rowsImported: 5 });

    const procurement = await workbookOf(procurementSheet());
    expect(await importSheet(procurement, null)).toMatchObject({ outcome: "no-sheet", sheet: null });
    expect(await procurement.readTables(["Projects"])).toEqual([]);
  });

  it("refuses a sheet that is another form, writing nothing", async () => {
    const procurement = await workbookOf(procurementSheet());
    const report = await importSheet(procurement, "ผด.2");
    expect(report.outcome).toBe("refused");
    expect(report.issues.map((i) => i.code)).toEqual(["import-not-operational-plan"]);
    expect((await procurement.listSheets()).map((s) => s.name)).toEqual(["ผด.2"]);
  });
});
