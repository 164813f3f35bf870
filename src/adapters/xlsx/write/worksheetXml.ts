import { columnLetter } from "../../../domain/grid/a1";
import { NS, escapeXml } from "../package/xml";
import { pointsToCharacters } from "../pointsToCharacters";

/** One cell to write: text (always as text, never a formula) or a number, with a cell-format index. */
export interface XmlCell {
  readonly column: number;
  readonly value: string | number | null;
  readonly xf: number;
}

export interface XmlRow {
  readonly row: number;
  readonly heightPt?: number;
  readonly cells: readonly XmlCell[];
}

/** Everything a new worksheet part holds, in the order the schema requires when written. */
export interface WorksheetContent {
  readonly rows: readonly XmlRow[];
  readonly columnWidthsPt: readonly (number | null)[];
  /** Cell-format index for whole columns (so rows typed later take the column's format); null = none. */
  readonly columnXfs?: readonly (number | null)[];
  readonly merges: readonly string[];
  readonly frozenRows: number;
  readonly dataValidations?: readonly { readonly sqref: string; readonly formula: string }[];
  readonly print?: {
    readonly orientation: "landscape" | "portrait";
    readonly fitToWidth: boolean;
    readonly margins: Readonly<Record<"left" | "right" | "top" | "bottom" | "header" | "footer", number>>;
    readonly centerHorizontally: boolean;
    readonly firstPageNumber?: number;
    readonly header?: string;
    readonly footer?: string;
    readonly firstHeader?: string;
    readonly firstFooter?: string;
    readonly differentFirst: boolean;
    /** 1-based rows that start a new page. */
    readonly breaksBefore: readonly number[];
  };
  /** Relationship ids of table parts. */
  readonly tableRelationshipIds?: readonly string[];
  /** Relationship id of the sheet's drawing (its pictures), if it has one. */
  readonly drawingRelationshipId?: string;
}

/** A4 in SpreadsheetML's paperSize codes. */
const PAPER_A4 = 9;

const num = (value: number): string => String(Math.round(value * 1000) / 1000);

function cellXml(row: number, cell: XmlCell): string {
  const ref = `${columnLetter(cell.column)}${row + 1}`;
  const style = cell.xf !== 0 ? ` s="${cell.xf}"` : "";
  if (cell.value === null || cell.value === "") return `<c r="${ref}"${style}/>`;
  if (typeof cell.value === "number") return `<c r="${ref}"${style}><v>${num(cell.value)}</v></c>`;
  // Inline strings: no shared-string table to merge, and text is never read as a formula.
  const space = /^\s|\s$|\n/u.test(cell.value) ? ' xml:space="preserve"' : "";
  return `<c r="${ref}"${style} t="inlineStr"><is><t${space}>${escapeXml(encodeControl(cell.value))}</t></is></c>`;
}

/** Control characters other than tab and line feed are not allowed in XML; Excel escapes them. */
function encodeControl(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/_x[0-9A-Fa-f]{4}_|[\u0000-\u0008\u000b\u000c\u000e-\u001f]/gu, (match) =>
    match.length === 1
      ? `_x${match.charCodeAt(0).toString(16).padStart(4, "0").toUpperCase()}_`
      : `_x005F${match}`,
  );
}

