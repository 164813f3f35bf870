import type { TableGrid } from "../../src/domain/grid/TableGrid";
import { analysePlan } from "../../src/domain/analysePlan";
import type { Issue } from "../../src/domain/validate/Issue";

/**
 * Issues of an analysis as short readable lines, `severity code sheet!cell`, so a test states the
 * expected outcome in A1 terms: `expect(findings(grids)).toEqual(["error no-month-marked โครงการ!J2"])`.
 * With `code`, only issues of that code.
 */
export function findings(tables: readonly TableGrid[], code?: string): string[] {
  return analysePlan(tables)
    .issues.filter((i) => code === undefined || i.code === code)
    .map((i) => `${i.severity} ${i.code} ${i.location ? `${i.location.sheet}!${i.location.cell}` : "-"}`);
}

/** The params of the only issue with this code (fails the test when there is not exactly one). */
export function paramsOf(
  tables: readonly TableGrid[],
  code: string,
): Record<string, string | number | undefined> {
  const found = analysePlan(tables).issues.filter((i) => i.code === code);
  if (found.length !== 1) throw new Error(`expected one ${code}, found ${found.length}`);
  return found[0]?.params ?? {};
}

/** One param of an issue of any code (undefined when its code has no such param), for tests listing several codes. */
export function paramOf(issue: Issue, key: string): unknown {
  return Object.entries(issue.params).find(([name]) => name === key)?.[1];
}
