import { normalDevPlanEdition } from "../../domain/devplan/devPlanEdition";
import type { Language } from "../Language";

/**
 * A reference to the development plan as a reader writes it:
 * `แผนพัฒนาท้องถิ่น 2566–2570 หน้า 45 ลำดับที่ 3` (the book left out when not given).
 */
export function devPlanRefText(
  ref: { readonly edition: string; readonly page: number; readonly item: number },
  lang: Language,
): string {
  const edition = ref.edition.trim() === "" ? "" : normalDevPlanEdition(ref.edition);
  return lang === "th"
    ? ["แผนพัฒนาท้องถิ่น", edition, `หน้า ${ref.page} ลำดับที่ ${ref.item}`].filter((p) => p !== "").join(" ")
    : ["development plan", edition, `page ${ref.page}, item ${ref.item}`].filter((p) => p !== "").join(" ");
}

const FIELDS = {
  th: { page: "หน้า", item: "ลำดับ", name: "โครงการ" },
  en: { page: "page", item: "item", name: "project name" },
} as const;

/** The label of a part of a reference or of a row of the list. */
export function devPlanFieldText(field: "page" | "item" | "name", lang: Language): string {
  return FIELDS[lang][field];
}
