import { digitsFor } from "./thaiDigits";

/**
 * The span of a B.E. fiscal year: 1 October of the previous year to 30 September.
 * @example fiscalYearSpan(2570) //=> "1 ตุลาคม 2569 – 30 กันยายน 2570"
 */
export function fiscalYearSpan(
  fiscalYear: number,
  options: { readonly thaiDigits: boolean } = { thaiDigits: false },
): string {
  return digitsFor(`1 ตุลาคม ${fiscalYear - 1} – 30 กันยายน ${fiscalYear}`, options.thaiDigits);
}