/** Serialises a new worksheet part. */
export function worksheetXml(content: WorksheetContent): string {
  const parts: string[] = [
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n`,
    `<worksheet xmlns="${NS.main}" xmlns:r="${NS.relationships}">`,
  ];
  if (content.print?.fitToWidth) parts.push(`<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>`);
  if (content.frozenRows > 0) {
    const top = `A${content.frozenRows + 1}`;
    parts.push(
      `<sheetViews><sheetView workbookViewId="0"><pane ySplit="${content.frozenRows}" topLeftCell="${top}" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="${top}" sqref="${top}"/></sheetView></sheetViews>`,
    );
  } else parts.push(`<sheetViews><sheetView workbookViewId="0"/></sheetViews>`);
  parts.push(`<sheetFormatPr defaultRowHeight="15"/>`);
  const cols = content.columnWidthsPt.flatMap((width, c) => {
    const xf = content.columnXfs?.[c] ?? null;
    if (width === null && xf === null) return [];
    const widthAttr =
      width === null ? `width="9.140625"` : `width="${num(pointsToCharacters(width))}" customWidth="1"`;
    return [`<col min="${c + 1}" max="${c + 1}" ${widthAttr}${xf !== null ? ` style="${xf}"` : ""}/>`];
  });
  if (cols.length > 0) parts.push(`<cols>${cols.join("")}</cols>`);
  parts.push("<sheetData>");
  for (const row of content.rows) {
    const height = row.heightPt !== undefined ? ` ht="${num(row.heightPt)}" customHeight="1"` : "";
    parts.push(`<row r="${row.row + 1}"${height}>`);
    for (const cell of [...row.cells].sort((a, b) => a.column - b.column)) parts.push(cellXml(row.row, cell));
    parts.push("</row>");
  }
  parts.push("</sheetData>");
  if (content.merges.length > 0)
    parts.push(
      `<mergeCells count="${content.merges.length}">${content.merges.map((ref) => `<mergeCell ref="${ref}"/>`).join("")}</mergeCells>`,
    );
  const validations = content.dataValidations ?? [];
  if (validations.length > 0) {
    parts.push(`<dataValidations count="${validations.length}">`);
    for (const { sqref, formula } of validations)
      parts.push(
        `<dataValidation type="list" allowBlank="1" showInputMessage="1" showErrorMessage="0" sqref="${sqref}"><formula1>${escapeXml(formula)}</formula1></dataValidation>`,
      );
    parts.push("</dataValidations>");
  }
  const print = content.print;
  if (print) {
    if (print.centerHorizontally) parts.push(`<printOptions horizontalCentered="1"/>`);
    const m = print.margins;
    parts.push(
      `<pageMargins left="${num(m.left)}" right="${num(m.right)}" top="${num(m.top)}" bottom="${num(m.bottom)}" header="${num(m.header)}" footer="${num(m.footer)}"/>`,
    );
    const first =
      print.firstPageNumber !== undefined
        ? ` firstPageNumber="${print.firstPageNumber}" useFirstPageNumber="1"`
        : "";
    const fit = print.fitToWidth ? ` fitToWidth="1" fitToHeight="0"` : "";
    parts.push(`<pageSetup paperSize="${PAPER_A4}" orientation="${print.orientation}"${fit}${first}/>`);
    const hf: string[] = [];
    if (print.header) hf.push(`<oddHeader>${escapeXml(print.header)}</oddHeader>`);
    if (print.footer) hf.push(`<oddFooter>${escapeXml(print.footer)}</oddFooter>`);
    if (print.differentFirst) {
      if (print.firstHeader) hf.push(`<firstHeader>${escapeXml(print.firstHeader)}</firstHeader>`);
      if (print.firstFooter) hf.push(`<firstFooter>${escapeXml(print.firstFooter)}</firstFooter>`);
    }
    if (hf.length > 0)
      parts.push(
        `<headerFooter${print.differentFirst ? ` differentFirst="1"` : ""}>${hf.join("")}</headerFooter>`,
      );
    const breaks = print.breaksBefore.filter((row) => row > 1);
    if (breaks.length > 0)
      parts.push(
        `<rowBreaks count="${breaks.length}" manualBreakCount="${breaks.length}">${breaks.map((row) => `<brk id="${row - 1}" max="16383" man="1"/>`).join("")}</rowBreaks>`,
      );
  }
  // By the schema the drawing follows the page breaks and comes before the table parts.
  if (content.drawingRelationshipId !== undefined)
    parts.push(`<drawing r:id="${content.drawingRelationshipId}"/>`);
  const tables = content.tableRelationshipIds ?? [];
  if (tables.length > 0)
    parts.push(
      `<tableParts count="${tables.length}">${tables.map((id) => `<tablePart r:id="${id}"/>`).join("")}</tableParts>`,
    );
  parts.push("</worksheet>");
  return parts.join("");
}
