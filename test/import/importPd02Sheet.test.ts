import { FISCAL_MONTHS, type FiscalMonth } from "../../src/domain/model/months";
import { importPd02Sheet } from "../../src/domain/import/importPd02Sheet";
import type { ImportedProject, ImportResult } from "../../src/domain/import/ImportResult";
import type { SheetCells } from "../../src/domain/import/SheetCells";
import { oldWordingPagedSheet, procurementSheet, twoRowHeaderSheet } from "./fixtures/messySheets";

const months = (...names: FiscalMonth[]): boolean[] => FISCAL_MONTHS.map((m) => names.includes(m));

/** The fields a reader checks by eye, without the source reference. */
const summary = (p: ImportedProject) => ({
  cell: p.cell,
  seq: p.seq,
  strategyNumber: p.strategyNumber,
  workPlan: p.workPlan,
  name: p.name,
  activityDetail: p.activityDetail,
  budget: p.budget,
  fundingSource: p.fundingSource,
  location: p.location,
  responsibleUnit: p.responsibleUnit,
  months: p.months,
  edition: p.edition,
  note: p.note,
});

describe("importPd02Sheet — two-row merged header, current wording", () => {
  let result: ImportResult;
  beforeAll(async () => {
    result = importPd02Sheet(await twoRowHeaderSheet().read(), { fiscalYear: 2570 });
  });

  it("takes the fiscal year from the พ.ศ. row over ต.ค. (2569 → FY 2570) and keeps the title", () => {
    expect(result.fiscalYear).toBe(2570);
    expect(result.titleLines).toEqual([
      "แบบ ผด.02",
      "บัญชีโครงการ/กิจกรรม/งบประมาณ",
      "แผนการดำเนินงาน ประจำปีงบประมาณ พ.ศ. 2570",
      "องค์การบริหารส่วนตำบลหนองแสงทอง อำเภอเมืองมหาสารคาม จังหวัดมหาสารคาม",
    ]);
  });

  it("creates strategies from the group rows, Thai digits included", () => {
    expect(result.strategies).toEqual([
      { number: 1, name: "ยุทธศาสตร์การพัฒนาด้านโครงสร้างพื้นฐาน", cell: "A7" },
      { number: 2, name: "ยุทธศาสตร์การพัฒนาด้านคุณภาพชีวิตและสังคม", cell: "A13" },
    ]);
  });

  it("reads every project with its work plan, budget, months and funding", () => {
    expect(result.projects.map(summary)).toEqual([
      {
        cell: "A9",
        seq: "1",
        strategyNumber: 1,
        workPlan: "แผนงานอุตสาหกรรมและการโยธา",
        name: "โครงการก่อสร้างถนนคอนกรีตเสริมเหล็ก สายบ้านนายสมชาย – หนองสระ หมู่ที่ 3",
        activityDetail: "ผิวจราจรกว้าง 4.00 ม. ยาว 150 ม. หนา 0.15 ม.",
        budget: 378_000_00,
        fundingSource: "ORD",
        location: "หมู่ที่ 3",
        responsibleUnit: "กองช่าง",
        months: months("ม.ค.", "ก.พ.", "มี.ค."),
        edition: "หลัก",
        note: "",
      },
      {
        cell: "A11",
        seq: "2",
        strategyNumber: 1,
        workPlan: "แผนงานอุตสาหกรรมและการโยธา",
        name: "โครงการซ่อมแซมถนนลูกรังเพื่อการเกษตร",
        activityDetail: "ลงหินคลุก",
        budget: 150_000_00,
        fundingSource: "ORD",
        location: "หมู่ที่ 5",
        responsibleUnit: "กองช่าง",
        months: months("พ.ย.", "เม.ย."),
        edition: "หลัก",
        note: "",
      },
      {
        cell: "A15",
        seq: "1",
        strategyNumber: 2,
        workPlan: "แผนงานการศึกษา",
        name: "โครงการสนับสนุนค่าใช้จ่ายการบริหารสถานศึกษา",
        activityDetail: "ค่าอาหารกลางวันเด็กเล็ก",
        budget: 1_234_567_50,
        fundingSource: "ORD",
        location: "ศพด.",
        responsibleUnit: "กองการศึกษา",
        months: months("ต.ค.", "พ.ย.", "ธ.ค."),
        edition: "หลัก",
        note: "",
      },
      {
        cell: "A17",
        seq: "2",
        strategyNumber: 2,
        workPlan: "แผนงานการศึกษา",
        name: "โครงการแข่งขันกีฬาต้านยาเสพติด",
        activityDetail: "(ไม่ใช้งบประมาณ)",
        budget: 0,
        fundingSource: "NONE",
        location: "สนามกีฬา อบต.",
        responsibleUnit: "กองการศึกษา",
        months: months("ก.พ."),
        edition: "หลัก",
        note: "",
      },
      {
        cell: "A19",
        seq: "1",
        strategyNumber: 2,
        workPlan: "แผนงานการรักษาความสงบภายใน",
        name: "โครงการป้องกันและลดอุบัติเหตุทางถนนช่วงเทศกาล",
        activityDetail: "จัดตั้งจุดบริการประชาชน",
        budget: 60_000_00,
        fundingSource: "ORD",
        location: "ถนนสายหลัก",
        responsibleUnit: "สำนักปลัด",
        months: months("ธ.ค.", "เม.ย."),
        edition: "หลัก",
        note: "",
      },
    ]);
    expect(result.rowsImported).toBe(5);
  });

  it("points each project back at its row and columns", () => {
    expect(result.projects[0]?.source).toEqual({
      sheet: "ผด.02",
      table: "ผด.02",
      row: 9,
      columns: { seq: "A", budget: "D", name: "B", activityDetail: "C", location: "E", responsibleUnit: "F" },
    });
  });

  it("skips totals and blank rows, and reports the subtotal that disagrees", () => {
    expect(result.skipped).toEqual([
      { cell: "A12", reason: "total" },
      { cell: "A16", reason: "blank" },
      { cell: "A20", reason: "total" },
      { cell: "A21", reason: "total" },
    ]);
    expect(result.issues).toEqual([
      {
        code: "import-subtotal-mismatch",
        severity: "warning",
        location: { sheet: "ผด.02", cell: "D20" },
        params: { stated: 2_000_000, computed: 1_294_567.5, label: "รวม" },
      },
      {
        code: "import-funding-assumed",
        severity: "warning",
        location: { sheet: "ผด.02", cell: "A9" },
        params: { count: 4, cells: "A9, A11, A15, A19" },
      },
    ]);
  });

  it("warns when the sheet's year is not the one the user expects", async () => {
    const other = importPd02Sheet(await twoRowHeaderSheet().read(), { fiscalYear: 2569 });
    expect(other.fiscalYear).toBe(2570);
    expect(other.issues[0]).toEqual({
      code: "import-fiscal-year-mismatch",
      severity: "warning",
      location: { sheet: "ผด.02", cell: "A5" },
      params: { sheetYear: 2570, expected: 2569 },
    });
  });
});

