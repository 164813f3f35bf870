import { analysePlan } from "../../../../../src/domain/analysePlan";
import { findings, paramsOf } from "../../../../builders/findings";
import { planGrids } from "../../../../builders/planGrids";

describe("editionDates", () => {
  // "10/10/26" was read as B.E. 2526 and printed on the notice (issue #13).
  it.each([
    ["10/10/26", 2570, "2026-10-10"],
    ["10 ต.ค. 69", 2570, "2026-10-10"],
    ["15 ก.ย. 26", 2527, "1983-09-15"],
  ])(
    "is an error for the two-digit year of %p, naming the year meant in a plan of %p",
    (typed, fy, meant) => {
      const grids = planGrids()
        .withSetting("ปีงบประมาณ (พ.ศ.)", fy)
        .withEditions([{ ฉบับ: "หลัก", วันที่ประกาศ: typed }])
        .build();
      expect(findings(grids, "two-digit-year")).toEqual(["error two-digit-year ฉบับ!G2"]);
      expect(paramsOf(grids, "two-digit-year")).toEqual({ value: typed, meant });
      expect(analysePlan(grids).plan.editions[0]?.announcementDate).toBeNull();
    },
  );

  it("warns about a date it cannot read", () => {
    const grids = planGrids()
      .withEditions([{ ฉบับ: "หลัก", วันที่ประกาศ: "สิบตุลา" }])
      .build();
    expect(findings(grids)).toEqual(["warning unreadable-date ฉบับ!G2"]);
  });

  it("reads Thai text and Excel serial dates into Gregorian ISO dates, and labels the trigger", () => {
    const grids = planGrids()
      .withEditions([
        {
          ฉบับ: "หลัก",
          เหตุที่จัดทำ: "ประกาศใช้ข้อบัญญัติงบประมาณรายจ่ายประจำปี",
          วันที่เกิดเหตุ: "15 ก.ย. 2569",
          "วันที่คณะกรรมการพัฒนาฯ พิจารณา": "30 กันยายน 2569",
          วันที่ประกาศ: 46305,
        },
      ])
      .build();
    const { plan, issues } = analysePlan(grids);
    expect(issues).toEqual([]);
    expect(plan.editions[0]).toMatchObject({
      code: "หลัก",
      trigger: "budgetOrdinance",
      triggerDate: "2026-09-15",
      committeeReviewDate: "2026-09-30",
      announcementDate: "2026-10-10",
      postingStart: null,
    });
  });
});
