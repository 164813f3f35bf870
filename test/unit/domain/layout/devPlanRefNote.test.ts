import { aPlan, aProject } from "../../../builders/planBuilders";
import { devPlanRefNote } from "../../../../src/domain/layout/devPlanRefNote";
import { layoutPd02 } from "../../../../src/domain/layout/layoutPd02";
import { LayoutOptionsSchema } from "../../../../src/domain/layout/LayoutOptions";
import type { SheetSpec } from "../../../../src/domain/layout/SheetSpec";

/** The texts of column B (โครงการ) below the header, in order. */
function projectCells(spec: SheetSpec): string[] {
  return spec.rows.flatMap((row) => {
    const cell = row.cells[1];
    return cell?.style?.startsWith("text") && typeof cell.value === "string" ? [cell.value] : [];
  });
}

describe("devPlanRefNote", () => {
  it("names the plan book, page and item as staff write them", () => {
    expect(devPlanRefNote({ edition: "2566–2570 เพิ่มเติม 1/2568", page: 12, item: 4 })).toBe(
      "(แผนพัฒนาท้องถิ่น 2566–2570 เพิ่มเติม 1/2568 หน้า 12 ลำดับที่ 4)",
    );
  });

  it("leaves the book out when the reference does not name it", () => {
    expect(devPlanRefNote({ edition: " ", page: 7, item: 1 })).toBe("(แผนพัฒนาท้องถิ่น หน้า 7 ลำดับที่ 1)");
  });
});

describe("ผด.02 prints the development-plan reference under the project's name", () => {
  const plan = aPlan({
    projects: [
      aProject({
        name: "โครงการก่อสร้างถนน คสล. หมู่ที่ 3",
        devPlanRef: { edition: "2566–2570", page: 45, item: 3 },
      }),
      aProject({ seq: "2", name: "โครงการจัดงานวันเด็ก" }),
    ],
  });
  const cells = projectCells(layoutPd02(plan, LayoutOptionsSchema.parse({ edition: "หลัก" }))).join("\n");

  it("on the referenced project, after its name (the cell wraps, so compare words)", () => {
    expect(cells.replace(/\s+/gu, " ")).toContain(
      "โครงการก่อสร้างถนน คสล. หมู่ที่ 3 (แผนพัฒนาท้องถิ่น 2566–2570 หน้า 45 ลำดับที่ 3) โครงการจัดงานวันเด็ก",
    );
  });

  it("and no note on a project without a reference", () => {
    expect(cells.match(/แผนพัฒนาท้องถิ่น/gu)).toHaveLength(1);
    expect(cells).toContain("โครงการจัดงานวันเด็ก");
  });
});
