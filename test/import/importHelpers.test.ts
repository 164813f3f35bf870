import fc from "fast-check";
import { classifyTextRow } from "../../src/domain/import/_lib/classifyTextRow";
import { fundingFromNotes } from "../../src/domain/import/_lib/fundingFromNotes";
import { monthOfHeader } from "../../src/domain/import/_lib/monthOfHeader";
import { parseBudgetCell } from "../../src/domain/import/_lib/parseBudgetCell";
import { resolveWorkPlan } from "../../src/domain/import/_lib/resolveWorkPlan";

describe("parseBudgetCell", () => {
  it.each([
    [378000, { kind: "amount", satang: 378_000_00 }],
    [" 1,632,820 ", { kind: "amount", satang: 1_632_820_00 }],
    ["10,500,000.00", { kind: "amount", satang: 10_500_000_00 }],
    ["๑,๒๓๔.๕", { kind: "amount", satang: 1_234_50 }],
    ["25,000 บาท", { kind: "amount", satang: 25_000_00 }],
    ["-", { kind: "amount", satang: 0 }],
    ["–", { kind: "amount", satang: 0 }],
    ["", { kind: "blank" }],
    [null, { kind: "blank" }],
    ["ไม่ใช้งบประมาณ", { kind: "invalid", text: "ไม่ใช้งบประมาณ" }],
    [-5, { kind: "invalid", text: "-5" }],
  ])("reads %j", (value, expected) => {
    expect(parseBudgetCell(value)).toEqual(expected);
  });

  it("reads any amount back as typed with separators, in Arabic or Thai digits", () => {
    const thai = (s: string) => s.replace(/\d/gu, (d) => "๐๑๒๓๔๕๖๗๘๙"[Number(d)] ?? d);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 99_999_999_999 }), fc.boolean(), (satang, useThai) => {
        const baht = Math.floor(satang / 100).toLocaleString("en-US");
        const typed = `${baht}.${String(satang % 100).padStart(2, "0")}`;
        expect(parseBudgetCell(useThai ? thai(typed) : typed)).toEqual({ kind: "amount", satang });
      }),
    );
  });
});

describe("monthOfHeader", () => {
  it.each([
    ["ต.ค.", { month: 0, year: null }],
    ["ต.ค. 69", { month: 0, year: 2569 }],
    ["มี.ค.", { month: 5, year: null }],
    ["มีนาคม ๒๕๗๐", { month: 5, year: 2570 }],
    ["ก.ย", { month: 11, year: null }],
    ["เม.ย.70", { month: 6, year: 2570 }],
  ])("reads %j", (text, expected) => {
    expect(monthOfHeader(text)).toEqual(expected);
  });

  it.each(["ที่", "โครงการ", "พ.ศ. 2569", "", "มค.x"])("is not fooled by %j", (text) => {
    expect(monthOfHeader(text)).toBeNull();
  });
});

describe("classifyTextRow", () => {
  it.each([
    [
      "1. ยุทธศาสตร์การพัฒนาด้านโครงสร้างพื้นฐาน",
      { kind: "strategy", number: 1, name: "ยุทธศาสตร์การพัฒนาด้านโครงสร้างพื้นฐาน" },
    ],
    [
      "ยุทธศาสตร์ที่ 4 การพัฒนาด้านการบริหารจัดการ",
      { kind: "strategy", number: 4, name: "ยุทธศาสตร์การพัฒนาด้านการบริหารจัดการ" },
    ],
    [
      "2.3 แผนงานการพานิชย์",
      { kind: "workPlan", strategyNumber: 2, workPlan: "แผนงานการพาณิชย์", text: "แผนงานการพานิชย์" },
    ],
    ["1.2 งบกลาง", { kind: "workPlan", strategyNumber: 1, workPlan: "แผนงานงบกลาง", text: "งบกลาง" }],
    [
      "แผนงานสาธารณสุข",
      { kind: "workPlan", strategyNumber: null, workPlan: "แผนงานสาธารณสุข", text: "แผนงานสาธารณสุข" },
    ],
    ["เพิ่มเติมครั้งที่ 5 / 2567", { kind: "edition", code: "เพิ่มเติม 5/2567" }],
    ["แผนการดำเนินงาน เปลี่ยนแปลง ฉบับที่ 1", { kind: "edition", code: "เปลี่ยนแปลง 1/2570" }],
    ["รวม", { kind: "total", grand: false }],
    ["รวมทั้งสิ้น", { kind: "total", grand: true }],
    ["โครงการก่อสร้างถนน", null],
    ["1.1 ถนนสายหลัก", null],
  ])("reads %j", (text, expected) => {
    expect(classifyTextRow(text, 2570)).toEqual(expected);
  });
});

describe("fundingFromNotes and resolveWorkPlan", () => {
  it.each([
    [["โครงการก่อสร้างถนน (เงินอุดหนุนเฉพาะกิจ)"], "SPG"],
    [["โครงการขุดลอก", "(จ่ายขาดเงินสะสม)"], "ACC"],
    [["โครงการปลูกป่า", "(ไม่ใช้งบประมาณ)"], "NONE"],
    [["โครงการซ่อมถนน (แขวงทางหลวงชนบท ดำเนินการ)"], "AGENCY"],
    [["อุดหนุนที่ทำการปกครองอำเภอ"], "ORD-SUB"],
    [["โครงการก่อสร้างถนน", "ผิวจราจรกว้าง 4 ม."], null],
    [["โครงการประปาหมู่บ้าน (เงินสะสม)"], "ACC"],
    [["โครงการส่งเสริมกลุ่มออมเงินสะสมชุมชน"], null],
  ])("funding of %j", (texts, expected) => {
    expect(fundingFromNotes(texts)).toBe(expected);
  });

  it.each([
    ["แผนงานการศาสานาวัฒนธรรมและนันทนาการ", "แผนงานการศาสนาวัฒนธรรมและนันทนาการ"],
    ["ผง.การเกษตร", "แผนงานการเกษตร"],
    ["แผนงานการศึกษา (งานระดับก่อนวัยเรียน)", "แผนงานการศึกษา"],
    ["แผนงานการท่องเที่ยว", null],
  ])("work plan of %j", (text, expected) => {
    expect(resolveWorkPlan(text)).toBe(expected);
  });
});
