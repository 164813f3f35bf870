import { aPlan, aProject, anEquipment, monthMask } from "../../../builders/planBuilders";
import { NO_FOLLOW_UP, type FollowUp } from "../../../../src/domain/model/followUp";
import { percentOf, reportProgress } from "../../../../src/domain/followUp/reportProgress";

const followUp = (changes: Partial<FollowUp>): FollowUp => ({ ...NO_FOLLOW_UP, ...changes });

const plan = aPlan({
  projects: [
    aProject({
      name: "ถนน",
      strategyNumber: 1,
      workPlan: "แผนงานอุตสาหกรรมและการโยธา",
      budget: 500_000_00,
      months: monthMask(1, 2),
      followUp: followUp({
        status: "ดำเนินการแล้วเสร็จ",
        contractAmount: 495_000_00,
        disbursed: 495_000_00,
        completionDate: "2027-01-20",
      }),
    }),
    aProject({
      name: "อบรม",
      strategyNumber: 2,
      budget: 20_000_00,
      months: monthMask(0),
      followUp: followUp({ problems: "ไม่มีวิทยากร" }),
    }),
    aProject({
      name: "กีฬา",
      strategyNumber: 2,
      budget: 30_000_00,
      fundingSource: "SPG",
      months: monthMask(5),
      followUp: followUp({ status: "อยู่ระหว่างดำเนินการ", disbursed: 10_000_00 }),
    }),
    aProject({ name: "ฉบับเพิ่มเติม", strategyNumber: 2, edition: "เพิ่มเติม 1/2570", months: monthMask(3) }),
  ],
  equipment: [anEquipment({ budget: 8_000_00, followUp: followUp({ status: "ยกเลิก", problems: "ราคาสูง" }) })],
});

describe("reportProgress", () => {
  const report = reportProgress(plan, { edition: "หลัก", asOf: "2027-01-31" });

  it("tallies the edition's projects by status, with budget, contracts and disbursement", () => {
    expect(report.total).toEqual({
      projects: 3,
      budget: 550_000_00,
      contracted: 495_000_00,
      disbursed: 505_000_00,
      byStatus: {
        ยังไม่ดำเนินการ: 1,
        อยู่ระหว่างดำเนินการ: 1,
        ดำเนินการแล้วเสร็จ: 1,
        ยกเลิก: 0,
        ไม่สามารถดำเนินการได้: 0,
      },
      // Largest remainder: the tie goes to the first status.
      statusPercent: {
        ยังไม่ดำเนินการ: 3334,
        อยู่ระหว่างดำเนินการ: 3333,
        ดำเนินการแล้วเสร็จ: 3333,
        ยกเลิก: 0,
        ไม่สามารถดำเนินการได้: 0,
      },
      disbursedPercent: 9182, // 505,000 / 550,000 = 91.818… %
    });
    expect(report.strategies.map((s) => [s.number, s.projects, s.disbursed])).toEqual([
      [1, 1, 495_000_00],
      [2, 2, 10_000_00],
    ]);
    expect(report.fundingSources.map((f) => [f.source, f.projects, f.budget])).toEqual([
      ["ORD", 2, 520_000_00],
      ["SPG", 1, 30_000_00],
    ]);
    expect(report.equipment.byStatus.ยกเลิก).toBe(1);
  });

  it("counts every edition without one named", () => {
    expect(reportProgress(plan, { edition: null, asOf: "2027-01-31" }).total.projects).toBe(4);
  });

  it("sets the plan's schedule against completions and money month by month", () => {
    const month = (m: number) => report.months[m];
    expect(report.monthsPassed).toBe(4);
    // ถนน ends in ธ.ค. (2) and was completed in ม.ค. (3); กีฬา, not completed, paid by the as-of month (ม.ค.).
    expect(month(2)).toMatchObject({
      plannedProjects: 1,
      plannedBudget: 500_000_00,
      completedProjects: 0,
      passed: true,
    });
    expect(month(3)).toMatchObject({ completedProjects: 1, disbursed: 505_000_00, passed: true });
    expect(month(4)).toMatchObject({ passed: false, disbursed: 0 });
    expect(month(5)).toMatchObject({ plannedProjects: 1, plannedBudget: 30_000_00 });
  });

  it("lists the projects not started whose planned months have passed, and the problems", () => {
    expect(report.behindSchedule.map((i) => [i.name, i.firstMonth, i.passedMonths])).toEqual([
      ["อบรม", 0, 1],
    ]);
    expect(report.problems.map((p) => [p.kind, p.name, p.problems])).toEqual([
      ["project", "อบรม", "ไม่มีวิทยากร"],
      ["equipment", "โต๊ะทำงาน", "ราคาสูง"],
    ]);
    expect(reportProgress(plan, { edition: "หลัก", asOf: "2026-10-30" }).behindSchedule).toEqual([]);
  });

  it("rounds the disbursed share half up, exactly, beyond 2^53 too", () => {
    expect(percentOf(1, 3)).toBe(3333);
    expect(percentOf(2, 3)).toBe(6667);
    expect(percentOf(1, 8)).toBe(1250);
    expect(percentOf(1, 20000)).toBe(1); // 0.005 % → 0.01 (half up)
    expect(percentOf(1, 20001)).toBe(0);
    expect(percentOf(3, 2)).toBe(15000);
    expect(percentOf(5, 0)).toBeNull();
    expect(percentOf(99_999_999_999_999, 99_999_999_999_999)).toBe(10000);
  });
});
