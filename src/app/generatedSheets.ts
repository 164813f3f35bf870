import type { GeneratedSheet } from "./AppServices";
import type { SheetInfo } from "./WorkbookPort";

/**
 * The sheets this tool generated, each told stale when it was built from other data than the input
 * tables hold now, or from unknown data (a sheet marked before fingerprints were written, or input
 * that cannot be read as a plan: `current` null).
 * @param current inputFingerprint() of the input tables as they are now
 */
export function generatedSheets(sheets: readonly SheetInfo[], current: string | null): GeneratedSheet[] {
  return sheets.flatMap(({ name, owner }): GeneratedSheet[] => {
    if (owner === null) return [];
    const built = owner.inputFingerprint ?? null;
    return [
      {
        name,
        edition: owner.edition,
        generatedAt: owner.generatedAt,
        inputFingerprint: built,
        stale: built === null || built !== current,
      },
    ];
  });
}
