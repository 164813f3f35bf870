import { execFileSync, spawnSync } from "node:child_process";

/** Thin wrappers over poppler-utils for the print check. */
export interface PdfWord {
  readonly x: number;
  readonly y: number;
  readonly right: number;
  readonly bottom: number;
  readonly text: string;
}

export function hasCommand(command: string, versionArg = "--version"): boolean {
  return spawnSync(command, [versionArg], { stdio: "ignore" }).status === 0;
}

export function pageCount(pdf: string): number {
  const info = execFileSync("pdfinfo", [pdf], { encoding: "utf8" });
  return Number(/^Pages:\s+(\d+)/mu.exec(info)?.[1] ?? 0);
}

/** Page size in points, e.g. { width: 841.89, height: 595.304 } for A4 landscape. */
export function pageSize(pdf: string, page: number): { width: number; height: number } {
  const info = execFileSync("pdfinfo", ["-f", String(page), "-l", String(page), pdf], { encoding: "utf8" });
  const match = new RegExp(`^Page\\s+${page} size:\\s+([\\d.]+) x ([\\d.]+)`, "mu").exec(info);
  return { width: Number(match?.[1]), height: Number(match?.[2]) };
}

export function pageText(pdf: string, page: number): string {
  return execFileSync("pdftotext", ["-f", String(page), "-l", String(page), "-layout", pdf, "-"], {
    encoding: "utf8",
  });
}

/** Words with positions (points from the top-left) on one page. */
export function pageWords(pdf: string, page: number): PdfWord[] {
  const html = execFileSync("pdftotext", ["-f", String(page), "-l", String(page), "-bbox", pdf, "-"], {
    encoding: "utf8",
  });
  const word = /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/gu;
  return [...html.matchAll(word)].map((m) => ({
    x: Number(m[1]),
    y: Number(m[2]),
    right: Number(m[3]),
    bottom: Number(m[4]),
    text: m[5] ?? "",
  }));
}

/** Words grouped into printed lines (same baseline within 2 pt), top to bottom, each left to right. */
export function pageLines(words: readonly PdfWord[]): PdfWord[][] {
  const lines: PdfWord[][] = [];
  for (const word of [...words].sort((a, b) => a.y - b.y || a.x - b.x)) {
    const line = lines.find((l) => Math.abs((l[0]?.y ?? 0) - word.y) < 2);
    if (line) line.push(word);
    else lines.push([word]);
  }
  return lines.map((l) => l.sort((a, b) => a.x - b.x));
}

/**
 * Pairs of words on different lines whose boxes overlap: a wrapped line that ran past the bottom
 * of its row (clipped on screen) prints over the first line of the row below.
 */
export function overlappingWords(words: readonly PdfWord[]): [PdfWord, PdfWord][] {
  const pairs: [PdfWord, PdfWord][] = [];
  const overlap = (a0: number, a1: number, b0: number, b1: number): number =>
    Math.min(a1, b1) - Math.max(a0, b0);
  for (const [i, a] of words.entries()) {
    for (const b of words.slice(i + 1)) {
      if (Math.abs(a.y - b.y) < 2) continue;
      if (overlap(a.x, a.right, b.x, b.right) > 1 && overlap(a.y, a.bottom, b.y, b.bottom) > 2)
        pairs.push([a, b]);
    }
  }
  return pairs;
}

/**
 * Compounds printed broken across two lines: a word (a run of text without spaces,
 * as pdftotext gives it: one line of a cell) ends with the start of a compound, and a word on the next
 * line of the same column starts with its end. A compound inside one word, or split on one line, is
 * whole. Where the line ends with a whole listed word longer than the start (ดำเนินการ|ไฟฟ้า…), or the
 * next begins with one longer than the end, the text itself reads as two words there: not a break.
 */
export interface CompoundBreak {
  readonly word: string;
  readonly start: string;
  readonly end: string;
  /** The printed line the compound's start ends, and the next line it continues on. */
  readonly line: string;
  readonly next: string;
}

export function brokenCompounds(words: readonly PdfWord[], compounds: readonly string[]): CompoundBreak[] {
  const found = new Map<string, CompoundBreak>();
  const wholeAtEnd = (text: string, longerThan: number) =>
    compounds.some((c) => c.length > longerThan && text.endsWith(c));
  const wholeAtStart = (text: string, longerThan: number) =>
    compounds.some((c) => c.length > longerThan && text.startsWith(c));
  for (const a of words) {
    for (const b of words) {
      const below = b.y - a.y;
      // The next line down (Sarabun's lines are 15–25 pt apart at 12–16 pt), starting within a's column.
      if (below < 8 || below > 30 || b.x > a.right || b.x < a.x - 250) continue;
      for (const word of compounds)
        for (let k = 1; k < word.length; k += 1) {
          const [start, end] = [word.slice(0, k), word.slice(k)];
          if (!a.text.endsWith(start) || !b.text.startsWith(end)) continue;
          if (wholeAtEnd(a.text, start.length) || wholeAtStart(b.text, end.length)) continue;
          found.set(`${start}|${end} (${a.text} / ${b.text})`, {
            word,
            start,
            end,
            line: a.text,
            next: b.text,
          });
        }
    }
  }
  return [...found.values()];
}

/** A break as the failure shows it: "สิ่ง|แวดล้อม (line / next line)". */
export const breakText = (b: CompoundBreak): string => `${b.start}|${b.end} (${b.line} / ${b.next})`;
