import type { PrintSpec } from "./SheetSpec";

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
  const centerFooter = styled(print.footerCenter, "Regular");
  return {
    rightHeader,
    centerFooter,
    firstPage: print.headerOnFirstPage === false ? { rightHeader: "", centerFooter } : null,
  };
}
