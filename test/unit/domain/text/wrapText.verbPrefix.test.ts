import { estimateTextWidth } from "../../../../src/domain/text/estimateTextWidth";
import { wrapText } from "../../../../src/domain/text/wrapText";

const SIZE = 14;

/** Every wrapping of `text` at each width from `word`'s own up to the whole text's. */
function wrappings(text: string, word: string): string[][] {
  const found: string[][] = [];
  for (let width = estimateTextWidth(word, SIZE); width < estimateTextWidth(text, SIZE); width += 3)
    found.push(wrapText(text, width, SIZE));
  return found;
}

describe("ให้การ and ทำการ before a word: the verb, then a nominalised word", () => {
  // ICU's dictionary reads ให้การ (testify) and ทำการ (operate) as words, so lines ended on them.
  it.each([
    ["จัดให้การสนับสนุนแก่ชุมชน", "การสนับสนุน"],
    ["ตามการป้องกันให้การบริหารและการพัฒนา", "การบริหาร"],
    ["ส่งเสริมให้การศึกษาแก่เด็กเล็ก", "การศึกษา"],
    ["อบรมเกษตรกรทำการเกษตรปลอดสารพิษ", "การเกษตร"],
  ])("%s never breaks inside %s where it fits a line", (text, word) => {
    const lines = wrappings(text, word);
    expect(lines.length).toBeGreaterThan(3);
    for (const wrapped of lines) {
      expect(wrapped.join("")).toBe(text);
      expect(wrapped.some((line) => line.includes(word)) ? "whole" : wrapped.join("|")).toBe("whole");
    }
  });

  it.each([
    ["ภายในสิบห้าวันทำการนับแต่วันประกาศ", "ทำการ"],
    ["ติดต่อได้ในเวลาทำการของสำนักงาน", "ทำการ"],
    ["บันทึกคำให้การของพยานไว้", "ให้การ"],
  ])("%s never breaks inside %s: after วัน, เวลา, คำ … it ends a word of its own", (text, word) => {
    const lines = wrappings(text, word);
    expect(lines.length).toBeGreaterThan(3);
    const torn = (wrapped: string[]) =>
      wrapped.some((line, i) => line.endsWith(word.slice(0, -3)) && (wrapped[i + 1] ?? "").startsWith("การ"));
    for (const wrapped of lines) expect(torn(wrapped) ? wrapped.join("|") : "whole").toBe("whole");
  });
});
