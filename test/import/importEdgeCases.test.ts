import { FISCAL_MONTHS, type FiscalMonth } from "../../src/domain/model/months";
import { importPd02Sheet } from "../../src/domain/import/importPd02Sheet";
import { cellsFrom } from "./fixtures/cellsFrom";

const months = (...names: FiscalMonth[]): boolean[] => FISCAL_MONTHS.map((m) => names.includes(m));

/** A three-row header: labels merged over rows 1–3, "ระยะเวลาดำเนินงาน" over the พ.ศ. row over the months (F–Q). */
const threeRowHeader = {
  A1: "ลำดับ",
  B1: "ชื่อโครงการ",
  C1: "รายละเอียด",
  D1: "งบประมาณ",
  E1: "หน่วยงานที่รับผิดชอบ",
  F1: "ระยะเวลาดำเนินงาน",
  F2: "2569",
  I2: "2570",
  F3: "ต.ค.",
  G3: "พ.ย.",
  H3: "ธ.ค.",
  I3: "ม.ค.",
  J3: "ก.พ.",
  K3: "มี.ค.",
  L3: "เม.ย.",
  M3: "พ.ค.",
  N3: "มิ.ย.",
  O3: "ก.ค.",
  P3: "ส.ค.",
  Q3: "ก.ย.",
};
const headerMerges = ["A1:A3", "B1:B3", "C1:C3", "D1:D3", "E1:E3", "F1:Q1", "F2:H2", "I2:Q2"];

