import { analysePlan } from "../../analysePlan";
import { findings } from "../../../../test/builders/findings";
import { planGrids } from "../../../../test/builders/planGrids";

describe("editionDates", () => {
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
