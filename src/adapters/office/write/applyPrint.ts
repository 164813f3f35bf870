import { rangeA1 } from "../../../domain/grid/a1";
import { headerFooterCodes } from "../../../domain/layout/headerFooterCodes";
import type { SheetSpec } from "../../../domain/layout/SheetSpec";

/**
 * Page setup, print titles, header/footer and page breaks of a generated sheet.
 * @apiSet ExcelApi 1.9
 */
export function applyPrint(sheet: Excel.Worksheet, spec: SheetSpec): void {
  const print = spec.print;
  const layout = sheet.pageLayout;
  layout.paperSize = "A4";
  layout.orientation = print.orientation === "landscape" ? "Landscape" : "Portrait";
  // zoom must be assigned as a whole object; 0 pages tall = automatic.
  if (print.fitToWidth) layout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
  layout.centerHorizontally = print.centerHorizontally;
  if (print.titleRows) layout.setPrintTitleRows(`$${print.titleRows.first}:$${print.titleRows.last}`);
  layout.setPrintMargins("Inches", {
    top: print.margins.top,
    bottom: print.margins.bottom,
    left: print.margins.left,
    right: print.margins.right,
    header: print.margins.header,
    footer: print.margins.footer,
  });
  const codes = headerFooterCodes(print);
  const group = layout.headersFooters;
  if (codes.rightHeader) group.defaultForAllPages.rightHeader = codes.rightHeader;
  if (codes.centerFooter) group.defaultForAllPages.centerFooter = codes.centerFooter;
  if (codes.firstPage) {
    group.state = "FirstAndDefault";
    group.firstPage.rightHeader = codes.firstPage.rightHeader;
    group.firstPage.centerFooter = codes.firstPage.centerFooter;
  }
  if (print.firstPageNumber !== undefined) layout.firstPageNumber = print.firstPageNumber;
  for (const row of print.pageBreaksBefore) sheet.horizontalPageBreaks.add(`A${row}`);
  if (spec.rows.length > 0 && spec.columns.length > 0) {
    layout.setPrintArea(rangeA1(0, 0, spec.rows.length, spec.columns.length));
  }
}
