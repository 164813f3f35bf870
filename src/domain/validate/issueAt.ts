import { cellOf, type SourceRef } from "../model/SourceRef";
import type { IssueCode, IssueOf, ParamsOf, Severity } from "./Issue";

/**
 * An issue pointing at a field of a source row: `issueAt("unknown-strategy", "error", ref, "strategyNumber", { value: "9" })`.
 * The params are the code's own (`IssueSchema`), so a wrong, missing or extra one fails the type check;
 * a code without params takes `{}`.
 */
export function issueAt<C extends IssueCode>(
  code: C,
  severity: Severity,
  ref: SourceRef,
  field: string,
  params: ParamsOf<C>,
): IssueOf<C> {
  return issueAtCell(code, severity, ref.sheet, cellOf(ref, field), params);
}

/** An issue pointing at a known cell. */
export function issueAtCell<C extends IssueCode>(
  code: C,
  severity: Severity,
  sheet: string,
  cell: string,
  params: ParamsOf<C>,
): IssueOf<C> {
  return { code, severity, location: { sheet, cell }, params };
}
