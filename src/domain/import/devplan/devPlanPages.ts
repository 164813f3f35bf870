/**
 * The book page of each printed page of a hand-made ผ.02. A sheet made by hand repeats its header at
 * the top of every page, and many carry the page's number as a typed line ("- 45 -", "หน้า 45", "45"):
 * below the page's last row (a footer), or above its header (a heading). Which of the two a sheet
 * does shows on its first page: a number above the first header is a heading. Pages without a number
 * follow from their neighbours; a sheet without any is counted from `firstPage`.
 */
export interface PageMarks {
  /** 0-based sheet rows where a page starts: the first header, then each repeated one. */
  readonly pageStarts: readonly number[];
  /** Typed page numbers with their 0-based sheet rows. */
  readonly numbers: readonly { readonly row: number; readonly page: number }[];
}

export interface BookPages {
  /** The book page of the page starting at `pageStarts[i]`. */
  readonly pages: readonly number[];
  /** True when no page number was typed, so pages were counted from `firstPage`. */
  readonly counted: boolean;
}

export function bookPages({ pageStarts, numbers }: PageMarks, firstPage: number): BookPages {
  const count = pageStarts.length;
  if (count === 0) return { pages: [], counted: numbers.length === 0 };
  const [firstStart = 0] = pageStarts;
  const headings = numbers.some((n) => n.row < firstStart);
  const typed: (number | null)[] = Array.from({ length: count }, () => null);
  for (const { row, page } of numbers) {
    // The page a number's row lies on (the last start at or above it); a heading names the next one.
    const on = pageStarts.filter((start) => start <= row).length - 1;
    const index = headings ? on + 1 : on;
    if (index >= 0 && index < count) typed[index] = page;
  }
  if (typed.every((page) => page === null))
    return { pages: typed.map((_, i) => firstPage + i), counted: numbers.length === 0 };
  const pages = [...typed];
  for (let i = 1; i < count; i++) {
    const before = pages[i - 1];
    if (pages[i] === null && before !== null && before !== undefined) pages[i] = before + 1;
  }
  for (let i = count - 2; i >= 0; i--) {
    const after = pages[i + 1];
    if (pages[i] === null && after !== null && after !== undefined) pages[i] = after - 1;
  }
  return { pages: pages.map((page, i) => page ?? firstPage + i), counted: false };
}

/** A typed page number ("- 45 -", "หน้า 45", "หน้าที่ ๔๕", "(45)"), or null. Digits already Arabic. */
export function pageNumberOf(text: string): number | null {
  const match = /^(?:หน้า\s*(?:ที่)?\s*)?[-–(]?\s*(\d{1,4})\s*[-–)]?$/u.exec(text.trim());
  return match?.[1] ? Number(match[1]) : null;
}
