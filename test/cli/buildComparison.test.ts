import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { EDITIONS_TABLE, PROJECTS_TABLE } from "../../src/domain/template/templateSpec";
import { sampleTemplateRows, type SampleCell } from "../../src/sample/samplePlan";
import { samplePlanBytes } from "../fixtures/planWorkbook";
import {
  editWithOpenpyxl,
  hasOpenpyxl,
  sheetNamesByOpenpyxl,
  sheetValuesByOpenpyxl,
} from "../tools/openpyxl";
import { runCli } from "./runCli";

const describeWithOpenpyxl = hasOpenpyxl() ? describe : describe.skip;
if (!hasOpenpyxl() && process.env["CI"]) throw new Error("these tests need python3-openpyxl in CI");

const column = (header: string): number => PROJECTS_TABLE.columns.findIndex((c) => c.header === header);

/**
 * The sample plan with a เปลี่ยนแปลง edition as staff make one: the first road's row copied, its budget
 * raised, the edition and its reason typed; then saved by openpyxl (another program than ours).
 */
async function changedPlan(dir: string): Promise<string> {
  const rows = sampleTemplateRows();
  const projects = rows["Projects"] ?? [];
  const road = [...(projects[0] ?? [])];
  road[column("งบประมาณ (บาท)")] = 415_000;
  road[column("ฉบับ")] = "เปลี่ยนแปลง ครั้งที่ 1/2570";
  road[column("เหตุผลความจำเป็น")] = "ราคากลางวัสดุก่อสร้างสูงขึ้น";
  const editions: SampleCell[][] = [...(rows[EDITIONS_TABLE.table] ?? []), ["เปลี่ยนแปลง 1/2570", "อื่น ๆ"]];
  const bytes = await samplePlanBytes({ Projects: [...projects, road], [EDITIONS_TABLE.table]: editions });
  const ours = join(dir, "ours.xlsx");
  writeFileSync(ours, bytes);
  const plan = join(dir, "plan.xlsx");
  editWithOpenpyxl(ours, plan);
  return plan;
}

describeWithOpenpyxl("build writes the comparison sheet of a เปลี่ยนแปลง edition", () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "action-plan-comparison-"));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("with the road's budget before and after and its reason, after the edition's notice", async () => {
    await changedPlan(dir);
    const run = await runCli(["build", "plan.xlsx", "-o", "built.xlsx"], { cwd: dir });
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    const out = join(dir, "built.xlsx");
    const names = sheetNamesByOpenpyxl(out);
    expect(names.indexOf("เปรียบเทียบ เปลี่ยนแปลง 1-2570")).toBe(names.indexOf("ประกาศ เปลี่ยนแปลง 1-2570") + 1);
    // No comparison for the main edition or a เพิ่มเติม one: they change nothing already announced.
    expect(names.filter((n) => n.startsWith("เปรียบเทียบ"))).toEqual(["เปรียบเทียบ เปลี่ยนแปลง 1-2570"]);
    const rows = sheetValuesByOpenpyxl(out, "เปรียบเทียบ เปลี่ยนแปลง 1-2570");
    const budgetRow = rows.find((r) => r[2] === "งบประมาณ");
    // Long texts wrap at the word breaks the layout measured: compare without them.
    expect(budgetRow?.slice(3, 6).map((v) => String(v).replace(/\n/gu, ""))).toEqual([
      "378,000.00 บาท",
      "415,000.00 บาท",
      "ราคากลางวัสดุก่อสร้างสูงขึ้น",
    ]);
    expect(String(budgetRow?.[1]).replace(/\s+/gu, "")).toContain("(เดิม:ฉบับหลัก)");
    expect(rows.some((r) => r[0] === "รวมงบประมาณ" && r[4] === "415,000.00 บาท")).toBe(true);
  });
});