describe("importPd02Sheet — edge cases", () => {
  it("handles a three-row header, a project over two merged rows and marks on its second row", () => {
    const cells = cellsFrom(
      "Sheet1",
      {
        ...threeRowHeader,
        A4: "1. ยุทธศาสตร์การพัฒนาด้านการบริหารจัดการบ้านเมืองที่ดี",
        A5: "1.1 แผนงานบริหารทั่วไป",
        A6: 1,
        B6: "โครงการจัดเก็บภาษีนอกสถานที่",
        C6: "ออกหน่วยจัดเก็บภาษี",
        D6: "20,000",
        E6: "กองคลัง",
        C7: "ทุกหมู่บ้าน",
        L7: "√",
      },
      { merges: [...headerMerges, "A6:A7", "B6:B7", "D6:D7", "E6:E7", "F6:H7"], fills: { F6: "#92D050" } },
    );
    const result = importPd02Sheet(cells, {});
    expect(result.fiscalYear).toBe(2570);
    expect(result.projects).toHaveLength(1);
    expect(result.projects[0]).toMatchObject({
      cell: "A6",
      workPlan: "แผนงานบริหารงานทั่วไป",
      name: "โครงการจัดเก็บภาษีนอกสถานที่",
      activityDetail: "ออกหน่วยจัดเก็บภาษี ทุกหมู่บ้าน",
      budget: 20_000_00,
      responsibleUnit: "กองคลัง",
      location: "",
      months: months("ต.ค.", "พ.ย.", "ธ.ค.", "เม.ย."),
    });
    expect(result.skipped).toEqual([]);
  });

  it("reports projects without strategy or work plan, unreadable budgets and unknown work plans", () => {
    const cells = cellsFrom(
      "Sheet1",
      {
        ...threeRowHeader,
        A4: 1,
        B4: "โครงการไม่มีกลุ่ม",
        D4: "ประมาณ 5 หมื่น",
        F4: "/",
        A5: "1.1 แผนงานการท่องเที่ยว",
        A6: 2,
        B6: "โครงการส่งเสริมการท่องเที่ยว",
        D6: 10000,
        A7: "ยอดยกมา",
        D7: 999,
      },
      { merges: headerMerges },
    );
    const result = importPd02Sheet(cells, { fiscalYear: 2570 });
    expect(result.projects.map((p) => [p.cell, p.strategyNumber, p.workPlan, p.budget])).toEqual([
      ["A4", null, "", 0],
      ["A6", null, "แผนงานการท่องเที่ยว", 10_000_00],
    ]);
    expect(result.skipped).toEqual([{ cell: "A7", reason: "total" }]);
    expect(result.issues.map((i) => [i.code, i.location?.cell, i.params])).toEqual([
      ["import-budget-unreadable", "D4", { text: "ประมาณ 5 หมื่น" }],
      ["import-unknown-work-plan", "A5", { text: "แผนงานการท่องเที่ยว" }],
      ["import-funding-assumed", "A4", { count: 2, cells: "A4, A6" }],
      ["import-no-strategy", "A4", { count: 2, cells: "A4, A6" }],
      ["import-no-work-plan", "A4", { count: 1, cells: "A4" }],
      ["import-no-months-marked", "A6", { count: 1, cells: "A6" }],
    ]);
  });

  it("takes the year from the title when the header has none, and the option when neither has", () => {
    const header = {
      A3: "ที่",
      B3: "โครงการ",
      C3: "งบประมาณ",
      D3: "ต.ค.",
      E3: "พ.ย.",
      A4: 1,
      B4: "โครงการก",
      C4: 1000,
      D4: "x",
    };
    expect(
      importPd02Sheet(cellsFrom("S", { A1: "แผนการดำเนินงาน ประจำปีงบประมาณ พ.ศ. ๒๕๖๙", ...header }), {})
        .fiscalYear,
    ).toBe(2569);
    expect(importPd02Sheet(cellsFrom("S", header), { fiscalYear: 2571 }).fiscalYear).toBe(2571);
    const unknown = importPd02Sheet(cellsFrom("S", header), {});
    expect(unknown.fiscalYear).toBeNull();
    expect(unknown.issues[0]).toMatchObject({ code: "import-no-fiscal-year", location: { cell: "A3" } });
  });

  it("starts with the edition named in the title, and completes a marker written without its year", () => {
    const cells = cellsFrom("S", {
      A1: "แผนการดำเนินงาน ประจำปีงบประมาณ พ.ศ. 2570 แก้ไขครั้งที่ 2/2570",
      A3: "ที่",
      B3: "โครงการ",
      C3: "งบประมาณ",
      D3: "ต.ค.",
      A4: 1,
      B4: "โครงการก",
      C4: 1000,
      D4: "x",
      A5: "เพิ่มเติม ฉบับที่ ๓",
      A6: 1,
      B6: "โครงการข",
      C6: 2000,
      D6: "x",
    });
    expect(importPd02Sheet(cells, {}).projects.map((p) => p.edition)).toEqual([
      "แก้ไข 2/2570",
      "เพิ่มเติม 3/2570",
    ]);
  });

  it("does not take a detail beginning with รวม for a total row, nor a stray note for a project's text", () => {
    const cells = cellsFrom("S", {
      A1: "ที่",
      B1: "โครงการ",
      C1: "รายละเอียด",
      D1: "งบประมาณ",
      E1: "ต.ค.",
      A2: 1,
      B2: "โครงการอบรมผู้สูงอายุ",
      C2: "อบรม",
      D2: 5000,
      E2: "x",
      C3: "รวมผู้เข้าร่วมทั้งหมด 120 คน จาก 10 หมู่บ้าน",
      A4: "ข้อความลอย",
    });
    const result = importPd02Sheet(cells, { fiscalYear: 2570 });
    expect(result.projects[0]?.activityDetail).toBe("อบรม รวมผู้เข้าร่วมทั้งหมด 120 คน จาก 10 หมู่บ้าน");
    expect(result.skipped).toEqual([{ cell: "A4", reason: "unrecognised" }]);
  });

  it("reads group numbers typed in the ที่ column with the name beside them", () => {
    const cells = cellsFrom("S", {
      A1: "ที่",
      B1: "โครงการ",
      C1: "งบประมาณ",
      D1: "ต.ค.",
      A2: 1,
      B2: "ยุทธศาสตร์การพัฒนาด้านสังคม",
      A3: "1.1",
      B3: "แผนงานสังคมสงเคราะห์",
      A4: 1,
      B4: "โครงการช่วยเหลือผู้ยากไร้",
      C4: 30000,
      D4: "x",
      B5: "เพิ่มเติม",
    });
    const result = importPd02Sheet(cells, { fiscalYear: 2570 });
    expect(result.strategies).toEqual([{ number: 1, name: "ยุทธศาสตร์การพัฒนาด้านสังคม", cell: "A2" }]);
    expect(result.projects.map((p) => [p.cell, p.strategyNumber, p.workPlan, p.name])).toEqual([
      ["A4", 1, "แผนงานสังคมสงเคราะห์", "โครงการช่วยเหลือผู้ยากไร้ เพิ่มเติม"],
    ]);
  });

  it("skips text under a group row that has no project to belong to", () => {
    const cells = cellsFrom("S", {
      A1: "ที่",
      B1: "โครงการ",
      C1: "งบประมาณ",
      D1: "ต.ค.",
      A2: "1. ยุทธศาสตร์การพัฒนาด้านสังคม",
      B3: "(ต่อจากหน้าที่แล้ว)",
    });
    expect(importPd02Sheet(cells, { fiscalYear: 2570 }).skipped).toEqual([
      { cell: "A3", reason: "orphan-continuation" },
    ]);
  });

  it("reads a funding note typed in the budget cell as a zero budget with that source", () => {
    const cells = cellsFrom("S", {
      A1: "ที่",
      B1: "โครงการ",
      C1: "งบประมาณ",
      D1: "ต.ค.",
      A2: "1. ยุทธศาสตร์การพัฒนาด้านสังคม",
      A3: "1.1 แผนงานสาธารณสุข",
      A4: 1,
      B4: "โครงการรณรงค์ป้องกันไข้เลือดออก",
      C4: "(ไม่ใช้งบประมาณ)",
      D4: "x",
      A5: 2,
      B5: "โครงการหน่วยแพทย์เคลื่อนที่",
      C5: "(โรงพยาบาลส่งเสริมสุขภาพตำบล ดำเนินการ)",
      D5: "x",
    });
    const result = importPd02Sheet(cells, { fiscalYear: 2570 });
    expect(result.projects.map((p) => [p.cell, p.budget, p.fundingSource])).toEqual([
      ["A4", 0, "NONE"],
      ["A5", 0, "AGENCY"],
    ]);
    expect(result.issues).toEqual([]);
  });
});

