import type { Satang } from "../model/money";

const GROUPS = /\B(?=(\d{3})+(?!\d))/gu;

/**
 * Satang as baht with thousands separators and always two decimals, as the pane and the messages
 * show amounts. Integer arithmetic throughout, so no float rounding. (Printed tables keep numbers
 * numeric and let the cell's number format show them.)
 * @example formatBaht(37_800_050) //=> "378,000.50"
 */
export function formatBaht(satang: Satang): string {
  const sign = satang < 0 ? "-" : "";
  const abs = Math.abs(Math.trunc(satang));
  const baht = String(Math.floor(abs / 100)).replace(GROUPS, ",");
  return `${sign}${baht}.${String(abs % 100).padStart(2, "0")}`;
}
