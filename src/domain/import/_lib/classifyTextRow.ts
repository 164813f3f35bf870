import { parseEditionCode, type EditionCode } from "../../model/editionCode";
import { resolveWorkPlan } from "./resolveWorkPlan";

/** What a row without a project number says, read from its leading text. */
export type TextRow =
  | { readonly kind: "strategy"; readonly number: number; readonly name: string }
  | {
      readonly kind: "workPlan";
      readonly strategyNumber: number | null;
      readonly workPlan: string | null;
      readonly text: string;
    }
  | { readonly kind: "edition"; readonly code: EditionCode }
  | { readonly kind: "total"; readonly grand: boolean };

const STRATEGY_NUMBER_FIRST = /^(\d+)\s*[.)]?\s*(ยุทธศาสตร์.*)$/u;
const STRATEGY_WORD_FIRST = /^ยุทธศาสตร์\s*(?:ที่)?\s*(\d+)\s*[:.)-]?\s*(.*)$/u;
const WORK_PLAN_NUMBERED = /^(\d+)\s*\.\s*\d+\s*[.)]?\s*(.+)$/u;
const EDITION_MARKER = /(เพิ่มเติม|เปลี่ยนแปลง|แก้ไข)\s*(?:ฉบับที่|ครั้งที่)?\s*(\d+)(?:\s*\/\s*(25\d\d))?/u;

/**
 * Classifies a group, marker or total row from its text (Arabic digits already); null = not one of these.
 * @param fiscalYear completes an edition marker written without its year ("เพิ่มเติม ฉบับที่ 1").
 */
export function classifyTextRow(text: string, fiscalYear: number | null): TextRow | null {
  const compact = text.replace(/\s+/gu, "");
  if (/^(รวม|ยอดยก)/u.test(compact)) return { kind: "total", grand: /ทั้งสิ้น|ทั้งหมด/u.test(compact) };
  const byNumber = STRATEGY_NUMBER_FIRST.exec(text);
  if (byNumber?.[1] && byNumber[2])
    return { kind: "strategy", number: Number(byNumber[1]), name: byNumber[2].trim() };
  const byWord = STRATEGY_WORD_FIRST.exec(text);
  if (byWord?.[1]) {
    const rest = byWord[2]?.trim() ?? "";
    return {
      kind: "strategy",
      number: Number(byWord[1]),
      name: rest === "" ? `ยุทธศาสตร์ที่ ${byWord[1]}` : `ยุทธศาสตร์${rest}`,
    };
  }
  const numbered = WORK_PLAN_NUMBERED.exec(text);
  if (numbered?.[1] && numbered[2]) {
    const workPlan = resolveWorkPlan(numbered[2]);
    if (workPlan || numbered[2].startsWith("แผนงาน")) {
      return { kind: "workPlan", strategyNumber: Number(numbered[1]), workPlan, text: numbered[2].trim() };
    }
  }
  if (/^(แผนงาน|ผง\.)/u.test(text))
    return { kind: "workPlan", strategyNumber: null, workPlan: resolveWorkPlan(text), text };
  const edition = EDITION_MARKER.exec(text);
  const year = edition?.[3] ?? (fiscalYear === null ? undefined : String(fiscalYear));
  if (edition?.[1] && edition[2] && year) {
    const parsed = parseEditionCode(`${edition[1]} ${edition[2]}/${year}`);
    if (parsed) return { kind: "edition", code: parsed.code };
  }
  return null;
}
