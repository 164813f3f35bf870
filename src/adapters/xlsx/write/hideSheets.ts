import type { OoxmlPackage } from "../package/OoxmlPackage";
import type { WorkbookStructure } from "../read/readStructure";
import { WorkbookEditor } from "./WorkbookEditor";

/** Hides the sheets not named; returns a function that restores the workbook part's bytes. */
export function hideSheets(
  pkg: OoxmlPackage,
  structure: WorkbookStructure,
  visible: ReadonlySet<string>,
): () => void {
  const before = pkg.bytes(structure.workbookPart);
  const contentTypes = pkg.bytes("[Content_Types].xml");
  const editor = new WorkbookEditor(pkg, structure.workbookPart);
  editor.setStates(
    new Map(structure.sheets.map((s, i) => [i, visible.has(s.name) ? "visible" : "hidden"] as const)),
  );
  editor.save();
  return () => {
    if (before) pkg.write(structure.workbookPart, before);
    if (contentTypes) pkg.write("[Content_Types].xml", contentTypes);
  };
}
