/** Satang as baht with thousands separators and 2 decimals: 37800050 → "378,000.50" (integer maths). */
export function formatSatang(satang: number): string {
  const sign = satang < 0 ? "-" : "";
  const abs = Math.abs(Math.trunc(satang));
  const baht = Math.floor(abs / 100)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/gu, ",");
  return `${sign}${baht}.${String(abs % 100).padStart(2, "0")}`;
}
