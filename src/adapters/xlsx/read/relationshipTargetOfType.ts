import type { WorkbookStructure } from "./readStructure";

/** The target part of the workbook's first relationship of a kind ("theme", "styles"…); null if none. */
export function relationshipTargetOfType(structure: WorkbookStructure, kind: string): string | null {
  return (
    structure.workbookRelationships.find((r) => !r.external && r.type.endsWith(`/${kind}`))?.target ?? null
  );
}
