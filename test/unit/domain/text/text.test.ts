import { estimateTextWidth } from "../../../../src/domain/text/estimateTextWidth";
import { fiscalYearSpan } from "../../../../src/domain/text/fiscalYearSpan";
import { formatBaht } from "../../../../src/domain/text/formatBaht";
import { formatPercent } from "../../../../src/domain/text/formatPercent";
import { formatThaiDate } from "../../../../src/domain/text/formatThaiDate";
import { toThaiDigits } from "../../../../src/domain/text/thaiDigits";
import { THAI_MONTH_ABBREVIATIONS } from "../../../../src/domain/text/thaiMonthNames";
import { wrapText } from "../../../../src/domain/text/wrapText";

describe("Thai text helpers", () => {
  test("toThaiDigits replaces every Arabic digit and nothing else", () => {
    expect(toThaiDigits("พ.ศ. 2570 ข้อ 26 (2)")).toBe("พ.ศ. ๒๕๗๐ ข้อ ๒๖ (๒)");
    expect(toThaiDigits("0123456789")).toBe("๐๑๒๓๔๕๖๗๘๙");
  });

  test("formatThaiDate prints the day, Thai month name and B.E. year", () => {
    expect(formatThaiDate("2026-10-10", { thaiDigits: false }).text).toBe("10 ตุลาคม พ.ศ. 2569");
    expect(formatThaiDate("2027-03-03", { thaiDigits: true })).toEqual({
      day: "๓",
      month: "มีนาคม",
      year: "๒๕๗๐",
      text: "๓ มีนาคม พ.ศ. ๒๕๗๐",
    });
    expect(() => formatThaiDate("10/10/2569", { thaiDigits: false })).toThrow(RangeError);
  });

  test("month abbreviations in calendar order run from ม.ค. to ธ.ค.", () => {
    expect(THAI_MONTH_ABBREVIATIONS).toEqual([
      "ม.ค.",
      "ก.พ.",
      "มี.ค.",
      "เม.ย.",
      "พ.ค.",
      "มิ.ย.",
      "ก.ค.",
      "ส.ค.",
      "ก.ย.",
      "ต.ค.",
      "พ.ย.",
      "ธ.ค.",
    ]);
  });

  test("fiscalYearSpan runs from 1 October of the previous year", () => {
    expect(fiscalYearSpan(2570)).toBe("1 ตุลาคม 2569 – 30 กันยายน 2570");
    expect(fiscalYearSpan(2568, { thaiDigits: true })).toBe("๑ ตุลาคม ๒๕๖๗ – ๓๐ กันยายน ๒๕๖๘");
  });

  test.each([
    [0, "0.00"],
    [5, "0.05"],
    [37_800_050, "378,000.50"],
    [123_456_789_029, "1,234,567,890.29"],
    [100_000_000_00, "100,000,000.00"],
    [-150, "-1.50"],
  ])("formatBaht(%p) reads %p: thousands grouped, always two decimals", (satang, text) => {
    expect(formatBaht(satang)).toBe(text);
  });

  test.each([
    [10000, "100.00"],
    [2381, "23.81"],
    [7, "0.07"],
    [-467, "-4.67"],
  ])("formatPercent(%p) reads %p", (hundredths, text) => {
    expect(formatPercent(hundredths)).toBe(text);
  });

  test("Thai marks above and below a letter take no width", () => {
    expect(estimateTextWidth("กี่", 16)).toBe(estimateTextWidth("ก", 16));
    expect(estimateTextWidth("ก", 16, true)).toBe(estimateTextWidth("กี่", 16, true));
  });

  test("widths are TH Sarabun's own advances, summed; bold is wider; unknown characters are not free", () => {
    // "0" advances 553 thousandths of an em in the regular face (font-th-sarabun-new's hmtx).
    expect(estimateTextWidth("0", 1000)).toBe(553);
    expect(estimateTextWidth("2570", 16)).toBeCloseTo((4 * 553 * 16) / 1000, 6);
    expect(estimateTextWidth("งบประมาณ", 14, true)).toBeGreaterThan(estimateTextWidth("งบประมาณ", 14));
    expect(estimateTextWidth("ก ก", 10)).toBeCloseTo(
      estimateTextWidth("กก", 10) + estimateTextWidth(" ", 10),
      9,
    );
    expect(estimateTextWidth("\u{1F600}", 10)).toBeGreaterThan(estimateTextWidth("i", 10));
    // Thai digits print wider than Arabic ones, so layouts measure the digits that will print.
    expect(estimateTextWidth("๒๕๗๐", 16)).toBeGreaterThan(estimateTextWidth("2570", 16));
  });

  test("wrapText breaks Thai between words and keeps every character", () => {
    const text =
      "อาศัยอำนาจตามความในข้อ 26 (2) และข้อ 27 แห่งระเบียบกระทรวงมหาดไทยว่าด้วยการจัดทำแผนพัฒนาขององค์กรปกครองส่วนท้องถิ่น";
    const lines = wrapText(text, 150, 16);
    expect(lines.length).toBeGreaterThan(2);
    for (const line of lines) expect(estimateTextWidth(line, 16)).toBeLessThanOrEqual(150);
    expect(lines.join("").replace(/ /gu, "")).toBe(text.replace(/ /gu, ""));
    // No line may start with a mark that belongs to the previous line's last letter.
    for (const line of lines) expect(line).not.toMatch(/^[\u0E31\u0E34-\u0E3A\u0E47-\u0E4E]/u);
    // Punctuation stays with its word: "(2)" is never split across lines.
    expect(lines.filter((line) => line.includes("(2)"))).toHaveLength(1);
    expect(wrapText("พ.ศ. 2570", 40, 16)[0]).toBe("พ.ศ.");
    expect(wrapText("ปีงบประมาณ (1\u00A0ตุลาคม\u00A02569)", 130, 16)).toEqual([
      "ปีงบประมาณ",
      "(1\u00A0ตุลาคม\u00A02569)",
    ]);
  });

  test("wrapText never breaks inside a kept name that fits a line, and breaks a longer one between words", () => {
    const text = "อาศัยอำนาจตามความในข้อ 26 (2) องค์การบริหารส่วนตำบลหนองแสงทอง จึงประกาศใช้แผนการดำเนินงาน";
    for (const width of [150, 180, 200, 230]) {
      const lines = wrapText(text, width, 16, false, ["หนองแสงทอง"]);
      expect(lines.join("").replace(/ /gu, "")).toBe(text.replace(/ /gu, ""));
      expect(lines.filter((line) => line.includes("หนอง")).every((line) => line.includes("หนองแสงทอง"))).toBe(
        true,
      );
    }
    // A name wider than a line breaks between its words.
    const long = wrapText(text, 150, 16, false, ["องค์การบริหารส่วนตำบลหนองแสงทอง"]);
    expect(long).toEqual(expect.arrayContaining(["องค์การบริหารส่วน", "ตำบลหนองแสงทอง จึง"]));
  });

  test("wrapText may break just before a kept name that ICU glued to an abbreviation, never inside it", () => {
    // ICU reads อบต.หนอง|แสงทอง: keeping the name whole must not make อบต.หนองแสงทอง one unbreakable piece.
    const lines = wrapText("ห้องประชุมสภา อบต.หนองแสงทอง", 85, 14, false, ["หนองแสงทอง"]);
    expect(lines).toEqual(["ห้องประชุม", "สภา อบต.", "หนองแสงทอง"]);
    // Nor leave an opening bracket at a line's end or closing punctuation at a line's start.
    const bracketed = wrapText("ที่ทำการ (หนองแสงทอง).", 60, 14, false, ["หนองแสงทอง"]);
    expect(bracketed.some((line) => line.endsWith("(") || /^[).]/u.test(line))).toBe(false);
  });

  test("wrapText keeps a number with its word and หมู่ที่ with its number", () => {
    for (const width of [70, 80, 90, 100]) {
      const lines = wrapText("อบรม อปพร. 50 คน 2 วัน หนองสระ หมู่ที่ 3 ปี พ.ศ. 2570 (1 ตุลาคม)", width, 14);
      expect(lines.some((line) => /(^|\s)(50|2)$/u.test(line) || /^(3|คน|วัน|ที่|2570)/u.test(line))).toBe(
        false,
      );
      expect(lines.some((line) => /พ\.ศ\.$/u.test(line))).toBe(false);
    }
    expect(wrapText("ร่วมกับประชาชนปลูกต้นไม้ ๑,๐๐๐ ต้น", 110, 14)).toEqual([
      "ร่วมกับประชาชน",
      "ปลูกต้นไม้",
      "๑,๐๐๐ ต้น",
    ]);
  });

  test("wrapText keeps explicit line breaks and short text whole", () => {
    expect(wrapText("กองช่าง\nกองคลัง", 500, 14)).toEqual(["กองช่าง", "กองคลัง"]);
    expect(wrapText("หมู่ที่ 3", 500, 14)).toEqual(["หมู่ที่ 3"]);
  });
});
