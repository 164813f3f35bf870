import type { TemplateStructureError } from "../domain/parse/TemplateStructureError";
import type { Language } from "./fieldLabels";

/**
 * One line saying which template table or header is missing and what to do.
 * @example formatStructureError(new TemplateStructureError("missing-table", { table: "Projects", sheet: "โครงการ" }), "en")
 * //=> 'Table "Projects" (sheet "โครงการ") was not found; insert the plan template first'
 */
export function formatStructureError(error: TemplateStructureError, lang: Language): string {
  const table = error.params["table"] ?? "";
  const sheet = error.params["sheet"] ?? "";
  const header = error.params["header"] ?? "";
  if (error.code === "missing-table") {
    return lang === "th"
      ? `ไม่พบตาราง "${table}" (แผ่นงาน "${sheet}") ให้แทรกแม่แบบแผนการดำเนินงานก่อน`
      : `Table "${table}" (sheet "${sheet}") was not found; insert the plan template first`;
  }
  return lang === "th"
    ? `ตาราง "${table}" ในแผ่นงาน "${sheet}" ไม่มีหัวคอลัมน์ "${header}" ให้เพิ่มคอลัมน์หรือแก้หัวคอลัมน์ให้ตรงแม่แบบ`
    : `Table "${table}" on sheet "${sheet}" has no column headed "${header}"; add it or correct the header to match the template`;
}
