import type { Plan } from "../model/plan";
import { properNames } from "./_lib/properNames";
import { ProseSheet } from "./_lib/ProseSheet";
import { CONSOLIDATED_EDITION, type ResolvedLayoutOptions } from "./LayoutOptions";
import { sheetNameFor } from "./sheetNameFor";
import type { SheetSpec } from "./SheetSpec";

export interface ContentsEntry {
  /** Its title as phrases a line may break between (e.g. the form code, the form's title). */
  readonly title: readonly string[];
  /** The book page it starts on; null for the pages before ส่วนที่ 1 (they carry no number). */
  readonly page: number | null;
  /** A part (bold) or one of its sections (indented). */
  readonly level: "part" | "section";
}

/** The สารบัญ: each part and section with the book page it starts on, as printed on that page. */
export function layoutContents(
  plan: Plan,
  entries: readonly ContentsEntry[],
  options: ResolvedLayoutOptions,
): SheetSpec {
  const sheet = new ProseSheet(options.thaiDigits, properNames(plan));
  sheet.title("สารบัญ");
  sheet.blank();
  sheet.entry(["เรื่อง"], "หน้า", true);
  for (const { title, page, level } of entries)
    sheet.entry(title, page === null ? null : String(page), level === "part", level === "part" ? 0 : 1);
  return sheet.finish({
    name: sheetNameFor("contents", options.edition),
    owner: { kind: "contents", edition: options.edition ?? CONSOLIDATED_EDITION },
    font: options.font,
    pageNumbers: false,
  });
}
