import type { Satang } from "../../domain/model/money";

/** Satang as baht with thousands separators and 2 decimals ("1,234,567.50"), exact: no float division. */
export function formatBaht(satang: Satang): string {
  const sign = satang < 0 ? "-" : "";
  const abs = Math.abs(satang);
  const baht = Math.floor(abs / 100);
  const cents = abs % 100;
  const grouped = String(baht).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return `${sign}${grouped}.${String(cents).padStart(2, "0")}`;
}
