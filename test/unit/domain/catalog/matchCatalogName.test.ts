import { EQUIPMENT_TYPES } from "../../../../src/domain/catalog/equipmentTypes";
import { matchCatalogName } from "../../../../src/domain/catalog/matchCatalogName";
import { UNITS } from "../../../../src/domain/catalog/units";
import { WORK_PLANS } from "../../../../src/domain/catalog/workPlans";

describe("matchCatalogName", () => {
  it("finds official names exactly", () => {
    expect(matchCatalogName("แผนงานการพาณิชย์", WORK_PLANS)).toEqual({ kind: "exact", name: "แผนงานการพาณิชย์" });
    expect(matchCatalogName("กองช่าง", UNITS)).toEqual({ kind: "exact", name: "กองช่าง" });
  });

  it("normalises aliases and spacing variants", () => {
    expect(matchCatalogName("แผนงานการพานิชย์", WORK_PLANS)).toEqual({ kind: "alias", name: "แผนงานการพาณิชย์" });
    expect(matchCatalogName("แผนงาน การศึกษา", WORK_PLANS)).toEqual({ kind: "alias", name: "แผนงานการศึกษา" });
    expect(matchCatalogName("กองสาธารณสุขฯ", UNITS)).toEqual({
      kind: "alias",
      name: "กองสาธารณสุขและสิ่งแวดล้อม",
    });
    expect(matchCatalogName("ครุภัณฑ์อื่น ๆ", EQUIPMENT_TYPES)).toEqual({ kind: "alias", name: "ครุภัณฑ์อื่น" });
  });

  it("reports anything else as unknown", () => {
    expect(matchCatalogName("แผนงานการท่องเที่ยว", WORK_PLANS)).toEqual({ kind: "unknown" });
    expect(matchCatalogName("", WORK_PLANS)).toEqual({ kind: "unknown" });
  });
});
