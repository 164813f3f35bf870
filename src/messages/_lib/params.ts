import type { Issue } from "../../domain/validate/Issue";
import { formatSatang } from "../formatSatang";

export type Params = Issue["params"];
export type MessageFn = (p: Params) => string;

/** A parameter as text ("" when absent, so a message never shows "undefined"). */
export const text = (p: Params, key: string): string => (p[key] === undefined ? "" : String(p[key]));

/** A satang parameter as baht. */
export const baht = (p: Params, key: string): string => {
  const value = p[key];
  return typeof value === "number" ? formatSatang(value) : text(p, key);
};

/** A Gregorian year typed where a B.E. year was wanted, as its B.E. equivalent; null otherwise. */
export function buddhistEraHint(p: Params): number | null {
  const year = Number(text(p, "value"));
  return Number.isInteger(year) && year >= 1900 && year <= 2200 ? year + 543 : null;
}
