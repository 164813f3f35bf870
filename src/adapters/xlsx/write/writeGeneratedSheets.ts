import { SheetNameTakenError, type WriteSheetsResult } from "../../../app/WorkbookPort";
import type { SheetSpec } from "../../../domain/layout/SheetSpec";
import {
  formatOwnerMark,
  newWorkbookId,
  ownerMarkColumn,
  ownerNoteColumn,
  ownerNoteText,
  WORKBOOK_ID_NAME,
  workbookIdFormula,
} from "../../../domain/layout/ownerMark";
import type { OoxmlPackage } from "../package/OoxmlPackage";
import { readSheetInfos, workbookIdOf } from "../read/readSheetInfos";
import type { WorkbookStructure } from "../read/readStructure";
import { specSheetPart } from "./specSheetPart";
import { StyleSheetEditor } from "./StyleSheetEditor";
import { WorkbookEditor } from "./WorkbookEditor";

/**
 * Writes generated sheets into the package: a sheet of the same name that this tool owns is given
 * the new content in place (its tab keeps its position); other names are added at the end. Every
 * target is checked before anything is written, so a refusal leaves the package as it was. The
 * workbook gets an id (hidden name) the first time, which seals the sheets' owner marks.
 * @throws SheetNameTakenError when a name belongs to a user's sheet
 */
export function writeGeneratedSheets(
  pkg: OoxmlPackage,
  structure: WorkbookStructure,
  specs: readonly SheetSpec[],
  generatedAt: string,
  inputFingerprint: string | undefined,
  random: () => Uint8Array,
): WriteSheetsResult {
  const names = specs.map((s) => s.name.toLowerCase());
  const duplicate = specs.find((s, i) => names.indexOf(s.name.toLowerCase()) !== i);
  if (duplicate) throw new RangeError(`Sheet "${duplicate.name}" is specified twice`);
  const infos = readSheetInfos(pkg, structure);
  for (const spec of specs) {
    const existing = infos.find((s) => s.name.toLowerCase() === spec.name.toLowerCase());
    if (existing && existing.owner === null) throw new SheetNameTakenError(existing.name);
  }
  const workbookId = workbookIdOf(structure) ?? newWorkbookId(random());
  const styles = new StyleSheetEditor(pkg, structure.stylesPart ?? "xl/styles.xml");
  const editor = new WorkbookEditor(pkg, structure.workbookPart);
  if (workbookIdOf(structure) === null)
    editor.setWorkbookName(WORKBOOK_ID_NAME, workbookIdFormula(workbookId), true);
  for (const spec of specs) {
    const columns = spec.columns.length;
    const margin = [
      {
        column: ownerMarkColumn(columns),
        text: formatOwnerMark(spec.owner, generatedAt, inputFingerprint, {
          sheetName: spec.name,
          workbookId,
        }),
      },
      ...(inputFingerprint !== undefined
        ? [{ column: ownerNoteColumn(columns), text: ownerNoteText(generatedAt, inputFingerprint) }]
        : []),
    ];
    const { sheet, names } = specSheetPart(spec, styles, margin);
    const index = editor.indexOf(spec.name);
    const at = index >= 0 ? (editor.replaceSheet(index, sheet), index) : editor.addSheet(sheet);
    editor.setLocalNames(at, names);
  }
  styles.save();
  editor.save();
  // A file carries every print setting, so nothing is left for the user to set by hand.
  return { manualSteps: [] };
}

/** Deletes the named sheets this tool owns; others (and unknown names) are left. Returns those deleted. */
export function removeGeneratedSheets(
  pkg: OoxmlPackage,
  structure: WorkbookStructure,
  names: readonly string[],
): string[] {
  const owned = generatedAmong(pkg, structure, names);
  if (owned.length === 0) return [];
  const editor = new WorkbookEditor(pkg, structure.workbookPart);
  // Highest position first, so the positions of those still to go do not move.
  const positions = owned.map((name) => editor.indexOf(name)).sort((a, b) => b - a);
  for (const position of positions) editor.removeSheet(position);
  editor.save();
  return owned;
}

/**
 * Moves the named sheets this tool owns so they stand together in the given order, where the first
 * of them stands; the user's sheets keep their order (one among ours ends up after them), unknown
 * names are skipped.
 */
export function arrangeGeneratedSheets(
  pkg: OoxmlPackage,
  structure: WorkbookStructure,
  names: readonly string[],
): void {
  const owned = new Set(generatedAmong(pkg, structure, names).map((name) => name.toLowerCase()));
  const editor = new WorkbookEditor(pkg, structure.workbookPart);
  const ours = names.filter((name) => owned.has(name.toLowerCase()));
  const start = Math.min(...ours.map((name) => editor.indexOf(name)));
  ours.forEach((name, i) => editor.moveSheet(editor.indexOf(name), start + i));
  editor.save();
}

/** Which of the named sheets this tool generated, in workbook order and spelling. */
function generatedAmong(pkg: OoxmlPackage, structure: WorkbookStructure, names: readonly string[]): string[] {
  const wanted = new Set(names.map((n) => n.toLowerCase()));
  return readSheetInfos(pkg, structure)
    .filter((s) => s.owner !== null && wanted.has(s.name.toLowerCase()))
    .map((s) => s.name);
}
