/**
 * A declarative description of one generated sheet (an official table or the notice). The core
 * computes it; the exceljs and Office.js adapters apply it the same way. Indexes are 0-based.
 */
export type BorderStyle = "thin" | "medium" | "double" | "hair" | "dotted";

export interface CellStyle {
  readonly font?: {
    readonly name?: string;
    readonly sizePt?: number;
    readonly bold?: boolean;
    readonly italic?: boolean;
    /** "#RRGGBB" */
    readonly color?: string;
  };
  /** Solid fill "#RRGGBB" (the ผด.02 schedule bars are filled cells). */
  readonly fill?: string;
  readonly horizontal?: "left" | "center" | "right";
  /**
   * A justified line: its spaces spread so the text fills the cell (Excel's "distributed" alignment;
   * LibreOffice spreads them the same way). A host that cannot set it prints `horizontal`.
   */
  readonly distributed?: boolean;
  readonly vertical?: "top" | "middle" | "bottom";
  readonly wrap?: boolean;
  readonly indent?: number;
  /** Excel number format, e.g. "#,##0", "0.00", "@". */
  readonly numberFormat?: string;
  readonly border?: {
    readonly top?: BorderStyle;
    readonly bottom?: BorderStyle;
    readonly left?: BorderStyle;
    readonly right?: BorderStyle;
    /** Lines across the cell, bottom-left to top-right and top-left to bottom-right (arrow heads). */
    readonly diagonalUp?: BorderStyle;
    readonly diagonalDown?: BorderStyle;
  };
}

/** A cell: literal text (never a formula, whatever it starts with) or a number. */
export interface CellSpec {
  readonly value: string | number | null;
  /** Key into `SheetSpec.styles`. */
  readonly style?: string;
}

export interface RowSpec {
  /** Explicit height: LibreOffice does not auto-grow rows and Excel's auto-fit varies. */
  readonly heightPt: number;
  /** Exactly `columns.length` entries; null = empty, unstyled. */
  readonly cells: readonly (CellSpec | null)[];
}

export interface MergeSpec {
  readonly row: number;
  readonly column: number;
  readonly rowCount: number;
  readonly columnCount: number;
}

export interface PrintSpec {
  readonly paper: "A4";
  readonly orientation: "landscape" | "portrait";
  /** Fit all columns to one page wide (height automatic). */
  readonly fitToWidth: boolean;
  /** 1-based inclusive rows repeated at the top of every printed page. */
  readonly titleRows?: { readonly first: number; readonly last: number };
  /** Inches, as Excel and exceljs store them. */
  readonly margins: {
    readonly top: number;
    readonly bottom: number;
    readonly left: number;
    readonly right: number;
    readonly header: number;
    readonly footer: number;
  };
  readonly centerHorizontally: boolean;
  /** Header/footer text; the footer may hold Excel's page codes (&P page, &N pages). */
  readonly headerRight?: string;
  readonly footerCenter?: string;
  /** Font of the header and footer (without it Excel and LibreOffice use their default font). */
  readonly headerFooterFont?: { readonly name: string; readonly sizePt: number };
  /** false: the first page prints no header, because its first row already shows the same text. */
  readonly headerOnFirstPage?: boolean;
  /**
   * The page number prints in Thai digits: Excel's page field (&P) has no digit setting, so it is set
   * in TH SarabunIT๙, whose digit keys are Thai digits (the font Thai offices print Thai numbers with).
   */
  readonly thaiDigitPageNumbers?: boolean;
  /** Page numbers of this sheet start here: each official form is its own document. */
  readonly firstPageNumber?: number;
  /** 1-based rows that start a new printed page (manual breaks). */
  readonly pageBreaksBefore: readonly number[];
}

/** A picture placed over the cells (the emblem on the notice, the logo on the cover). */
export interface ImageSpec {
  /** The picture's bytes as the user gave them. */
  readonly data: Uint8Array;
  readonly format: "png" | "jpeg";
  /** Its top-left corner: a cell (0-based) and an offset in points from that cell's top-left corner. */
  readonly row: number;
  readonly column: number;
  readonly offsetXPt: number;
  readonly offsetYPt: number;
  readonly widthPt: number;
  readonly heightPt: number;
  /** What the picture shows, for its name and alternative text (e.g. ตราครุฑ). */
  readonly description: string;
}

/** The generated sheets: the official tables, the notice, and the other parts of the plan book. */
export const SHEET_KINDS = [
  "pd01",
  "pd02",
  "pd021",
  "notice",
  "cover",
  "preface",
  "contents",
  "introduction",
  "divider",
  "appendix",
  "report6",
  "report12",
  "reportNotice",
  "comparison",
] as const;
export type SheetKind = (typeof SHEET_KINDS)[number];

/** The follow-up sheets: the 6- and 12-month reports and the notice of the results (ข้อ 29 (5)). */
export type FollowUpSheetKind = "report6" | "report12" | "reportNotice";
export const FOLLOW_UP_SHEET_KINDS: readonly FollowUpSheetKind[] = ["report6", "report12", "reportNotice"];

/** Identifies a sheet the add-in generated, so it can find and replace it, and never touches others. */
export interface OwnerMark {
  readonly kind: SheetKind;
  /** Edition code, or "ฉบับรวม" for the consolidated set. */
  readonly edition: string;
}

export interface SheetSpec {
  /** Sheet name, at most 31 characters. */
  readonly name: string;
  readonly owner: OwnerMark;
  /** Widths in points. */
  readonly columns: readonly { readonly widthPt: number }[];
  readonly rows: readonly RowSpec[];
  readonly merges: readonly MergeSpec[];
  readonly styles: Readonly<Record<string, CellStyle>>;
  readonly print: PrintSpec;
  /** Freeze rows above this 1-based row count (0 = none). */
  readonly frozenRows: number;
  /** Pictures over the cells; none when absent. */
  readonly images?: readonly ImageSpec[];
}
