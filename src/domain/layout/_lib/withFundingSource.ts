import { FUNDING_SOURCES, type FundingSourceCode } from "../../model/fundingSources";

/**
 * Money from the annual ordinance (its subsidies to other agencies included) is what a plan lists by
 * default; every other source is named in the item's row, as real plans write it.
 */
const UNNAMED: readonly FundingSourceCode[] = ["ORD", "ORD-SUB"];

/**
 * An item's name with its funding source in brackets on a line of its own when the money is not the
 * annual ordinance's.
 * @example withFundingSource("โครงการก่อสร้างถนน", "SPG") //=> "โครงการก่อสร้างถนน\n(เงินอุดหนุนเฉพาะกิจ)"
 */
export function withFundingSource(name: string, source: FundingSourceCode): string {
  return UNNAMED.includes(source) ? name : `${name}\n(${FUNDING_SOURCES[source]})`;
}
