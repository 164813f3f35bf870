import {
  devPlanEditionsMatch,
  formatDevPlanEdition,
  normalDevPlanEdition,
  parseDevPlanEdition,
} from "../../../../src/domain/devplan/devPlanEdition";

describe("parseDevPlanEdition", () => {
  it.each([
    ["2566–2570", { span: { from: 2566, to: 2570 }, kind: "หลัก", number: null, year: null }],
    [
      "แผนพัฒนาท้องถิ่น (พ.ศ. ๒๕๖๖ - ๒๕๗๐)",
      { span: { from: 2566, to: 2570 }, kind: "หลัก", number: null, year: null },
    ],
    ["2566-70", { span: { from: 2566, to: 2570 }, kind: "หลัก", number: null, year: null }],
    ["2566–2570 เพิ่มเติม 1/2568", { span: { from: 2566, to: 2570 }, kind: "เพิ่มเติม", number: 1, year: 2568 }],
    ["เพิ่มเติม ครั้งที่ ๒/๒๕๖๗", { span: null, kind: "เพิ่มเติม", number: 2, year: 2567 }],
    ["เพิ่มเติม ครั้งที่ 1 พ.ศ. 2568", { span: null, kind: "เพิ่มเติม", number: 1, year: 2568 }],
    ["เปลี่ยนแปลงครั้งที่6/2562", { span: null, kind: "เปลี่ยนแปลง", number: 6, year: 2562 }],
    ["ฉบับเพิ่มเติม (ฉบับที่ 4)", { span: null, kind: "เพิ่มเติม", number: 4, year: null }],
    ["แก้ไข 2568", { span: null, kind: "แก้ไข", number: null, year: 2568 }],
    ["ฉบับหลัก", { span: null, kind: "หลัก", number: null, year: null }],
  ])("reads %s", (text, expected) => {
    expect(parseDevPlanEdition(text)).toEqual(expected);
  });

  it.each([[""], ["   "], ["เล่มสีฟ้า"], ["2566"]])("says nothing of %p", (text) => {
    expect(parseDevPlanEdition(text)).toBeNull();
  });
});

describe("formatDevPlanEdition and normalDevPlanEdition", () => {
  it("writes labels one way", () => {
    expect(normalDevPlanEdition("(พ.ศ.๒๕๖๖-๒๕๗๐)")).toBe("2566–2570");
    expect(normalDevPlanEdition("แผนพัฒนาท้องถิ่น พ.ศ. 2566 - 2570 เพิ่มเติม ครั้งที่ 1/2568")).toBe(
      "2566–2570 เพิ่มเติม 1/2568",
    );
    expect(formatDevPlanEdition({ span: null, kind: "ทบทวน", number: null, year: 2567 })).toBe("ทบทวน 2567");
    expect(normalDevPlanEdition(" เล่มสีฟ้า ")).toBe("เล่มสีฟ้า");
  });
});

describe("devPlanEditionsMatch", () => {
  it.each([
    ["", "2566–2570 เพิ่มเติม 1/2568"],
    ["2566-2570", "แผนพัฒนาท้องถิ่น (พ.ศ. ๒๕๖๖–๒๕๗๐)"],
    ["หลัก", "2566–2570"],
    ["เพิ่มเติม ครั้งที่ 1/2568", "2566–2570 เพิ่มเติม 1/2568"],
    ["2566–2570 เพิ่มเติม 1", "เพิ่มเติม ครั้งที่ 1/2568"],
    ["เล่มสีฟ้า", "เล่ม สีฟ้า"],
  ])("%p names %p", (reference, listed) => {
    expect(devPlanEditionsMatch(reference, listed)).toBe(true);
  });

  it.each([
    ["2566–2570", "2566–2570 เพิ่มเติม 1/2568"],
    ["เพิ่มเติม 2/2568", "2566–2570 เพิ่มเติม 1/2568"],
    ["เพิ่มเติม 1/2567", "เพิ่มเติม 1/2568"],
    ["2561–2565", "2566–2570"],
    ["เปลี่ยนแปลง 1/2568", "เพิ่มเติม 1/2568"],
    ["เล่มสีฟ้า", "เล่มสีแดง"],
  ])("%p does not name %p", (reference, listed) => {
    expect(devPlanEditionsMatch(reference, listed)).toBe(false);
  });
});
