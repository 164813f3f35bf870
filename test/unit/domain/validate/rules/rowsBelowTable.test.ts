import { analysePlan } from "../../../../../src/domain/analysePlan";
import { rollupPlan } from "../../../../../src/domain/rollup/rollupPlan";
import { findings, paramsOf } from "../../../../builders/findings";
import { planGrids } from "../../../../builders/planGrids";

const total = (grids: ReturnType<ReturnType<typeof planGrids>["build"]>) =>
  rollupPlan(analysePlan(grids).plan, { edition: null, excludeUnbudgeted: false }).total;

describe("rowsBelowTable: rows typed below a table that did not grow", () => {
  it("reads them as rows of the table, with one warning at the first asking to extend it", () => {
    const grids = planGrids()
      .withProject()
      .withProject()
      .withProjectBelow({ "งบประมาณ (บาท)": 7000 })
      .withProjectBelow()
      .build();
    expect(findings(grids)).toEqual(["warning rows-below-table โครงการ!A4"]);
    expect(paramsOf(grids, "rows-below-table")).toEqual({ count: 2, table: "Projects", lastCell: "A5" });
    expect(total(grids)).toMatchObject({ projects: 4, budget: 3_700_000 });
  });

  it("counts 60 projects when 50 are in the table and 10 typed below it", () => {
    let builder = planGrids();
    for (let i = 0; i < 50; i++) builder = builder.withProject();
    for (let i = 0; i < 10; i++) builder = builder.withProjectBelow();
    const grids = builder.build();
    expect(total(grids)).toMatchObject({ projects: 60, budget: 60 * 1_000_000 });
    expect(findings(grids)).toEqual(["warning rows-below-table โครงการ!A52"]);
  });

  it("points every issue of a row typed below at its real cell", () => {
    const grids = planGrids()
      .withProject()
      .withProjectBelow({ แผนงาน: "แผนงานท่องเที่ยว", "งบประมาณ (บาท)": "ห้าพัน" })
      .build();
    expect(findings(grids)).toEqual([
      "warning rows-below-table โครงการ!A3",
      "error unknown-work-plan โครงการ!C3",
      "error unreadable-budget โครงการ!F3",
    ]);
    expect(analysePlan(grids).plan.projects.map((p) => p.source?.row)).toEqual([2]);
  });

  it("stops at a blank row: rows further down that look like projects are not counted, each said at its cell", () => {
    const grids = planGrids()
      .withProject()
      .withProjectBelow()
      .withProjectBelow({}, 1)
      .withRowBelow("Projects", { โครงการ: "โครงการไม่มีงบ", "ต.ค.": "✓" }, 2)
      .withRowBelow("Projects", { หมายเหตุ: "ลงชื่อ ผู้จัดทำ" })
      .build();
    expect(findings(grids)).toEqual([
      "warning rows-below-table โครงการ!A3",
      "warning row-below-not-read โครงการ!A5",
      "warning row-below-not-read โครงการ!D8",
    ]);
    expect(total(grids).projects).toBe(2);
  });

  it("never counts a totals line typed under the table, nor what follows it", () => {
    const grids = planGrids()
      .withProject()
      .withProject()
      .withRowBelow("Projects", { โครงการ: "รวม", "งบประมาณ (บาท)": 20000 })
      .withProjectBelow()
      .build();
    expect(total(grids)).toMatchObject({ projects: 2, budget: 2_000_000 });
    expect(findings(grids)).toEqual(["warning row-below-not-read โครงการ!A5"]);
  });

  it("ignores rows below that hold only a pre-typed number", () => {
    const grids = planGrids().withProject().withRowBelow("Projects", { ที่: 2 }).build();
    expect(findings(grids)).toEqual([]);
  });

  it("reads strategies, equipment and budget lines typed below their tables too", () => {
    const grids = planGrids()
      .withRowBelow("Strategies", { ลำดับ: 3, ยุทธศาสตร์: "ยุทธศาสตร์การพัฒนาด้านเศรษฐกิจ" })
      .withProject({ ยุทธศาสตร์: 3 })
      .withEquipment()
      .withRowBelow("Equipment", {
        ครุภัณฑ์: "โต๊ะ",
        "งบประมาณ (บาท)": 3000,
        แผนงาน: "แผนงานบริหารงานทั่วไป",
        ประเภทครุภัณฑ์: "ครุภัณฑ์สำนักงาน",
        แหล่งงบประมาณ: "ข้อบัญญัติงบประมาณรายจ่ายประจำปี",
        "ก.พ.": "✓",
      })
      .build();
    expect(findings(grids)).toEqual([
      "warning rows-below-table ยุทธศาสตร์!A4",
      "warning rows-below-table ครุภัณฑ์!B3",
    ]);
    const { plan } = analysePlan(grids);
    expect(plan.strategies.map((s) => s.number)).toEqual([1, 2, 3]);
    expect(plan.equipment.map((e) => e.item)).toEqual(["ตู้เหล็กเก็บเอกสาร 1", "โต๊ะ"]);
  });

  it("stops the rows below a table at another template table's header on the same sheet", () => {
    const grids = planGrids()
      .withEditions([{ ฉบับ: "หลัก", เหตุที่จัดทำ: "ประกาศใช้ข้อบัญญัติงบประมาณรายจ่ายประจำปี" }])
      .build()
      .map((grid) =>
        grid.name === "Strategies"
          ? {
              ...grid,
              rowsBelow: [
                [null, null],
                ["ฉบับ", "เหตุที่จัดทำ"],
                ["หลัก", "อื่น ๆ"],
              ],
            }
          : grid.name === "Editions"
            ? { ...grid, sheet: "ยุทธศาสตร์", headerRow: 4, firstRowBelow: 6 }
            : grid,
      );
    expect(findings(grids).filter((f) => f.includes("below"))).toEqual([]);
  });
});
