import { analysePlanWith, ANALYSIS_RULES } from "../../../../../src/domain/analysePlan";
import { planGrids } from "../../../../builders/planGrids";
import type { TableGrid } from "../../../../../src/domain/grid/TableGrid";
import { behindSchedule } from "../../../../../src/domain/validate/rules/behindSchedule";

const lateAsOf = (grids: TableGrid[], asOf: string): string[] =>
  analysePlanWith(grids, [...ANALYSIS_RULES, behindSchedule(asOf)])
    .issues.filter((i) => i.code === "behind-schedule")
    .map((i) => `${i.location?.sheet}!${i.location?.cell}`);

// Default project rows run in ต.ค.; "พ.ย." marks November too.
describe("behindSchedule", () => {
  const plan = planGrids()
    .withProject({ สถานะ: "ยังไม่ดำเนินการ" })
    .withProject({ "ต.ค.": null, "ธ.ค.": "✓" })
    .withProject({ สถานะ: "อยู่ระหว่างดำเนินการ" })
    .withProject({ สถานะ: "ยกเลิก" })
    .build();

  it("warns at the status cell of each project not started whose planned month has passed", () => {
    expect(lateAsOf(plan, "2026-12-02")).toEqual(["โครงการ!AD2"]);
    expect(lateAsOf(plan, "2026-12-31")).toEqual(["โครงการ!AD2", "โครงการ!AD3"]);
  });

  it("passes before the planned month has ended", () => {
    expect(lateAsOf(plan, "2026-10-30")).toEqual([]);
    expect(lateAsOf(plan, "2026-09-15")).toEqual([]);
  });

  it("says from which month, how many planned months have passed, and as of when", () => {
    const grids = planGrids().withProject({ "พ.ย.": "✓", "ม.ค.": "✓", สถานะ: "ยังไม่ดำเนินการ" }).build();
    const [issue] = analysePlanWith(grids, [behindSchedule("2026-12-31")]).issues;
    expect(issue?.params).toEqual({
      firstMonth: 0,
      passedMonths: 2,
      fiscalYear: 2570,
      asOf: "2026-12-31",
      status: "ยังไม่ดำเนินการ",
    });
  });

  it("says nothing in a table where no follow-up is kept", () => {
    expect(lateAsOf(planGrids().withProject().withProject().build(), "2027-09-30")).toEqual([]);
  });

  it("checks equipment where its follow-up is kept", () => {
    const grids = planGrids()
      .withEquipment({ ปัญหาและอุปสรรค: "รอผู้ขาย" })
      .withEquipment({ สถานะ: "ดำเนินการแล้วเสร็จ" })
      .build();
    expect(lateAsOf(grids, "2027-02-01")).toEqual(["ครุภัณฑ์!Y2"]);
  });
});
