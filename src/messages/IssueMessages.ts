import type { IssueCode, ParamsOf } from "../domain/validate/Issue";

/**
 * A message for every issue code, each reading its own code's params: a missing or unknown code, or a
 * param its code does not have, fails the type check.
 */
export type IssueMessages = { readonly [C in IssueCode]: (p: ParamsOf<C>) => string };
