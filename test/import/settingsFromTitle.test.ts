import { settingsFromTitle } from "../../src/domain/import/settingsFromTitle";

describe("settingsFromTitle", () => {
  it("reads the organisation, its type, อำเภอ and จังหวัด from the line that starts with it", () => {
    expect(
      settingsFromTitle([
        "แผนการดำเนินงาน ประจำปีงบประมาณ พ.ศ. 2570",
        "องค์การบริหารส่วนตำบลหนองแสงทอง  อำเภอเมืองมหาสารคาม จังหวัดมหาสารคาม",
      ]),
    ).toEqual({
      organisationName: "องค์การบริหารส่วนตำบลหนองแสงทอง",
      organisationType: "อบต.",
      amphoe: "เมืองมหาสารคาม",
      changwat: "มหาสารคาม",
    });
  });

  it.each([
    ["เทศบาลตำบลบึงวิชัย", { organisationName: "เทศบาลตำบลบึงวิชัย", organisationType: "เทศบาลตำบล" }],
    ["เทศบาลนครขอนแก่น", { organisationName: "เทศบาลนครขอนแก่น", organisationType: "เทศบาลนคร" }],
    [
      "องค์การบริหารส่วนจังหวัดมหาสารคาม",
      { organisationName: "องค์การบริหารส่วนจังหวัดมหาสารคาม", organisationType: "อบจ." },
    ],
    [
      "อบต. หนองบัว อ.เมือง จ.ขอนแก่น",
      { organisationName: "อบต. หนองบัว", organisationType: "อบต.", amphoe: "เมือง", changwat: "ขอนแก่น" },
    ],
  ])("recognises %s", (line, expected) => {
    expect(settingsFromTitle([line])).toEqual(expected);
  });

  // The catalog's short forms: a copy of the prefixes in the importer once missed these three.
  it.each([
    ["ทต.บึงวิชัย อำเภอเมือง จังหวัดขอนแก่น", "ทต.บึงวิชัย", "เทศบาลตำบล"],
    ["ทม. บ้านไผ่ อ.บ้านไผ่ จ.ขอนแก่น", "ทม. บ้านไผ่", "เทศบาลเมือง"],
    ["ทน.ขอนแก่น", "ทน.ขอนแก่น", "เทศบาลนคร"],
  ])("recognises the short form in %s", (line, organisationName, organisationType) => {
    expect(settingsFromTitle([line])).toMatchObject({ organisationName, organisationType });
  });

  it("does not take a word that only starts like a short form for one", () => {
    expect(settingsFromTitle(["ทนายความประจำตำบล"])).toEqual({});
    expect(settingsFromTitle(["ทม หนองบัว"])).toMatchObject({ organisationType: "เทศบาลเมือง" });
  });

  it("leaves everything blank when no line starts with an organisation", () => {
    expect(settingsFromTitle(["แบบ ผด.02", "บัญชีโครงการของเทศบาลตำบลบึงวิชัย"])).toEqual({});
  });
});
