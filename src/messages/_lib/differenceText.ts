import type { Language } from "../Language";

/** Names of the Thai characters that are easy to miss, mistype or confuse, as Thai and English readers call them. */
const CHARACTER_NAMES: Readonly<Record<string, { readonly th: string; readonly en: string }>> = {
  " ": { th: "ช่องว่าง", en: "space" },
  "\u0e30": { th: "สระอะ", en: "sara a" },
  "\u0e31": { th: "ไม้หันอากาศ", en: "mai han-akat" },
  "\u0e32": { th: "สระอา", en: "sara aa" },
  "\u0e33": { th: "สระอำ", en: "sara am" },
  "\u0e34": { th: "สระอิ", en: "sara i" },
  "\u0e35": { th: "สระอี", en: "sara ii" },
  "\u0e36": { th: "สระอึ", en: "sara ue" },
  "\u0e37": { th: "สระอือ", en: "sara uee" },
  "\u0e38": { th: "สระอุ", en: "sara u" },
  "\u0e39": { th: "สระอู", en: "sara uu" },
  "\u0e3a": { th: "พินทุ", en: "phinthu" },
  "\u0e40": { th: "สระเอ", en: "sara e" },
  "\u0e41": { th: "สระแอ", en: "sara ae" },
  "\u0e42": { th: "สระโอ", en: "sara o" },
  "\u0e43": { th: "ไม้ม้วน", en: "sara ai maimuan" },
  "\u0e44": { th: "ไม้มลาย", en: "sara ai maimalai" },
  "\u0e45": { th: "ลากข้าง", en: "lakkhangyao" },
  "\u0e46": { th: "ไม้ยมก", en: "mai yamok" },
  "\u0e47": { th: "ไม้ไต่คู้", en: "mai taikhu" },
  "\u0e48": { th: "ไม้เอก", en: "mai ek" },
  "\u0e49": { th: "ไม้โท", en: "mai tho" },
  "\u0e4a": { th: "ไม้ตรี", en: "mai tri" },
  "\u0e4b": { th: "ไม้จัตวา", en: "mai chattawa" },
  "\u0e4c": { th: "การันต์", en: "thanthakhat" },
  "\u0e4d": { th: "นิคหิต", en: "nikhahit" },
  "\u0e4e": { th: "ยามักการ", en: "yamakkan" },
};

/** Marks are drawn on the letter before them: a difference is shown with that letter. */
const isMark = (ch: string | undefined): boolean => ch !== undefined && /^\p{M}$/u.test(ch);

interface Difference {
  /** What was typed where the two differ, and what the expected text has there (either may be ""). */
  readonly typed: string;
  readonly expected: string;
  /** The letters typed just before the difference, to find it by ("" at the start). */
  readonly before: string;
}

/** The one stretch where two texts differ, widened to whole letters (a base letter with its marks). */
function differenceOf(typed: string, expected: string): Difference {
  const a = [...typed];
  const b = [...expected];
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let end = 0;
  while (end < a.length - start && end < b.length - start && a[a.length - 1 - end] === b[b.length - 1 - end])
    end++;
  while (start > 0 && (isMark(a[start]) || isMark(b[start]))) start--;
  while (end > 0 && (isMark(a[a.length - end]) || isMark(b[b.length - end]))) end--;
  let from = Math.max(0, start - 3);
  while (from > 0 && isMark(a[from])) from--;
  return {
    typed: a.slice(start, a.length - end).join(""),
    expected: b.slice(start, b.length - end).join(""),
    before: a.slice(from, start).join(""),
  };
}

/** The named characters one side has and the other lacks, e.g. ["ไม้เอก"]. */
function namesOnlyIn(side: string, other: string, lang: Language): string[] {
  return [...side]
    .filter((ch) => !other.includes(ch))
    .flatMap((ch) => {
      const name = CHARACTER_NAMES[ch];
      return name ? [name[lang]] : [];
    });
}

/**
 * Where a typed text differs from the official one it nearly is, in words: which letters or marks
 * are wrong, missing or extra, so two values that look alike at a glance never read as the same.
 * @example differenceText("ข่อบัญญัติ", "ข้อบัญญัติ", "th") //=> 'ตรง "ข่" ควรเป็น "ข้" (ไม้เอก แทน ไม้โท)'
 */
export function differenceText(typed: string, expected: string, lang: Language): string {
  const d = differenceOf(typed, expected);
  const typedNames = namesOnlyIn(d.typed, d.expected, lang);
  const expectedNames = namesOnlyIn(d.expected, d.typed, lang);
  const where =
    d.before === ""
      ? lang === "th"
        ? "ที่ต้นคำ"
        : "at the start"
      : lang === "th"
        ? `ต่อจาก "${d.before}"`
        : `after "${d.before}"`;
  if (d.typed === "") {
    const names = expectedNames.length > 0 ? ` (${expectedNames.join(", ")})` : "";
    return lang === "th"
      ? `ขาด "${d.expected}"${names} ${where}`
      : `"${d.expected}"${names} is missing ${where}`;
  }
  if (d.expected === "") {
    const names = typedNames.length > 0 ? ` (${typedNames.join(", ")})` : "";
    return lang === "th" ? `มี "${d.typed}"${names} เกินมา ${where}` : `"${d.typed}"${names} is extra ${where}`;
  }
  const detail = describeSwap(typedNames, expectedNames, lang);
  return lang === "th"
    ? `ตรง "${d.typed}" ควรเป็น "${d.expected}"${detail}`
    : `"${d.typed}" should be "${d.expected}"${detail}`;
}

function describeSwap(typed: readonly string[], expected: readonly string[], lang: Language): string {
  if (typed.length === 0 && expected.length === 0) return "";
  if (typed.length === 0)
    return lang === "th" ? ` (ขาด${expected.join(", ")})` : ` (${expected.join(", ")} missing)`;
  if (expected.length === 0)
    return lang === "th" ? ` (มี${typed.join(", ")}เกิน)` : ` (extra ${typed.join(", ")})`;
  return lang === "th"
    ? ` (${typed.join(", ")} แทน ${expected.join(", ")})`
    : ` (${typed.join(", ")} instead of ${expected.join(", ")})`;
}

/**
 * The fix for an unknown value: when it is close to an official one, that value and where the two
 * differ; otherwise `otherwise` (the message's general advice).
 */
export function fixOf(
  p: { value: string; nearest?: string | undefined },
  lang: Language,
  otherwise: string,
): string {
  if (p.nearest === undefined) return otherwise;
  const difference = differenceText(p.value, p.nearest, lang);
  return lang === "th"
    ? `ใกล้เคียงกับ "${p.nearest}" แต่${difference} ให้แก้เป็น "${p.nearest}"`
    : `it is close to "${p.nearest}", but ${difference}: correct it to "${p.nearest}"`;
}
