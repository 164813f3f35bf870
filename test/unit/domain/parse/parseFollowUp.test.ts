import { planGrids } from "../../../builders/planGrids";
import { analysePlan } from "../../../../src/domain/analysePlan";
import { NO_FOLLOW_UP, followUpOf } from "../../../../src/domain/model/followUp";
import { PROJECTS_TABLE } from "../../../../src/domain/template/templateSpec";

const followUpOfRow = (changes: Record<string, string | number | null>) =>
  followUpOf(analysePlan(planGrids().withProject(changes).build()).plan.projects[0] ?? {});

describe("reading the follow-up columns", () => {
  it("reads status, dates, amounts and problems as staff type them", () => {
    expect(
      followUpOfRow({
        สถานะ: "ดำเนินการแล้วเสร็จ",
        วันที่ลงนามสัญญา: "15 พ.ย. 2569",
        "จำนวนเงินตามสัญญา (บาท)": " ๙,๕๐๐.๕๐ บาท ",
        "เบิกจ่ายแล้ว (บาท)": 9500.5,
        วันที่แล้วเสร็จ: 46402, // Excel's serial of 2027-01-15
        ปัญหาและอุปสรรค: "ฝนตกหนัก",
      }),
    ).toEqual({
      status: "ดำเนินการแล้วเสร็จ",
      contractDate: "2026-11-15",
      contractAmount: 950_050,
      disbursed: 950_050,
      completionDate: "2027-01-15",
      problems: "ฝนตกหนัก",
    });
  });

  it("reads a known variant of a status as the status of the list", () => {
    expect(followUpOfRow({ สถานะ: "กำลังดำเนินการ" }).status).toBe("อยู่ระหว่างดำเนินการ");
    expect(followUpOfRow({ สถานะ: " แล้ว เสร็จ " }).status).toBe("ดำเนินการแล้วเสร็จ");
    expect(followUpOfRow({ สถานะ: "ยังไม่ได้ดำเนินการ" }).status).toBe("ยังไม่ดำเนินการ");
  });

  it("counts a blank or unreadable status as not started, and leaves unreadable money and dates out", () => {
    expect(
      followUpOfRow({
        สถานะ: "รอผล",
        "เบิกจ่ายแล้ว (บาท)": "ห้าพัน",
        "จำนวนเงินตามสัญญา (บาท)": -100,
        วันที่แล้วเสร็จ: "เร็ว ๆ นี้",
      }),
    ).toEqual({ ...NO_FOLLOW_UP, status: "ยังไม่ดำเนินการ" });
    expect(followUpOfRow({ "เบิกจ่ายแล้ว (บาท)": "-" }).status).toBe("ยังไม่ดำเนินการ");
    expect(followUpOfRow({ "เบิกจ่ายแล้ว (บาท)": "-" }).disbursed).toBe(0);
  });

  it("keeps rows without any follow-up value as before (no follow-up recorded)", () => {
    const plan = analysePlan(planGrids().withProject().withEquipment().build()).plan;
    expect(plan.projects[0]?.followUp).toBeUndefined();
    expect(plan.equipment[0]?.followUp).toBeUndefined();
  });

  it("reads equipment rows' follow-up too", () => {
    const plan = analysePlan(
      planGrids().withEquipment({ สถานะ: "ยกเลิก", ปัญหาและอุปสรรค: "ราคาสูงกว่างบ" }).build(),
    ).plan;
    expect(followUpOf(plan.equipment[0] ?? {})).toEqual({
      ...NO_FOLLOW_UP,
      status: "ยกเลิก",
      problems: "ราคาสูงกว่างบ",
    });
  });

  it("reads a plan whose tables lack the follow-up columns (an earlier template)", () => {
    let grids = planGrids().withProject();
    for (const column of PROJECTS_TABLE.columns.filter((c) => c.extension))
      grids = grids.withHeader("Projects", column.header, null);
    const { plan, issues } = analysePlan(grids.build());
    expect(issues.filter((i) => i.severity === "error")).toEqual([]);
    expect(followUpOf(plan.projects[0] ?? {})).toBe(NO_FOLLOW_UP);
  });

  it("reads the FollowUpReports rounds and dates", () => {
    const plan = analysePlan(
      planGrids()
        .withFollowUpReport({
          รอบรายงาน: "รอบ 12 เดือน",
          วันที่ผู้บริหารเสนอผล: "20 ธ.ค. 2570",
          วันที่เริ่มปิดประกาศ: "25/12/2570",
        })
        .withFollowUpReport({ รอบรายงาน: "6 เดือน (ต.ค.–มี.ค.)", วันที่ประกาศผล: "30 เม.ย. 2570" })
        .build(),
    ).plan;
    expect(plan.followUpReports).toEqual([
      {
        round: "12",
        presentedDate: "2027-12-20",
        announcementDate: null,
        postingStart: "2027-12-25",
        postingEnd: null,
        source: expect.objectContaining({ table: "FollowUpReports", row: 2 }),
      },
      expect.objectContaining({ round: "6", announcementDate: "2027-04-30" }),
    ]);
    expect(analysePlan(planGrids().build()).plan.followUpReports).toBeUndefined();
  });
});
