import type { Satang } from "../model/money";
import { digitsFor } from "./toThaiDigits";

const GROUPS = /\B(?=(\d{3})+(?!\d))/gu;

/**
 * Baht with thousands separators; satang shown only when there are any.
 * Integer arithmetic throughout, so no float rounding.
 * @example formatBaht(37_800_000) //=> "378,000"
 * @example formatBaht(12_345_650) //=> "123,456.50"
 */
export function formatBaht(
  satang: Satang,
  options: { readonly thaiDigits: boolean } = { thaiDigits: false },
): string {
  const sign = satang < 0 ? "-" : "";
  const abs = Math.abs(satang);
  const baht = String(Math.floor(abs / 100)).replace(GROUPS, ",");
  const rest = abs % 100;
  const text = rest === 0 ? `${sign}${baht}` : `${sign}${baht}.${String(rest).padStart(2, "0")}`;
  return digitsFor(text, options.thaiDigits);
}