describe("importPd02Sheet — older wording, pages repeated by hand, an amendment", () => {
  let result: ImportResult;
  beforeAll(async () => {
    result = importPd02Sheet(await oldWordingPagedSheet().read());
  });

  it("finds the header by its labels and the year over the full month names", () => {
    expect(result.fiscalYear).toBe(2570);
    expect(result.strategies).toEqual([{ number: 3, name: "ยุทธศาสตร์การพัฒนาด้านเศรษฐกิจ", cell: "A5" }]);
  });

  it("reads projects on both pages, the marker setting the edition of the rows after it", () => {
    expect(result.projects.map(summary)).toEqual([
      {
        cell: "A7",
        seq: "1",
        strategyNumber: 3,
        workPlan: "แผนงานการเกษตร",
        name: "โครงการส่งเสริมการปลูกผักปลอดสารพิษ",
        activityDetail: "อบรมเกษตรกร 50 คน",
        budget: 45_000_00,
        fundingSource: "ORD",
        location: "หมู่ 1-10",
        responsibleUnit: "กองส่งเสริมการเกษตร",
        months: months("พ.ค."),
        edition: "หลัก",
        note: "ต่อเนื่อง",
      },
      {
        cell: "A8",
        seq: "2",
        strategyNumber: 3,
        workPlan: "แผนงานการเกษตร",
        name: "โครงการขุดลอกคลองส่งน้ำ",
        activityDetail: "ขุดลอกยาว 1,200 ม. (จ่ายขาดเงินสะสม)",
        budget: 10_500_000_00,
        fundingSource: "ACC",
        location: "หมู่ที่ 7",
        responsibleUnit: "กองช่าง",
        months: months("ก.ค.", "ส.ค."),
        edition: "หลัก",
        note: "",
      },
      {
        cell: "A15",
        seq: "1",
        strategyNumber: 3,
        workPlan: "แผนงานการเกษตร",
        name: "โครงการก่อสร้างรางระบายน้ำ",
        activityDetail: "(อบจ.มหาสารคาม ดำเนินการ)",
        budget: 250_000_00,
        fundingSource: "AGENCY",
        location: "ชุมชนบ้านใหม่",
        responsibleUnit: "อบจ.มหาสารคาม",
        months: months("เม.ย.", "พ.ค.", "มิ.ย."),
        edition: "เพิ่มเติม 1/2570",
        note: "",
      },
      {
        cell: "A16",
        seq: "2",
        strategyNumber: 3,
        workPlan: "แผนงานการเกษตร",
        name: "โครงการฝึกอบรมอาชีพ",
        activityDetail: "",
        budget: 12_345_00,
        fundingSource: "SPG",
        location: "ศาลาประชาคม",
        responsibleUnit: "สำนักปลัด",
        months: months("พ.ย."),
        edition: "เพิ่มเติม 1/2570",
        note: "(เงินอุดหนุนเฉพาะกิจ)",
      },
    ]);
  });

  it("skips the repeated title and header, the marker and the grand total (which is right)", () => {
    expect(result.skipped).toEqual([
      { cell: "A10", reason: "blank" },
      { cell: "A11", reason: "repeated-header" },
      { cell: "A12", reason: "repeated-header" },
      { cell: "A13", reason: "repeated-header" },
      { cell: "A14", reason: "edition-marker" },
      { cell: "A17", reason: "total" },
    ]);
    expect(result.issues).toEqual([
      {
        code: "import-funding-assumed",
        severity: "warning",
        location: { sheet: "แผนเดิม", cell: "A7" },
        params: { count: 1, cells: "A7" },
      },
    ]);
  });
});

