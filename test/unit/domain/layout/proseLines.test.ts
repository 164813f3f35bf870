import { justifiable, MAX_STRETCH_EM, paragraphLines } from "../../../../src/domain/layout/_lib/proseLines";
import { estimateTextWidth } from "../../../../src/domain/text/estimateTextWidth";

const SIZE = 16;
const NBSP = "\u00A0";

describe("justifiable: a line is spread only where its plain spaces can take the slack", () => {
  const line = "ที่ 30 กันยายน พ.ศ. 2569 และนายกองค์การบริหารส่วนตำบล";
  const width = estimateTextWidth(line, SIZE) + 5 + 3 * MAX_STRETCH_EM * SIZE;

  it("with six plain spaces and three ems of slack, the line is justified", () => {
    expect(justifiable(line, width, SIZE)).toBe(true);
  });

  it("with the date held by no-break spaces, two plain spaces would each take 1.5 em: set ragged", () => {
    // Excel and LibreOffice do not stretch a no-break space; counting them hid gaps of 30 pt and more.
    const dated = line.replace("30 กันยายน พ.ศ. 2569", `30${NBSP}กันยายน${NBSP}พ.ศ.${NBSP}2569`);
    expect(estimateTextWidth(dated, SIZE)).toBeCloseTo(estimateTextWidth(line, SIZE), 0);
    expect(justifiable(dated, width, SIZE)).toBe(false);
  });

  it("a line without spaces, or wider than its cell, is never justified", () => {
    expect(justifiable("ประกาศใช้ข้อบัญญัติงบประมาณรายจ่าย", 400, SIZE)).toBe(false);
    expect(justifiable(line, estimateTextWidth(line, SIZE) - 1, SIZE)).toBe(false);
  });
});

describe("paragraphLines", () => {
  it("justifies every line but the last, and only lines that can be", () => {
    const text =
      "อาศัยอำนาจตามความในข้อ 26 (2) และข้อ 27 แห่งระเบียบกระทรวงมหาดไทยว่าด้วยการจัดทำแผนพัฒนาของ องค์กรปกครองส่วนท้องถิ่น พ.ศ. 2548 และแก้ไขเพิ่มเติม";
    const cell = 300;
    const lines = paragraphLines(
      text,
      { first: cell - 40, rest: cell - 8, firstCell: cell - 32, restCell: cell },
      SIZE,
      [],
    );
    expect(lines.length).toBeGreaterThan(2);
    expect(lines.at(-1)?.justified).toBe(false);
    for (const [i, l] of lines.entries())
      if (l.justified) expect(justifiable(l.text, i === 0 ? cell - 32 : cell, SIZE)).toBe(true);
  });
});
