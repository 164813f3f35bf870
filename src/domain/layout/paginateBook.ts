import type { SheetSpec } from "./SheetSpec";

/**
 * How many pages a sheet prints on: its explicit page breaks plus one. Every generated sheet is
 * fitted to one page wide and broken by computePageBreaks so that each page's rows fit (the print
 * checks hold LibreOffice to it), so the apps add no breaks of their own.
 */
export function pageCount(spec: SheetSpec): number {
  return spec.print.pageBreaksBefore.length + 1;
}

/**
 * The book page of a 0-based row of a sheet whose first page is `firstPage`: one more for every
 * break at or before it (breaks are 1-based rows that start a page).
 */
export function pageOfRow(spec: SheetSpec, row: number, firstPage: number): number {
  return firstPage + spec.print.pageBreaksBefore.filter((start) => start <= row + 1).length;
}

/**
 * The numbered sheets with their page numbers run on through the book: each starts where the
 * previous one ended, and prints `หน้า n` in its footer. Returns the sheets and their first pages.
 */
export function paginate(
  sheets: readonly SheetSpec[],
  firstPage = 1,
): { readonly sheets: SheetSpec[]; readonly starts: number[] } {
  let next = firstPage;
  const starts: number[] = [];
  const numbered = sheets.map((spec) => {
    starts.push(next);
    const out: SheetSpec = {
      ...spec,
      print: { ...spec.print, firstPageNumber: next, footerCenter: "หน้า &P" },
    };
    next += pageCount(spec);
    return out;
  });
  return { sheets: numbered, starts };
}
