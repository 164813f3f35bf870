import fc from "fast-check";
import { cleanText, isCleanText } from "../../../../src/domain/text/cleanText";

const NIKHAHIT = "\u0e4d";
const SARA_AA = "\u0e32";
const MAI_EK = "\u0e48";
const MAI_THO = "\u0e49";

describe("cleanText: what copying and typing change without changing what prints", () => {
  it.each([
    ["นิคหิต + า copied from a PDF for ำ", `ประจ${NIKHAHIT}${SARA_AA}ปี`, "ประจำปี"],
    ["า + นิคหิต (the PDF's drawing order)", `สร${SARA_AA}${NIKHAHIT}หรับ`, "สรำหรับ"],
    ["a tone mark between นิคหิต and า", `น${NIKHAHIT}${MAI_THO}${SARA_AA}`, "น้ำ"],
    ["ำ typed before its tone mark", `น\u0e33${MAI_THO}`, "น้ำ"],
    ["เ + เ for แ", "เเผนงาน", "แผนงาน"],
    ["a tone mark typed before its vowel", `ท${MAI_EK}\u0e35`, "ที่"],
    ["การันต์ typed before its vowel", `ศ\u0e4c\u0e34`, "ศิ์"],
    ["a tone mark typed twice", `ที${MAI_EK}${MAI_EK}`, "ที่"],
    ["a zero-width space", "หลัก\u200b", "หลัก"],
    ["a BOM and a word joiner", "\ufeffหลัก\u2060", "หลัก"],
    ["a soft hyphen", "สาธารณ\u00adสุข", "สาธารณสุข"],
    ["zero-width joiners and a left-to-right mark", "\u200eกอง\u200dช่าง\u200c", "กองช่าง"],
    ["a no-break space", "อื่น\u00a0ๆ", "อื่น ๆ"],
    ["an ideographic space", "งบ\u3000ลงทุน", "งบ ลงทุน"],
    ["Windows PUA tone marks", "ก\uf70aอน ป\uf714อง", "ก่อน ป้อง"],
    ["Mac PUA marks and a descender-less ญ", "ห\uf89aิง\uf88b", "หญิง่"],
    ["a decomposed é", "cafe\u0301", "café"],
  ])("%s", (_label, typed, printed) => {
    expect(cleanText(typed)).toBe(printed);
  });

  it("keeps letters, digits of either kind, spacing, line breaks and full-width forms as typed", () => {
    for (const text of ["๑๒๓ 123", "a  b", "บรรทัด 1\nบรรทัด 2", "ＡＢ１", "ก้ำกึ่ง", "สํสกฤต"]) {
      expect(cleanText(text)).toBe(text);
    }
  });

  it("returns tidy text itself, and says so", () => {
    const tidy = "โครงการก่อสร้างถนน คสล. หมู่ที่ 3 (ประจำปี 2570)";
    expect(isCleanText(tidy)).toBe(true);
    expect(cleanText(tidy)).toBe(tidy);
    expect(isCleanText(`ประจ${NIKHAHIT}${SARA_AA}ปี`)).toBe(false);
  });

  it("is idempotent and agrees with its own tidiness test, whatever the text", () => {
    const thai = fc.constantFrom(
      ..."กขนปทยอำาเแั่้๊๋์ิีฺุูํ็ ".split(""),
      "\u200b",
      "\u00a0",
      "\uf70a",
      "1",
      "๑",
      "a",
      "–",
      "×",
      "é",
      "Ω",
      "\u0301",
    );
    const text = fc.oneof(
      fc.array(thai, { maxLength: 16 }).map((a) => a.join("")),
      fc.string({ unit: "binary" }),
    );
    fc.assert(
      fc.property(text, (t) => {
        const once = cleanText(t);
        expect(cleanText(once)).toBe(once);
        if (isCleanText(t)) expect(once).toBe(t);
      }),
      { numRuns: 3000 },
    );
  });
});
