import type { OoxmlPackage } from "../package/OoxmlPackage";
import type { WorkbookStructure } from "../read/readStructure";
import { WorkbookEditor } from "./WorkbookEditor";

/**
 * Hides the sheets not named, and their print names (for a copy to print); returns a function that
 * restores the workbook part's bytes.
 */
export function hideSheets(
  pkg: OoxmlPackage,
  structure: WorkbookStructure,
  visible: ReadonlySet<string>,
): () => void {
  const before = pkg.bytes(structure.workbookPart);
  const contentTypes = pkg.bytes("[Content_Types].xml");
  const editor = new WorkbookEditor(pkg, structure.workbookPart);
  const states = new Map(
    structure.sheets.map((s, i) => [i, visible.has(s.name) ? "visible" : "hidden"] as const),
  );
  editor.setStates(states);
  // LibreOffice prints a hidden sheet that has a print area (the other editions' tables in a book's
  // PDF): the copy to print keeps no print names on the sheets it hides.
  for (const [index, state] of states) if (state === "hidden") editor.setLocalNames(index, []);
  editor.save();
  return () => {
    if (before) pkg.write(structure.workbookPart, before);
    if (contentTypes) pkg.write("[Content_Types].xml", contentTypes);
  };
}
