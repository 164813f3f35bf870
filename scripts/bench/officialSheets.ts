import { analysePlan } from "../../src/domain/analysePlan";
import type { TableGrid } from "../../src/domain/grid/TableGrid";
import { layoutOfficialTables } from "../../src/domain/layout/layoutOfficialTables";
import type { SheetSpec } from "../../src/domain/layout/SheetSpec";
import { scaledGrids } from "./scaledGrids";

const laidOut = new Map<number, SheetSpec[]>();

/** The printed sheets of the main edition (ผด.01, ผด.02, ผด.02-1, ประกาศ) of the sample plan scaled to `projects`. */
export function officialSheets(
  projects: number,
  grids: readonly TableGrid[] = scaledGrids(projects),
): SheetSpec[] {
  const cached = laidOut.get(projects);
  if (cached) return cached;
  const specs = layoutOfficialTables(analysePlan(grids).plan, { edition: "หลัก" });
  laidOut.set(projects, specs);
  return specs;
}
