import { exceljsPrintArea } from "./printArea";
import type { Style, Worksheet } from "exceljs";
import { columnLetter } from "../../domain/grid/a1";
import { headerFooterCodes } from "../../domain/layout/headerFooterCodes";
import type { SheetSpec } from "../../domain/layout/SheetSpec";
import {
  formatOwnerMark,
  ownerMarkColumn,
  ownerNoteColumn,
  ownerNoteText,
} from "../../domain/layout/ownerMark";
import { pointsToCharacters } from "./pointsToCharacters";
import { toExcelStyle } from "./toExcelStyle";

/** exceljs paperSize code of A4. */
const PAPER_A4 = 9;

/**
 * Applies a SheetSpec to an empty exceljs worksheet: values (strings stay strings, never formulas),
 * styles, merges, widths, heights, print setup and the owner mark.
 */
export function writeSheetSpec(
  sheet: Worksheet,
  spec: SheetSpec,
  generatedAt: string,
  inputFingerprint?: string,
): void {
  const styles = new Map<string, Partial<Style>>(
    Object.entries(spec.styles).map(([key, style]) => [key, toExcelStyle(style)]),
  );
  spec.columns.forEach((column, c) => {
    sheet.getColumn(c + 1).width = pointsToCharacters(column.widthPt);
  });

  spec.rows.forEach((rowSpec, r) => {
    const row = sheet.getRow(r + 1);
    row.height = rowSpec.heightPt;
    rowSpec.cells.forEach((cellSpec, c) => {
      if (cellSpec === null) return;
      const cell = row.getCell(c + 1);
      const style = cellSpec.style === undefined ? undefined : styles.get(cellSpec.style);
      // One shared object per style key: exceljs caches written styles by object identity (WeakMap),
      // which makes saving large sheets several times faster. Nothing here mutates a cell's style later.
      if (style !== undefined) cell.style = style;
      cell.value = cellSpec.value;
    });
  });

  for (const merge of spec.merges) {
    sheet.mergeCells(
      merge.row + 1,
      merge.column + 1,
      merge.row + merge.rowCount,
      merge.column + merge.columnCount,
    );
  }

  const markCell = sheet.getRow(1).getCell(ownerMarkColumn(spec.columns.length) + 1);
  markCell.value = formatOwnerMark(spec.owner, generatedAt, inputFingerprint);
  markCell.numFmt = "@";
  markCell.font = { color: { argb: "FF808080" }, size: 8 };
  if (inputFingerprint !== undefined) {
    const noteCell = sheet.getRow(1).getCell(ownerNoteColumn(spec.columns.length) + 1);
    noteCell.value = ownerNoteText(generatedAt, inputFingerprint);
    noteCell.numFmt = "@";
    noteCell.font = { color: { argb: "FF808080" }, size: 8 };
  }

  const { print } = spec;
  const lastColumn = columnLetter(Math.max(0, spec.columns.length - 1));
  sheet.pageSetup = {
    ...sheet.pageSetup,
    paperSize: PAPER_A4,
    orientation: print.orientation,
    fitToPage: print.fitToWidth,
    fitToWidth: 1,
    // 0 = as many pages tall as needed.
    fitToHeight: 0,
    margins: { ...print.margins },
    horizontalCentered: print.centerHorizontally,
    printArea: exceljsPrintArea(`A1:${lastColumn}${Math.max(1, spec.rows.length)}`),
    ...(print.titleRows ? { printTitlesRow: `${print.titleRows.first}:${print.titleRows.last}` } : {}),
    ...(print.firstPageNumber !== undefined ? { firstPageNumber: print.firstPageNumber } : {}),
  };
  const codes = headerFooterCodes(print);
  sheet.headerFooter = {
    ...sheet.headerFooter,
    ...(codes.rightHeader ? { oddHeader: `&R${codes.rightHeader}` } : {}),
    ...(codes.centerFooter ? { oddFooter: `&C${codes.centerFooter}` } : {}),
    ...(codes.firstPage
      ? {
          differentFirst: true,
          ...(codes.firstPage.rightHeader ? { firstHeader: `&R${codes.firstPage.rightHeader}` } : {}),
          ...(codes.firstPage.centerFooter ? { firstFooter: `&C${codes.firstPage.centerFooter}` } : {}),
        }
      : {}),
  };
  for (const before of print.pageBreaksBefore) {
    // exceljs breaks after the given row; the spec names the first row of the new page.
    if (before > 1) sheet.getRow(before - 1).addPageBreak();
  }
  sheet.views =
    spec.frozenRows > 0 ? [{ state: "frozen", ySplit: spec.frozenRows, xSplit: 0 }] : [{ state: "normal" }];
}
