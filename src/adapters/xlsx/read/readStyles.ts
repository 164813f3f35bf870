import type { OoxmlPackage } from "../package/OoxmlPackage";
import { attr, childNamed, childrenNamed, parseXml, rootOf, type Element } from "../package/xml";

/** What the reader needs of a workbook's styles: each cell style's solid fill and whether it shows a date. */
export interface StyleFacts {
  /** "#RRGGBB" of the style's solid fill; null for none or white. */
  fillOf(styleId: number): string | null;
  /** The style's number format shows a date (so a 1904-based serial must be moved to 1900). */
  isDate(styleId: number): boolean;
}

/** Office's default theme colours, by theme index (lt1/dk1 swapped as Excel reads fills: 0 = white). */
const DEFAULT_THEME = [
  "FFFFFF",
  "000000",
  "E7E6E6",
  "44546A",
  "4472C4",
  "ED7D31",
  "A5A5A5",
  "FFC000",
  "5B9BD5",
  "70AD47",
];

// Built-in number formats that show dates or times (ECMA-376 §18.8.30).
const BUILT_IN_DATES = new Set([
  14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54,
  55, 56, 57, 58, 71, 72, 73, 74, 75, 76, 77, 78, 79, 80, 81,
]);

export const NO_STYLES: StyleFacts = { fillOf: () => null, isDate: () => false };

export function readStyles(
  pkg: OoxmlPackage,
  stylesPart: string | null,
  themePart: string | null,
): StyleFacts {
  const text = stylesPart === null ? null : pkg.text(stylesPart);
  if (text === null || stylesPart === null) return NO_STYLES;
  const root = rootOf(parseXml(text, stylesPart));
  const theme = themeColours(pkg, themePart);
  const customFormats = new Map(
    childrenNamed(childNamed(root, "numFmts") ?? root, "numFmt").map((f) => [
      Number(attr(f, "numFmtId")),
      attr(f, "formatCode") ?? "",
    ]),
  );
  const fills = childrenNamed(childNamed(root, "fills") ?? root, "fill").map((fill) =>
    solidFill(fill, theme),
  );
  const xfs = childrenNamed(childNamed(root, "cellXfs") ?? root, "xf").map((xf) => {
    const numFmtId = Number(attr(xf, "numFmtId") ?? 0);
    const code = customFormats.get(numFmtId);
    return {
      fill: fills[Number(attr(xf, "fillId") ?? 0)] ?? null,
      date: code === undefined ? BUILT_IN_DATES.has(numFmtId) : isDateFormat(code),
    };
  });
  return {
    fillOf: (styleId) => xfs[styleId]?.fill ?? null,
    isDate: (styleId) => xfs[styleId]?.date ?? false,
  };
}

/** A format code shows a date when it has d, m, y (or h, s) outside quotes, brackets and escapes. */
export function isDateFormat(code: string): boolean {
  const bare = code
    .replace(/"[^"]*"/gu, "")
    .replace(/\[[^\]]*\]/gu, "")
    .replace(/\\./gu, "")
    .replace(/_./gu, "");
  return /[dmyhse]/iu.test(bare.split(";")[0] ?? "") && !/^(general|@)$/iu.test(bare.trim());
}

function solidFill(fill: Element, theme: readonly string[]): string | null {
  const pattern = childNamed(fill, "patternFill");
  if (!pattern || attr(pattern, "patternType") !== "solid") return null;
  const colour = childNamed(pattern, "fgColor");
  if (!colour) return null;
  let hex: string | null = null;
  const rgb = attr(colour, "rgb");
  const themeIndex = attr(colour, "theme");
  const indexed = attr(colour, "indexed");
  if (rgb !== null && rgb.length >= 6) hex = rgb.slice(-6).toUpperCase();
  else if (themeIndex !== null)
    hex = tinted(theme[Number(themeIndex)] ?? "808080", Number(attr(colour, "tint") ?? 0));
  else if (indexed !== null) hex = indexed === "9" || indexed === "64" ? null : "C0C0C0";
  return hex === null || hex === "FFFFFF" ? null : `#${hex}`;
}

/** Excel's tint: positive lightens towards white, negative darkens towards black. */
function tinted(hex: string, tint: number): string {
  const channel = (i: number): string => {
    const c = parseInt(hex.slice(i, i + 2), 16);
    const v = tint < 0 ? c * (1 + tint) : c + (255 - c) * tint;
    return Math.round(v).toString(16).padStart(2, "0").toUpperCase();
  };
  return channel(0) + channel(2) + channel(4);
}

/** The theme's colours in fill order (lt1, dk1, lt2, dk2, accents…), or Office's defaults. */
function themeColours(pkg: OoxmlPackage, themePart: string | null): readonly string[] {
  const text = themePart === null ? null : pkg.text(themePart);
  if (text === null || themePart === null) return DEFAULT_THEME;
  const scheme = /<(?:\w+:)?clrScheme[\s\S]*?<\/(?:\w+:)?clrScheme>/u.exec(text)?.[0];
  if (!scheme) return DEFAULT_THEME;
  const colour = (name: string): string | null => {
    const block =
      new RegExp(`<(?:\\w+:)?${name}>([\\s\\S]*?)</(?:\\w+:)?${name}>`, "u").exec(scheme)?.[1] ?? "";
    return /(?:srgbClr val|lastClr)="([0-9A-Fa-f]{6})"/u.exec(block)?.[1]?.toUpperCase() ?? null;
  };
  const order = [
    "lt1",
    "dk1",
    "lt2",
    "dk2",
    "accent1",
    "accent2",
    "accent3",
    "accent4",
    "accent5",
    "accent6",
  ];
  return order.map((name, i) => colour(name) ?? DEFAULT_THEME[i] ?? "808080");
}
