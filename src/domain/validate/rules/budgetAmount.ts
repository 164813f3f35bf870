import type { Satang } from "../../model/money";
import type { SourceRef } from "../../model/SourceRef";
import type { Reading } from "../../parse/Reading";
import type { Issue } from "../Issue";
import { issueAt } from "../issueAt";
import type { Rule } from "../Rule";
import { itemsOf } from "./_lib/itemsOf";

/** A budget must read as an amount of baht (at most 2 decimals) and must not be negative. */
export const budgetAmount: Rule = ({ parsed }) => [
  ...itemsOf(parsed).flatMap((item) => check(item.ref, "budget", item.budget)),
  ...(parsed.budgetLines ?? []).flatMap((line) => check(line.ref, "amount", line.amount)),
];

function check(ref: SourceRef, field: string, reading: Reading<Satang>): Issue[] {
  if (reading.status === "invalid")
    return [issueAt("unreadable-budget", "error", ref, field, { value: reading.text })];
  if (reading.status === "ok" && reading.value < 0) {
    return [issueAt("negative-budget", "error", ref, field, { value: reading.text })];
  }
  return [];
}
