import { planGrids } from "../../../builders/planGrids";
import { analysePlan } from "../../../../src/domain/analysePlan";
import { TemplateStructureError } from "../../../../src/domain/parse/TemplateStructureError";

function structureError(run: () => unknown): TemplateStructureError {
  try {
    run();
  } catch (error) {
    if (error instanceof TemplateStructureError) return error;
    throw error;
  }
  throw new Error("expected a TemplateStructureError");
}

describe("finding template tables and columns", () => {
  it.each(["PlanSettings", "Strategies", "Projects", "Equipment"])(
    "a missing %s table stops the analysis",
    (name) => {
      const error = structureError(() => analysePlan(planGrids().withoutTable(name).build()));
      expect(error.code).toBe("missing-table");
      expect(error.params["table"]).toBe(name);
    },
  );

  it("a missing required header stops the analysis and names it", () => {
    const grids = planGrids().withProject().withHeader("Projects", "แหล่งงบประมาณ", null).build();
    const error = structureError(() => analysePlan(grids));
    expect(error.code).toBe("missing-header");
    expect(error.params).toMatchObject({ table: "Projects", sheet: "โครงการ", header: "แหล่งงบประมาณ" });
  });

  it("optional columns (หมายเหตุ, งบ, หมวด) may be missing", () => {
    const grids = planGrids()
      .withProject()
      .withHeader("Projects", "หมายเหตุ", null)
      .withHeader("Projects", "งบ", null)
      .withHeader("Projects", "หมวด", null)
      .build();
    expect(analysePlan(grids).plan.projects).toHaveLength(1);
  });

  it("matches table names case-insensitively and headers ignoring spacing", () => {
    const grids = planGrids()
      .withProject({ "งบประมาณ (บาท)": "2,500" })
      .withHeader("Projects", "งบประมาณ (บาท)", " งบประมาณ(บาท)\n")
      .build()
      .map((t) => (t.name === "Projects" ? { ...t, name: "projects" } : t));
    const { plan, issues } = analysePlan(grids);
    expect(plan.projects[0]?.budget).toBe(250_000);
    expect(issues).toEqual([]);
  });

  it("finds columns in any order, ignores extra columns, and reports cells where the table really sits", () => {
    const [settings, strategies, projects, equipment] = planGrids()
      .withProject({ "ต.ค.": null })
      .placedAt("Projects", 3, 2)
      .build();
    if (!projects || !settings || !strategies || !equipment) throw new Error("builder lost a table");
    // Reverse the columns and add an unrelated one: the no-month error must still point at ต.ค. of row 5.
    const reversed = {
      ...projects,
      headers: ["ผู้กรอก", ...[...projects.headers].reverse()],
      rows: projects.rows.map((r) => ["สมหญิง", ...[...r].reverse()]),
    };
    const monthColumn = reversed.headers.indexOf("ต.ค.");
    const { issues } = analysePlan([settings, strategies, reversed, equipment]);
    // ต.ค. is template column 10 of 35; reversed behind the extra column it is grid column 26 (AC from C).
    expect(monthColumn).toBe(26);
    expect(issues.map((i) => `${i.code} ${i.location?.cell}`)).toEqual(["no-month-marked AC5"]);
  });
});
