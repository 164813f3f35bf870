import { issueAt } from "../issueAt";
import type { Rule } from "../Rule";
import { itemsOf } from "./_lib/itemsOf";

/** Every project and equipment row needs at least one month marked (ผด.02 draws its bar from them). */
export const noMonthMarked: Rule = ({ parsed }) =>
  itemsOf(parsed).flatMap((item) =>
    item.months.includes(true) ? [] : [issueAt("no-month-marked", "error", item.ref, "months")],
  );