describe("importPd02Sheet — marks and amounts as the template reads them", () => {
  const sheet = (row: Record<string, string | number>) =>
    cellsFrom("Sheet1", {
      ...threeRowHeader,
      A4: "1. ยุทธศาสตร์การพัฒนาด้านการบริหารจัดการบ้านเมืองที่ดี",
      A5: "1.1 แผนงานบริหารทั่วไป",
      A6: 1,
      B6: "โครงการจัดเก็บภาษีนอกสถานที่",
      E6: "กองคลัง",
      ...row,
    });

  // "-" and "0" fill the months that do not run in hand-made sheets: they were marked before (issue #13).
  it("leaves months holding only '-', '0' or '–' unmarked", () => {
    const result = importPd02Sheet(sheet({ D6: "20,000", F6: "-", G6: "0", H6: "✓", I6: "–", J6: 0 }), {});
    expect(result.projects[0]?.months).toEqual(months("ธ.ค."));
  });

  it.each([
    ["10,000.-", 10_000_00],
    ["๑๐,๐๐๐.๐๐ บาท", 10_000_00],
    ["１０,０００", 10_000_00],
    ["-", 0],
  ])("reads the budget %p as the template reader does", (typed, satang) => {
    const result = importPd02Sheet(sheet({ D6: typed, H6: "✓" }), {});
    expect(result.projects[0]?.budget).toBe(satang);
    expect(result.issues.filter((i) => i.code === "import-budget-unreadable")).toEqual([]);
  });

  it("reads a work-plan heading copied from a PDF", () => {
    const result = importPd02Sheet(
      sheet({
        A5: "1.1 แผนงานเคหะและชุมชน".replace("แ", "เเ"),
        B6: "โครงการซ่อมบ\u0e4d\u0e32รุงถนน",
        D6: 1,
        H6: "✓",
      }),
      {},
    );
    expect(result.projects[0]).toMatchObject({ workPlan: "แผนงานเคหะและชุมชน", name: "โครงการซ่อมบำรุงถนน" });
  });
});
