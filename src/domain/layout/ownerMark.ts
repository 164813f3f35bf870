import { fnv1a } from "./inputFingerprint";
import type { OwnerMark } from "./SheetSpec";
import { formatThaiShortDate } from "../text/formatThaiDate";

/**
 * The owner mark is written as text in one cell of the generated sheet's first row, just right of
 * the print area, so both adapters (and co-authors) see it and it survives save/reopen in any app.
 */
export const OWNER_MARK_PREFIX = "action-plan:";

/**
 * What binds a mark to one sheet of one workbook: the sheet's name and the workbook's id (a random
 * id the tool keeps in a hidden workbook-level name). A sheet copied from another workbook, or
 * duplicated under another name, carries a mark whose seal does not match, so it is the user's.
 */
export interface MarkSeal {
  readonly sheetName: string;
  /** Null when the workbook has no id yet (never written by a tool version that seals marks). */
  readonly workbookId: string | null;
}

/** The hidden workbook-level name that holds the workbook's id. */
export const WORKBOOK_ID_NAME = "ActionPlanWorkbookId";

function sealOf(body: string, seal: MarkSeal): string {
  return fnv1a(`${seal.workbookId ?? ""}|${seal.sheetName}|${body}`);
}

/**
 * The mark's text. With a seal (and a workbook id) the mark ends in a check of the workbook id and
 * sheet name; without one it is the older, unsealed form.
 * @example formatOwnerMark({ kind: "pd01", edition: "หลัก" }, "2026-11-27T10:00:00Z") //=> "action-plan:pd01|หลัก|2026-11-27T10:00:00Z"
 */
export function formatOwnerMark(
  owner: OwnerMark,
  generatedAt: string,
  inputFingerprint?: string,
  seal?: MarkSeal,
): string {
  const body = `${owner.kind}|${owner.edition}|${generatedAt}`;
  if (seal?.workbookId) {
    const withInput = `${body}|${inputFingerprint ?? ""}`;
    return `${OWNER_MARK_PREFIX}${withInput}|${sealOf(withInput, seal)}`;
  }
  // The 4th field is optional so marks written before fingerprints existed still parse.
  return inputFingerprint === undefined
    ? OWNER_MARK_PREFIX + body
    : `${OWNER_MARK_PREFIX}${body}|${inputFingerprint}`;
}

/** What a generated sheet's mark says: which table, when, and (newer marks) from which input. */
export type OwnerStamp = OwnerMark & {
  readonly generatedAt: string;
  /** inputFingerprint() of the input tables the sheet was built from; absent in older marks. */
  readonly inputFingerprint?: string;
};

/**
 * The stamp of a mark that belongs to this sheet of this workbook, else null. With a seal: a sealed
 * mark counts only when its check matches; an unsealed (older) mark only while the workbook has no
 * id yet, i.e. before this version first wrote into it. Without a seal every well-formed mark counts.
 */
export function parseOwnerMark(text: unknown, seal?: MarkSeal): OwnerStamp | null {
  if (typeof text !== "string" || !text.startsWith(OWNER_MARK_PREFIX)) return null;
  const fields = text.slice(OWNER_MARK_PREFIX.length).split("|");
  const [kind, edition, generatedAt, inputFingerprint, check] = fields;
  if (kind !== "pd01" && kind !== "pd02" && kind !== "pd021" && kind !== "notice" && kind !== "comparison")
    return null;
  if (edition === undefined || generatedAt === undefined || fields.length > 5) return null;
  if (seal) {
    const sealed = check !== undefined;
    if (sealed && (seal.workbookId === null || check !== sealOf(fields.slice(0, 4).join("|"), seal)))
      return null;
    if (!sealed && seal.workbookId !== null) return null;
  }
  return inputFingerprint ? { kind, edition, generatedAt, inputFingerprint } : { kind, edition, generatedAt };
}

/**
 * A new workbook id from random bytes (the adapter supplies them: the core has no randomness).
 * @example newWorkbookId(new Uint8Array(16)) //=> "ap1-00000000000000000000000000000000"
 */
export function newWorkbookId(random: Uint8Array): string {
  return `ap1-${[...random].map((b) => b.toString(16).padStart(2, "0")).join("")}`;
}

/** The id as the hidden name's formula (a text constant). */
export function workbookIdFormula(id: string): string {
  return `"${id}"`;
}

/** The id in a name's formula; null when the formula is not one the tool wrote. */
export function workbookIdFromFormula(formula: string): string | null {
  const match = /^=?"(ap1-[0-9a-f]{8,64})"$/u.exec(formula.trim());
  return match?.[1] ?? null;
}

/** 0-based column of the mark: one empty column right of the last printed column. */
export function ownerMarkColumn(columnCount: number): number {
  return columnCount + 1;
}

/** 0-based column of the human-readable note: right next to the mark, still outside the print area. */
export function ownerNoteColumn(columnCount: number): number {
  return ownerMarkColumn(columnCount) + 1;
}

/** Thailand keeps UTC+7 all year (no daylight saving), so the offset is a constant. */
const BANGKOK_OFFSET_MINUTES = 7 * 60;

/**
 * An ISO timestamp as Thai civil date and time (Asia/Bangkok); null when the text is no timestamp.
 * @example bangkokDateTime("2026-11-27T03:00:00Z") //=> { date: "2026-11-27", time: "10:00" }
 */
export function bangkokDateTime(iso: string): { readonly date: string; readonly time: string } | null {
  const millis = Date.parse(iso);
  if (!/^\d{4}-\d{2}-\d{2}T/u.test(iso) || Number.isNaN(millis)) return null;
  const local = new Date(millis + BANGKOK_OFFSET_MINUTES * 60_000).toISOString();
  return { date: local.slice(0, 10), time: local.slice(11, 16) };
}

/**
 * The note written next to the owner mark, for people: when the sheet was generated and from which
 * input, so a printed table that is out of date can be recognised.
 * @example ownerNoteText("2026-11-27T03:00:00Z", "a1b2c3d4") //=> "สร้างเมื่อ 27 พ.ย. 2569 10:00 จากข้อมูลชุด a1b2c3d4"
 */
export function ownerNoteText(generatedAt: string, inputFingerprint: string): string {
  const local = bangkokDateTime(generatedAt);
  const when = local ? `${formatThaiShortDate(local.date)} ${local.time}` : generatedAt;
  return `สร้างเมื่อ ${when} จากข้อมูลชุด ${inputFingerprint}`;
}
