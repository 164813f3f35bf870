import type {
  TemplateStructureCode,
  TemplateStructureError,
  TemplateStructureParams,
} from "../domain/parse/TemplateStructureError";
import type { Language } from "./Language";

const MESSAGES: {
  readonly [C in TemplateStructureCode]: (p: TemplateStructureParams[C], lang: Language) => string;
} = {
  "missing-table": ({ table, sheet }, lang) =>
    lang === "th"
      ? `ไม่พบตาราง "${table}" (แผ่นงาน "${sheet}") ให้แทรกแม่แบบแผนการดำเนินงานก่อน`
      : `Table "${table}" (sheet "${sheet}") was not found; insert the plan template first`,
  "missing-header": ({ table, sheet, header }, lang) =>
    lang === "th"
      ? `ตาราง "${table}" ในแผ่นงาน "${sheet}" ไม่มีหัวคอลัมน์ "${header}" ให้เพิ่มคอลัมน์หรือแก้หัวคอลัมน์ให้ตรงแม่แบบ`
      : `Table "${table}" on sheet "${sheet}" has no column headed "${header}"; add it or correct the header to match the template`,
};

/**
 * One line saying which template table or header is missing and what to do.
 * @example formatStructureError(new TemplateStructureError("missing-table", { table: "Projects", sheet: "โครงการ" }), "en")
 * //=> 'Table "Projects" (sheet "โครงการ") was not found; insert the plan template first'
 */
export function formatStructureError(error: TemplateStructureError, lang: Language): string {
  return render(error, lang);
}

// Generic over the code so the message looked up and the params passed are of the same code.
function render<C extends TemplateStructureCode>(
  error: { readonly code: C; readonly params: TemplateStructureParams[C] },
  lang: Language,
): string {
  const message: (p: TemplateStructureParams[C], lang: Language) => string = MESSAGES[error.code];
  return message(error.params, lang);
}
