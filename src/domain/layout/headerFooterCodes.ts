import type { PrintSpec } from "./SheetSpec";

/** The font whose digit keys print Thai digits (๑๒๓ for 123). */
export const THAI_DIGIT_FONT = "TH SarabunIT๙";

/** Excel's header and footer strings for a print spec, the same in both adapters (""  = none). */
export interface HeaderFooterCodes {
  readonly rightHeader: string;
  readonly centerFooter: string;
  /** Set when the first page differs (PrintSpec.headerOnFirstPage false): its own header and footer. */
  readonly firstPage: { readonly rightHeader: string; readonly centerFooter: string } | null;
}

/**
 * The header and footer texts with Excel's font codes (`&"font,style"&size`), so they print in the
 * official font rather than the application's default.
 * @example headerFooterCodes({ ...print, headerRight: "แบบ ผด.01", headerFooterFont: { name: "TH SarabunPSK", sizePt: 14 } }).rightHeader //=> '&"TH SarabunPSK,Bold"&14แบบ ผด.01'
 */
export function headerFooterCodes(print: PrintSpec): HeaderFooterCodes {
  const font = print.headerFooterFont;
  const styled = (text: string | undefined, style: "Regular" | "Bold"): string =>
    text === undefined ? "" : font ? `&"${font.name},${style}"&${font.sizePt}${text}` : text;
  const rightHeader = styled(print.headerRight, "Bold");
  const thaiPageField = print.thaiDigitPageNumbers === true && font?.name !== THAI_DIGIT_FONT;
  const centerFooter = styled(
    thaiPageField
      ? print.footerCenter?.replace(/&P/gu, `&"${THAI_DIGIT_FONT},Regular"&P`)
      : print.footerCenter,
    "Regular",
  );
  return {
    rightHeader,
    centerFooter,
    firstPage: print.headerOnFirstPage === false ? { rightHeader: "", centerFooter } : null,
  };
}
