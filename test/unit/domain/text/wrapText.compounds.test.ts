import { PLAN_COMPOUNDS } from "../../../fixtures/planCompounds";
import { compoundSpans } from "../../../../src/domain/text/compoundSpans";
import { estimateTextWidth } from "../../../../src/domain/text/estimateTextWidth";
import { wrapText } from "../../../../src/domain/text/wrapText";

const SIZE = 14;
/** Where plans put these words: inside a project name, after a verb, before a number and a place. */
const contexts = (word: string): string[] => [
  `โครงการ${word}ประจำปี`,
  `ส่งเสริม${word}ภายในตำบล`,
  `${word} หมู่ที่ 3 บ้านหนองสระ`,
  `จัดซื้อวัสดุ${word}และอุปกรณ์`,
];

/** The places a compound was broken across two consecutive lines, as "before|after". */
function brokenAt(lines: readonly string[], word: string): string[] {
  const found: string[] = [];
  for (let i = 0; i + 1 < lines.length; i += 1) {
    const [end, start] = [lines[i] ?? "", lines[i + 1] ?? ""];
    for (let k = 1; k < word.length; k += 1)
      if (end.endsWith(word.slice(0, k)) && start.startsWith(word.slice(k)))
        found.push(`${word.slice(0, k)}|${word.slice(k)}`);
  }
  return found;
}

/** Every break found wrapping each compound in each context at every width from its own up. */
function breaksOver(words: readonly string[], compounds?: readonly string[]): Map<string, string[]> {
  const broken = new Map<string, string[]>();
  for (const word of words) {
    const own = estimateTextWidth(word, SIZE);
    for (const text of contexts(word)) {
      for (let width = own; width < estimateTextWidth(text, SIZE); width += 4) {
        const lines =
          compounds === undefined
            ? wrapText(text, width, SIZE)
            : wrapText(text, width, SIZE, false, [], compounds);
        const here = brokenAt(lines, word);
        if (here.length > 0) broken.set(word, [...(broken.get(word) ?? []), ...here]);
      }
    }
  }
  return broken;
}

describe("compounds a Thai reader reads as one word", () => {
  test("the list is several hundred words of plans", () => {
    expect(new Set(PLAN_COMPOUNDS).size).toBeGreaterThanOrEqual(300);
  });

  test("no line ever breaks inside one, in any context, at any width it fits", () => {
    expect(Object.fromEntries(breaksOver(PLAN_COMPOUNDS))).toEqual({});
  });

  test("without the compound dictionary, word boundaries alone would break many of them", () => {
    // The test above can fail: ICU's boundaries split these words (สิ่ง|แวดล้อม, ค่า|ใช้|จ่าย).
    const broken = breaksOver(PLAN_COMPOUNDS, []);
    expect(broken.size).toBeGreaterThan(PLAN_COMPOUNDS.length / 3);
    expect(["สิ่งแวดล้อม", "ค่าใช้จ่าย", "อาหารกลางวัน", "โรงพยาบาล"].filter((w) => !broken.has(w))).toEqual([]);
  });

  test("a compound wider than the line still breaks at its word boundaries, never between letters", () => {
    const lines = wrapText("ศูนย์พัฒนาเด็กเล็ก", estimateTextWidth("ศูนย์พัฒนา", SIZE) + 1, SIZE);
    expect(lines).toEqual(["ศูนย์พัฒนา", "เด็กเล็ก"]);
  });

  test("a line never ends on a bound prefix before its word", () => {
    // From the width of the widest prefixed word: a narrower line must break it somewhere.
    const widest = Math.max(
      ...["การพัฒนา", "ความรู้", "ผู้นำชุมชน", "นักเรียน"].map((w) => estimateTextWidth(w, SIZE)),
    );
    for (let width = widest; width < 140; width += 3) {
      const lines = wrapText("ส่งเสริมการพัฒนาความรู้ของผู้นำชุมชนและนักเรียน", width, SIZE);
      for (const line of lines.slice(0, -1)) expect(line).not.toMatch(/(การ|ความ|ผู้|นัก)$/u);
    }
  });

  test("a slash between Thai words is a place to break after; compounds after it stay whole; 1/2570 never splits", () => {
    const text = "แบบ ผด.02 บัญชีโครงการ/กิจกรรม/งบประมาณ เพิ่มเติม 1/2570";
    for (let width = 90; width < 320; width += 3) {
      const lines = wrapText(text, width, SIZE);
      expect(lines.join("").replace(/\s/gu, "")).toBe(text.replace(/\s/gu, ""));
      for (const [line, next] of lines.slice(0, -1).map((l, i) => [l, lines[i + 1] ?? ""] as const)) {
        expect(`${line}|${next}`).not.toMatch(/งบ\|ประมาณ/u);
        expect(`${line}|${next}`).not.toMatch(/1\/?\|\/?2570/u);
      }
    }
  });

  test("an opening quote is never left at a line's end before a kept name", () => {
    const text = 'โครงการแข่งขันกีฬาต้านยาเสพติด "หนองแสงทองเกมส์"';
    for (let width = 60; width < 200; width += 3) {
      for (const line of wrapText(text, width, SIZE, false, ["หนองแสงทอง"]).slice(0, -1))
        expect(line).not.toMatch(/"$/u);
    }
  });
});

describe("compoundSpans", () => {
  test("finds every compound at each start, as whole syllables only", () => {
    const text = "โครงการรักษาสิ่งแวดล้อม";
    expect(compoundSpans(text).map(([s, e]) => text.slice(s, e))).toEqual(["โครงการ", "สิ่งแวดล้อม"]);
    expect(compoundSpans("ค่าจ้างประจำ").map(([s, e]) => e - s)).toEqual([7, 12]);
    expect(compoundSpans("ทำนาทีละแปลง", ["นาที"])).toEqual([[2, 6]]);
    // นาที would end before a tone mark here (นาที่): not a word of the text.
    expect(compoundSpans("ทำนาที่ดี", ["นาที"])).toEqual([]);
    // เกม would start after a leading vowel's consonant cluster: not found inside เกมส์'s neighbour.
    expect(compoundSpans("เลขา", ["ลขา"])).toEqual([]);
  });
});
