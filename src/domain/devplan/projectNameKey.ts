import { foldText } from "../text/foldText";

/**
 * Abbreviations staff write for the same words in project names, each with its full form. Patterns
 * without look-behind or property escapes: the pane's JavaScript must parse as ES2017.
 */
const ABBREVIATIONS: readonly (readonly [RegExp, string])[] = [
  [/ค\s*\.?\s*ส\s*\.?\s*ล\s*\.?/gu, "คอนกรีตเสริมเหล็ก"],
  [/รพ\s*\.\s*สต\s*\.?/gu, "โรงพยาบาลส่งเสริมสุขภาพตำบล"],
  [/ศ\s*\.?\s*พ\s*\.?\s*ด\s*\.?/gu, "ศูนย์พัฒนาเด็กเล็ก"],
  [/อ\s*\.\s*ส\s*\.\s*ม\s*\.|อสม\s*\./gu, "อาสาสมัครสาธารณสุขประจำหมู่บ้าน"],
  [/ร\s*\.\s*ร\s*\.|รร\s*\./gu, "โรงเรียน"],
  [/อบต\s*\./gu, "องค์การบริหารส่วนตำบล"],
  [/ทต\s*\./gu, "เทศบาลตำบล"],
  [/ตร\s*\.\s*ม\s*\./gu, "ตารางเมตร"],
  [/แอสฟัลท์/gu, "แอสฟัลต์"],
];

/** `ม.` before a number is a village (ม.3 = หมู่ที่ 3), unless it is a unit (กม., ซม.). */
const VILLAGE_ABBREVIATION = /(^|[^กซ])ม\s*\.\s*(?=\d)/gu;
const VILLAGE_WORD = /หมู่(?:บ้าน)?\s*(?:ที่)?\s*(?=\d)/gu;
/** The fiscal year a name is made for says nothing of which project it is. */
const YEAR_PHRASE = /(?:ประจำ)?ปี(?:งบประมาณ)?\s*(?:พ\s*\.\s*ศ\s*\.?)?\s*25\d\d|พ\s*\.\s*ศ\s*\.?\s*25\d\d/gu;
const NOT_LETTER_OR_DIGIT = /[^\u0e01-\u0e4e0-9a-z]/gu;

/** The name folded (digits, dashes, what copying leaves), abbreviations written out, villages as หมู่ที่ N. */
function expanded(name: string): string {
  let text = foldText(name).toLowerCase();
  // A space after each full form keeps the next abbreviation apart from it ("คสล.ม.3").
  for (const [pattern, full] of ABBREVIATIONS) text = text.replace(pattern, `${full} `);
  return text.replace(VILLAGE_ABBREVIATION, "$1หมู่ที่").replace(VILLAGE_WORD, "หมู่ที่");
}

/**
 * The key project names are compared by: spaces, punctuation and digit forms ignored, the word
 * `โครงการ` and the fiscal year dropped, abbreviations (คสล., ม., รร., ศพด., รพ.สต. …) written out.
 * @example projectNameKey("โครงการก่อสร้างถนน ค.ส.ล. ม.๓") === projectNameKey("ก่อสร้างถนนคอนกรีตเสริมเหล็ก หมู่ที่ 3") //=> true
 */
export function projectNameKey(name: string): string {
  return expanded(name)
    .replace(YEAR_PHRASE, "")
    .replace(/โครงการ/gu, "")
    .replace(NOT_LETTER_OR_DIGIT, "");
}

const VILLAGE_NUMBERS = /หมู่ที่\s*(\d+(?:\s*(?:-|,|และ|ถึง)\s*\d+)*)/gu;
const MAX_VILLAGE_RANGE = 50;

/**
 * The villages a name names (`หมู่ที่ 3`, `ม.1-4`, `หมู่ที่ 2, 5`): a road in หมู่ที่ 3 is another project
 * than one in หมู่ที่ 5, however alike the rest of the names are.
 * @example villagesOf("ซ่อมถนน ม.1-3 และหมู่ที่ 7") //=> Set {1, 2, 3, 7}
 */
export function villagesOf(name: string): ReadonlySet<number> {
  const villages = new Set<number>();
  const text = expanded(name);
  // exec in a loop, not matchAll: older webviews (EdgeHTML) lack it.
  VILLAGE_NUMBERS.lastIndex = 0;
  for (let match = VILLAGE_NUMBERS.exec(text); match; match = VILLAGE_NUMBERS.exec(text)) {
    const list = match[1] ?? "";
    for (const part of list.split(/\s*(?:,|และ)\s*/u)) {
      const [from, to] = part.split(/\s*(?:-|ถึง)\s*/u).map(Number);
      if (from === undefined || Number.isNaN(from)) continue;
      const last = to !== undefined && to >= from && to - from <= MAX_VILLAGE_RANGE ? to : from;
      for (let n = from; n <= last; n++) villages.add(n);
    }
  }
  return villages;
}
