import { findings } from "../../../../builders/findings";
import { planGrids } from "../../../../builders/planGrids";

describe("settingsValues", () => {
  it("warns about a blank text setting at its value cell", () => {
    // Settings rows follow SETTING_KEYS order from row 2: ชื่อ B2, ประเภท B3, อำเภอ B4, จังหวัด B5, ปี B6.
    expect(findings(planGrids().withSetting("จังหวัด", null).build())).toEqual([
      "warning missing-setting ตั้งค่า!B5",
    ]);
  });

  it("warns at the table's header cell when the key row itself is missing", () => {
    expect(findings(planGrids().withoutSetting("ชื่อผู้บริหารท้องถิ่น").build())).toEqual([
      "warning missing-setting ตั้งค่า!A1",
    ]);
  });

  it("warns about an unknown organisation type, and normalises a known abbreviation with a warning", () => {
    expect(findings(planGrids().withSetting("ประเภทองค์กร", "สุขาภิบาล").build())).toEqual([
      "warning unknown-organisation-type ตั้งค่า!B3",
    ]);
    expect(findings(planGrids().withSetting("ประเภทองค์กร", "ทต.").build())).toEqual([
      "warning organisation-type-alias ตั้งค่า!B3",
    ]);
  });

  it("accepts every official type as typed", () => {
    for (const type of ["อบต.", "เทศบาลตำบล", "เทศบาลเมือง", "เทศบาลนคร", "อบจ."]) {
      expect(findings(planGrids().withSetting("ประเภทองค์กร", type).build())).toEqual([]);
    }
  });
});
