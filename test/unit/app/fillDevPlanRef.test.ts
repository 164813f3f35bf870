import { XlsxWorkbook } from "../../../src/adapters/xlsx/XlsxWorkbook";
import { samplePlanBytes } from "../../fixtures/planWorkbook";
import { suggestionOf } from "../../../src/domain/validate/devPlanSuggestion";
import type { Issue } from "../../../src/domain/validate/Issue";
import { DEV_PLAN_LINK_HEADERS } from "../../../src/domain/template/templateSpec";
import { fillDevPlanRef } from "../../../src/app/fillDevPlanRef";
import { validateWorkbook } from "../../../src/app/validateWorkbook";

/** The sample plan with a development-plan list whose page 45, item 1 is the sample's first road. */
async function planWithList(): Promise<XlsxWorkbook> {
  const bytes = await samplePlanBytes({
    DevPlanProjects: [
      [
        "2566–2570",
        45,
        1,
        "1",
        "แผนงานอุตสาหกรรมและการโยธา",
        "ก่อสร้างถนน คสล. สายบ้านนายสมชาย – หนองสระ ม.3",
        400_000,
      ],
    ],
  });
  return XlsxWorkbook.fromBuffer(bytes);
}

async function roadIssue(workbook: XlsxWorkbook): Promise<Issue | undefined> {
  const { issues } = await validateWorkbook(workbook);
  return issues.find((i) => i.code === "dev-plan-ref-missing" && suggestionOf(i)?.page === 45);
}

async function linkCells(workbook: XlsxWorkbook, cell: string): Promise<unknown[]> {
  const [grid] = await workbook.readTables(["Projects"]);
  if (!grid) throw new Error("no Projects");
  const row = Number(/\d+/u.exec(cell)?.[0]) - grid.headerRow - 2;
  return Object.values(DEV_PLAN_LINK_HEADERS).map((h) => grid.rows[row]?.[grid.headers.indexOf(h)]);
}

describe("fillDevPlanRef (the pane's click on a suggested reference)", () => {
  it("writes the suggested book, page and item into the project's blank link cells, and the warning goes", async () => {
    const workbook = await planWithList();
    const issue = await roadIssue(workbook);
    expect(issue?.location?.sheet).toBe("โครงการ");
    const report = await fillDevPlanRef(workbook, issue!);
    expect(report.outcome).toBe("filled");
    expect(report.cells).toHaveLength(3);
    expect(await linkCells(workbook, issue!.location!.cell)).toEqual(["2566–2570", 45, 1]);
    // The file round-trips, and the next check finds the reference in the list.
    const reread = await XlsxWorkbook.fromBuffer(await workbook.toBuffer());
    expect(await roadIssue(reread)).toBeUndefined();
    const { issues } = await validateWorkbook(reread);
    expect(issues.filter((i) => i.location?.cell === issue!.location!.cell)).toEqual([]);
  });

  it("writes nothing when the user has typed into the reference since the check", async () => {
    const workbook = await planWithList();
    const issue = await roadIssue(workbook);
    const [grid] = await workbook.readTables(["Projects"]);
    const row = Number(/\d+/u.exec(issue!.location!.cell)?.[0]) - grid!.headerRow - 2;
    await workbook.writeTableCells("Projects", [
      { row, column: grid!.headers.indexOf(DEV_PLAN_LINK_HEADERS.edition), value: "เพิ่มเติม 1/2568" },
    ]);
    expect((await fillDevPlanRef(workbook, issue!)).outcome).toBe("not-blank");
    expect(await linkCells(workbook, issue!.location!.cell)).toEqual(["เพิ่มเติม 1/2568", null, null]);
  });

  it("refuses an issue without a suggestion, and a row outside the table", async () => {
    const workbook = await planWithList();
    const issue = (await roadIssue(workbook))!;
    expect(
      (
        await fillDevPlanRef(workbook, {
          ...issue,
          code: "dev-plan-ref-incomplete",
          params: { field: "page" },
        } as Issue)
      ).outcome,
    ).toBe("no-suggestion");
    expect(
      (await fillDevPlanRef(workbook, { ...issue, location: { sheet: "โครงการ", cell: "P900" } })).outcome,
    ).toBe("not-in-table");
  });
});
