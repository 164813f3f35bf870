import type { OwnerMark } from "./SheetSpec";

/**
 * The owner mark is written as text in one cell of the generated sheet's first row, just right of
 * the print area, so both adapters (and co-authors) see it and it survives save/reopen in any app.
 */
export const OWNER_MARK_PREFIX = "action-plan:";

/** @example formatOwnerMark({ kind: "pd01", edition: "หลัก" }, "2026-11-27T10:00:00Z") //=> "action-plan:pd01|หลัก|2026-11-27T10:00:00Z" */
export function formatOwnerMark(owner: OwnerMark, generatedAt: string): string {
  return `${OWNER_MARK_PREFIX}${owner.kind}|${owner.edition}|${generatedAt}`;
}

export function parseOwnerMark(text: unknown): (OwnerMark & { readonly generatedAt: string }) | null {
  if (typeof text !== "string" || !text.startsWith(OWNER_MARK_PREFIX)) return null;
  const [kind, edition, generatedAt] = text.slice(OWNER_MARK_PREFIX.length).split("|");
  if (kind !== "pd01" && kind !== "pd02" && kind !== "pd021" && kind !== "notice") return null;
  if (edition === undefined || generatedAt === undefined) return null;
  return { kind, edition, generatedAt };
}

/** 0-based column of the mark: one empty column right of the last printed column. */
export function ownerMarkColumn(columnCount: number): number {
  return columnCount + 1;
}
