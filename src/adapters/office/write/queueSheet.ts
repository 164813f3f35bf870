import type { SheetSpec } from "../../../domain/layout/SheetSpec";
import { ownerMarkColumn, ownerNoteColumn } from "../../../domain/layout/ownerMark";
import type { OfficeSettings } from "../OfficeSettings";
import { applyCellStyle } from "./applyCellStyle";
import { applyPrint } from "./applyPrint";
import { COMMAND_OVERHEAD_BYTES, jsonBytes, utf8Length } from "./requestSize";
import { rowBlocks, runs } from "./rowBlocks";
import { chunkAddresses, facetAreas, rectA1 } from "./styleAreas";

/** Queues one piece of work with its estimated request bytes. */
export type QueueOp = (bytes: number, apply: () => void) => void;

/** Where one generated sheet goes: the user's generated sheet to clear in place, or a new one. */
export interface SheetSlot {
  sheet: Excel.Worksheet;
  readonly replacing: boolean;
}

/** The texts of the sheet's margin: the owner mark and, with an input fingerprint, the note for people. */
export interface MarginTexts {
  readonly mark: string;
  readonly note: string | null;
}

/** Queues one generated sheet: values in row blocks, then styles, merges, sizes, print, mark. */
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
  for (const { style, rects } of facetAreas(spec.rows, spec.styles)) {
    if (style.indent !== undefined && !allowIndent) continue;
    if (caps.rangeAreas) {
      const multiRow = rects.some((r) => r.rowCount > 1);
      const multiColumn = rects.some((r) => r.columnCount > 1);
      for (const addresses of chunkAddresses(rects.map(rectA1))) {
        op(addresses.length + 20 * COMMAND_OVERHEAD_BYTES, () => {
          applyCellStyle(slot.sheet.getRanges(addresses), style, { allowIndent, multiRow, multiColumn });
        });
      }
    } else {
      // Without RangeAreas (ExcelApi 1.7/1.8) each rectangle is its own range object.
      const perRect = (style.border ? 13 : 2) * COMMAND_OVERHEAD_BYTES;
      for (let i = 0; i < rects.length; i += 200) {
        const chunk = rects.slice(i, i + 200);
        op(chunk.length * perRect, () => {
          for (const rect of chunk) {
            applyCellStyle(
              slot.sheet.getRangeByIndexes(rect.row, rect.column, rect.rowCount, rect.columnCount),
              style,
              { allowIndent, multiRow: rect.rowCount > 1, multiColumn: rect.columnCount > 1 },
            );
          }
        });
      }
    }
  }

  for (let i = 0; i < spec.merges.length; i += 200) {
    const chunk = spec.merges.slice(i, i + 200);
    op(chunk.length * COMMAND_OVERHEAD_BYTES, () => {
      for (const m of chunk)
        slot.sheet.getRangeByIndexes(m.row, m.column, m.rowCount, m.columnCount).merge(false);
    });
  }

  const heights = runs(spec.rows.map((r) => r.heightPt));
  op(heights.length * COMMAND_OVERHEAD_BYTES, () => {
    for (const { start, count, value } of heights) {
      slot.sheet.getRangeByIndexes(start, 0, count, 1).format.rowHeight = value;
    }
  });

  if (spec.frozenRows > 0) op(0, () => slot.sheet.freezePanes.freezeRows(spec.frozenRows));
  if (caps.pageLayout) op(jsonBytes(spec.print), () => applyPrint(slot.sheet, spec));

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
