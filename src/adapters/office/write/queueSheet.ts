import type { SheetSpec } from "../../../domain/layout/SheetSpec";
import { ownerMarkColumn, ownerNoteColumn } from "../../../domain/layout/ownerMark";
import type { OfficeSettings } from "../OfficeSettings";
import { applyCellStyle, applyEdges } from "./applyCellStyle";
import { applyPrint } from "./applyPrint";
import { base64Of } from "./base64";
import { deleteOurPictures, picturePlace, placePicture } from "./placeImages";
import { COMMAND_OVERHEAD_BYTES, jsonBytes, utf8Length } from "./requestSize";
import { rowBlocks, runs } from "./rowBlocks";
import { commandsOf, sheetPaints } from "./sheetPaints";
import { chunkAddresses, rectA1 } from "./styleAreas";

/** Queues one piece of work with its estimated request bytes. */
export type QueueOp = (bytes: number, apply: () => void) => void;

/** Where one generated sheet goes: the user's generated sheet to clear in place, or a new one. */
export interface SheetSlot {
  sheet: Excel.Worksheet;
  readonly replacing: boolean;
  /** The pictures on the sheet being replaced (loaded with ExcelApi 1.9); ours are deleted. */
  readonly pictures: readonly Excel.Shape[];
}

/** The texts of the sheet's margin: the owner mark and, with an input fingerprint, the note for people. */
export interface MarginTexts {
  readonly mark: string;
  readonly note: string | null;
}

/** Queues one generated sheet: values in row blocks, then styles, merges, sizes, pictures, print, mark. */
export function queueSheet(
  op: QueueOp,
  slot: SheetSlot,
  spec: SheetSpec,
  margin: MarginTexts,
  worksheets: Excel.WorksheetCollection,
  { capabilities: caps, budgetBytes }: OfficeSettings,
): void {
  const width = spec.columns.length;
  op(utf8Length(spec.name), () => {
    if (!slot.replacing) {
      slot.sheet = worksheets.add(spec.name);
      return;
    }
    // Clear in place (not delete + add): keeps the sheet's identity, position and the undo stack.
    const all = slot.sheet.getRange();
    all.unmerge();
    all.clear("All");
    all.conditionalFormats.clearAll();
    all.format.useStandardWidth = true;
    all.format.useStandardHeight = true;
    slot.sheet.freezePanes.unfreeze();
    if (caps.pageLayout) slot.sheet.horizontalPageBreaks.removePageBreaks();
    // Clearing cells leaves pictures: the ones placed last time go, a user's stay.
    if (caps.images) deleteOurPictures(slot.pictures);
  });

  runs(spec.columns.map((c) => c.widthPt)).forEach(({ start, count, value }) =>
    op(16, () => (slot.sheet.getRangeByIndexes(0, start, 1, count).format.columnWidth = value)),
  );

  for (const block of rowBlocks(spec, Math.floor(budgetBytes / 2))) {
    op(block.bytes, () => {
      const range = slot.sheet.getRangeByIndexes(block.start, 0, block.count, width);
      // "@" before values: text cells must never be re-read as numbers, dates or formulas.
      range.numberFormat = block.formats;
      range.values = block.values;
    });
  }

  const allowIndent = caps.cellProperties;
  for (const paint of sheetPaints(spec, allowIndent)) {
    if (caps.rangeAreas) {
      for (const addresses of chunkAddresses(paint.rects.map(rectA1))) {
        op(addresses.length + commandsOf(paint) * COMMAND_OVERHEAD_BYTES, () => {
          const areas = slot.sheet.getRanges(addresses);
          applyCellStyle(areas, paint.style, { allowIndent, multiRow: false, multiColumn: false });
          applyEdges(areas, paint.edges);
        });
      }
    } else {
      // Without RangeAreas (ExcelApi 1.7/1.8) each rectangle is its own range object.
      const perRect = commandsOf(paint) * COMMAND_OVERHEAD_BYTES;
      for (let i = 0; i < paint.rects.length; i += 200) {
        const chunk = paint.rects.slice(i, i + 200);
        op(chunk.length * perRect, () => {
          for (const rect of chunk) {
            const range = slot.sheet.getRangeByIndexes(
              rect.row,
              rect.column,
              rect.rowCount,
              rect.columnCount,
            );
            applyCellStyle(range, paint.style, { allowIndent, multiRow: false, multiColumn: false });
            applyEdges(range, paint.edges);
          }
        });
      }
    }
  }

  for (let i = 0; i < spec.merges.length; i += 200) {
    const chunk = spec.merges.slice(i, i + 200);
    // Each merge is its own range object besides the call.
    op(chunk.length * 2 * COMMAND_OVERHEAD_BYTES, () => {
      for (const m of chunk)
        slot.sheet.getRangeByIndexes(m.row, m.column, m.rowCount, m.columnCount).merge(false);
    });
  }

  const heights = runs(spec.rows.map((r) => r.heightPt));
  // Per run: a range, its format and the height set on it.
  op(heights.length * 3 * COMMAND_OVERHEAD_BYTES, () => {
    for (const { start, count, value } of heights) {
      slot.sheet.getRangeByIndexes(start, 0, count, 1).format.rowHeight = value;
    }
  });

  if (caps.images) {
    (spec.images ?? []).forEach((image, index) => {
      const base64 = base64Of(image.data);
      // The picture, then its name, texts, lock, place and size.
      op(base64.length + utf8Length(image.description) * 3 + 9 * COMMAND_OVERHEAD_BYTES, () =>
        placePicture(slot.sheet, base64, image, picturePlace(spec, image), index),
      );
    });
  }

  if (spec.frozenRows > 0) op(0, () => slot.sheet.freezePanes.freezeRows(spec.frozenRows));
  if (caps.pageLayout) {
    // Each page break added is a call that makes an object.
    const breaks = spec.print.pageBreaksBefore.length * 2 * COMMAND_OVERHEAD_BYTES;
    op(jsonBytes(spec.print) + breaks, () => applyPrint(slot.sheet, spec));
  }

  const marginCell = (column: number, text: string): void =>
    op(utf8Length(text), () => {
      const cell = slot.sheet.getRangeByIndexes(0, column, 1, 1);
      cell.numberFormat = [["@"]];
      cell.values = [[text]];
      cell.format.font.color = "#808080";
    });
  marginCell(ownerMarkColumn(width), margin.mark);
  if (margin.note !== null) marginCell(ownerNoteColumn(width), margin.note);
}
