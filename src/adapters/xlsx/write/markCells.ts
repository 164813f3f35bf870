import type { CellMark, MarkCellsResult } from "../../../app/CellMarker";
import { parseA1 } from "../../../domain/grid/a1";
import type { Severity } from "../../../domain/validate/Issue";
import { CONTENT_TYPE, updateContentTypes } from "../package/contentTypes";
import type { OoxmlPackage } from "../package/OoxmlPackage";
import { addRelationships, isType, readRelationships, REL } from "../package/relationships";
import { NS } from "../package/xml";
import type { SheetEntry, WorkbookStructure } from "../read/readStructure";
import { type CellNote, withNotes } from "./commentsPart";
import { newNoteDrawing, NoteShapeIds, withNoteShapes } from "./noteShapes";
import { SheetPatcher } from "./SheetPatcher";
import { StyleSheetEditor } from "./StyleSheetEditor";

/** The fills of marked cells: Excel's own "Bad" and "Neutral" colours, as the task pane's highlights. */
export const MARK_FILL: Readonly<Record<Severity, string>> = { error: "#FFC7CE", warning: "#FFEB9C" };

const COMMENTS_TYPE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments";
const VML_TYPE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/vmlDrawing";
const COMMENTS_CONTENT = "application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml";
const VML_CONTENT = "application/vnd.openxmlformats-officedocument.vmlDrawing";

interface CellToMark extends CellNote {
  readonly severity: Severity;
}

/**
 * Marks cells of the package's worksheets: a fill (the cell's own format otherwise kept) and a note
 * with the text, shown by Excel and LibreOffice. Marks at the same cell become one note (the worst
 * severity's fill). Changed parts: the marked sheets, their relationships, comments parts and legacy
 * drawings, the styles and the content types; every other part stays byte for byte.
 */
export function markCells(
  pkg: OoxmlPackage,
  structure: WorkbookStructure,
  marks: readonly CellMark[],
): MarkCellsResult {
  const skipped: CellMark[] = [];
  const bySheet = new Map<SheetEntry, Map<string, CellToMark>>();
  for (const mark of marks) {
    const sheet = structure.sheets.find((s) => s.name.toLowerCase() === mark.sheet.toLowerCase());
    const at = parseA1(mark.cell);
    if (!sheet || sheet.part === null || sheet.kind !== "worksheet" || !at) {
      skipped.push(mark);
      continue;
    }
    const cells = bySheet.get(sheet) ?? new Map<string, CellToMark>();
    bySheet.set(sheet, cells);
    const key = `${at.row}:${at.column}`;
    const before = cells.get(key);
    cells.set(key, {
      ...at,
      severity: before?.severity === "error" ? "error" : mark.severity,
      text: before ? `${before.text}\n${mark.note}` : mark.note,
    });
  }
  if (bySheet.size === 0) return { marked: 0, skipped };

  const stylesPart = structure.stylesPart ?? "xl/styles.xml";
  const styles = new StyleSheetEditor(pkg, stylesPart);
  const shapeIds = new NoteShapeIds(pkg);
  let marked = 0;
  for (const [sheet, cells] of bySheet) {
    const part = sheet.part as string;
    const patcher = new SheetPatcher(pkg, part, sheet.name);
    for (const cell of cells.values()) {
      const base = patcher.shownXf(cell.row, cell.column);
      patcher.setCellXf(cell.row, cell.column, styles.xfWithFill(base, MARK_FILL[cell.severity]));
    }
    addNotes(pkg, part, patcher, [...cells.values()], shapeIds);
    patcher.save();
    marked += cells.size;
  }
  styles.save();
  if (structure.stylesPart === null) {
    // A workbook without a styles part (some generators write none) gets one, linked as Excel expects.
    addRelationships(pkg, structure.workbookPart, [{ type: REL.styles, targetPart: stylesPart }]);
    updateContentTypes(pkg, { overrides: [{ part: stylesPart, contentType: CONTENT_TYPE.styles }] });
  }
  return { marked, skipped };
}

/** The notes' text into the sheet's comments part, and a shape for each new one into its legacy drawing. */
function addNotes(
  pkg: OoxmlPackage,
  sheetPart: string,
  patcher: SheetPatcher,
  notes: readonly CellNote[],
  shapeIds: NoteShapeIds,
): void {
  const relationships = readRelationships(pkg, sheetPart);
  const overrides: { part: string; contentType: string }[] = [];
  const commentsRel = relationships.find((r) => isType(r, "comments") && !r.external && pkg.has(r.target));
  const commentsPart = commentsRel?.target ?? freePart(pkg, "xl/comments", ".xml");
  const { xml, added } = withNotes(commentsPart, commentsRel ? pkg.text(commentsPart) : null, notes);
  pkg.write(commentsPart, xml);
  if (!commentsRel) {
    addRelationships(pkg, sheetPart, [{ type: COMMENTS_TYPE, targetPart: commentsPart }]);
    overrides.push({ part: commentsPart, contentType: COMMENTS_CONTENT });
  }
  let vml = false;
  if (added.length > 0) {
    const drawingId = patcher.legacyDrawingId();
    const drawing = relationships.find((r) => r.id === drawingId && !r.external && pkg.has(r.target));
    if (drawing) {
      pkg.write(drawing.target, withNoteShapes(drawing.target, pkg.text(drawing.target) ?? "", added));
    } else {
      const vmlPart = freePart(pkg, "xl/drawings/vmlDrawing", ".vml");
      pkg.write(vmlPart, newNoteDrawing(shapeIds.newBlock(), added));
      const [id] = addRelationships(pkg, sheetPart, [{ type: VML_TYPE, targetPart: vmlPart }]);
      patcher.setLegacyDrawing(id as string, NS.relationships);
      vml = true;
    }
  }
  if (overrides.length > 0 || vml)
    updateContentTypes(pkg, {
      overrides,
      defaults: vml ? [{ extension: "vml", contentType: VML_CONTENT }] : [],
    });
}

/** A part name the package does not have yet: prefix + the first free number + suffix. */
function freePart(pkg: OoxmlPackage, prefix: string, suffix: string): string {
  for (let n = 1; ; n++) if (!pkg.has(`${prefix}${n}${suffix}`)) return `${prefix}${n}${suffix}`;
}