describe("importPd02Sheet — sheets it must refuse", () => {
  it("refuses a procurement plan by its title, whatever the file or sheet is called", async () => {
    const result = importPd02Sheet(await procurementSheet().read(), { fiscalYear: 2570 });
    expect(result.projects).toEqual([]);
    expect(result.issues).toEqual([
      {
        code: "import-not-operational-plan",
        severity: "error",
        location: { sheet: "ผด.2", cell: "A2" },
        params: { reason: "procurement-title", text: "แผนการจัดหาพัสดุ ประจำปีงบประมาณ พ.ศ. 2570" },
      },
    ]);
  });

  it("refuses a table with a วิธีดำเนินการ column even without a title", () => {
    const cells: SheetCells = {
      name: "Sheet1",
      values: [
        ["ที่", "โครงการ", "งบประมาณ", "วิธีดำเนินการ"],
        [1, "จัดซื้อวัสดุสำนักงาน", 20000, "เฉพาะเจาะจง"],
      ],
      merges: [],
      fills: [],
    };
    expect(importPd02Sheet(cells, {}).issues).toEqual([
      {
        code: "import-not-operational-plan",
        severity: "error",
        location: { sheet: "Sheet1", cell: "D1" },
        params: { reason: "procurement-column", text: "วิธีดำเนินการ" },
      },
    ]);
  });

  it("refuses the equipment form ผด.02/1, whose table looks like ผด.02", () => {
    const cells: SheetCells = {
      name: "ผด.02-1",
      values: [
        ["บัญชีจำนวนครุภัณฑ์สำหรับที่ไม่ได้ดำเนินการตามโครงการพัฒนาท้องถิ่น"],
        ["ที่", "ครุภัณฑ์", "รายละเอียดของครุภัณฑ์", "งบประมาณ (บาท)", "สถานที่ดำเนินการ", "หน่วยงานรับผิดชอบหลัก"],
        [1, "เครื่องปรับอากาศ", "ขนาด 24,000 บีทียู", 28000, "สำนักงาน", "สำนักปลัด"],
      ],
      merges: [],
      fills: [],
    };
    expect(importPd02Sheet(cells, {}).issues).toEqual([
      {
        code: "import-not-operational-plan",
        severity: "error",
        location: { sheet: "ผด.02-1", cell: "A1" },
        params: { reason: "equipment-form", text: "บัญชีจำนวนครุภัณฑ์สำหรับที่ไม่ได้ดำเนินการตามโครงการพัฒนาท้องถิ่น" },
      },
    ]);
  });

  it("reports a sheet without a recognisable header", () => {
    const cells: SheetCells = {
      name: "Notes",
      values: [["รายชื่อผู้เข้าร่วมประชุม"], ["นายสมชาย ใจดี"]],
      merges: [],
      fills: [],
    };
    const result = importPd02Sheet(cells, { fiscalYear: 2570 });
    expect(result.projects).toEqual([]);
    expect(result.issues).toEqual([
      { code: "import-no-header", severity: "error", location: { sheet: "Notes", cell: "A1" }, params: {} },
    ]);
  });
});

describe("importPd02Sheet — purity", () => {
  it("leaves the cells it reads unchanged", async () => {
    const cells = await oldWordingPagedSheet().read();
    const before = JSON.stringify(cells);
    importPd02Sheet(cells, { fiscalYear: 2570 });
    expect(JSON.stringify(cells)).toBe(before);
  });
});
