import { columnLetter } from "../../../domain/grid/a1";
import { headerFooterCodes } from "../../../domain/layout/headerFooterCodes";
import type { SheetSpec } from "../../../domain/layout/SheetSpec";
import type { StyleSheetEditor } from "./StyleSheetEditor";
import { quoteSheet, type LocalName, type NewSheetPart } from "./WorkbookEditor";
import { worksheetXml, type XmlRow } from "./worksheetXml";

/** Cells written in row 1 beside a generated sheet, outside its print area (the owner mark and note). */
export interface MarginCell {
  readonly column: number;
  readonly text: string;
}

const MARGIN_STYLE = { font: { color: "#808080", sizePt: 8 }, numberFormat: "@" } as const;

/**
 * A generated sheet's worksheet part from its SheetSpec: values (text always as text), styles merged
 * into the workbook's, merges, widths, heights, print setup, page breaks; and its local names (print
 * area and titles), which the caller sets once the sheet has its position.
 */
export function specSheetPart(
  spec: SheetSpec,
  styles: StyleSheetEditor,
  margin: readonly MarginCell[],
): { sheet: NewSheetPart; names: LocalName[] } {
  const xfByKey = new Map(Object.entries(spec.styles).map(([key, style]) => [key, styles.xfOf(style)]));
  const rows: XmlRow[] = spec.rows.map((rowSpec, r) => ({
    row: r,
    heightPt: rowSpec.heightPt,
    cells: rowSpec.cells.flatMap((cell, c) =>
      cell === null
        ? []
        : [
            {
              column: c,
              value: cell.value,
              xf: cell.style === undefined ? 0 : (xfByKey.get(cell.style) ?? 0),
            },
          ],
    ),
  }));
  if (margin.length > 0) {
    const xf = styles.xfOf(MARGIN_STYLE);
    const first = rows[0] ?? { row: 0, cells: [] };
    rows[0] = {
      ...first,
      cells: [...first.cells, ...margin.map((m) => ({ column: m.column, value: m.text, xf }))],
    };
  }
  const { print } = spec;
  const codes = headerFooterCodes(print);
  const xml = worksheetXml({
    rows,
    columnWidthsPt: spec.columns.map((c) => c.widthPt),
    merges: spec.merges.map(
      (m) =>
        `${columnLetter(m.column)}${m.row + 1}:${columnLetter(m.column + m.columnCount - 1)}${m.row + m.rowCount}`,
    ),
    frozenRows: spec.frozenRows,
    print: {
      orientation: print.orientation,
      fitToWidth: print.fitToWidth,
      margins: print.margins,
      centerHorizontally: print.centerHorizontally,
      ...(print.firstPageNumber !== undefined ? { firstPageNumber: print.firstPageNumber } : {}),
      ...(codes.rightHeader ? { header: `&R${codes.rightHeader}` } : {}),
      ...(codes.centerFooter ? { footer: `&C${codes.centerFooter}` } : {}),
      differentFirst: codes.firstPage !== null,
      ...(codes.firstPage?.rightHeader ? { firstHeader: `&R${codes.firstPage.rightHeader}` } : {}),
      ...(codes.firstPage?.centerFooter ? { firstFooter: `&C${codes.firstPage.centerFooter}` } : {}),
      breaksBefore: print.pageBreaksBefore,
    },
    ...(spec.images && spec.images.length > 0 ? { drawingRelationshipId: "{{drawing}}" } : {}),
  });
  const sheetRef = quoteSheet(spec.name);
  const lastColumn = columnLetter(Math.max(0, spec.columns.length - 1));
  const names: LocalName[] = [
    { name: "_xlnm.Print_Area", formula: `${sheetRef}!$A$1:$${lastColumn}$${Math.max(1, spec.rows.length)}` },
    ...(print.titleRows
      ? [
          {
            name: "_xlnm.Print_Titles",
            formula: `${sheetRef}!$${print.titleRows.first}:$${print.titleRows.last}`,
          },
        ]
      : []),
  ];
  const images = spec.images ?? [];
  return { sheet: { name: spec.name, xml, ...(images.length > 0 ? { images } : {}) }, names };
}
