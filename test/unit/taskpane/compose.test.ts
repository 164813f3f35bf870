import { createFakeExcel, type FakeExcel } from "../../office/FakeExcel";
import { columnName } from "../../office/fakeWorkbookState";
import { sampleTemplateRows } from "../../../src/sample/samplePlan";
import { composeServices } from "../../../src/taskpane/compose";

function paneOver(fake: FakeExcel) {
  return composeServices({
    run: fake.run,
    isSetSupported: (name, min) => fake.isSetSupported(name, min),
    now: () => "2026-10-01T03:00:00.000Z",
    today: () => "2026-11-27",
  });
}

/** Pastes the sample plan under the inserted template headers, as a user would. */
function pasteSample(fake: FakeExcel): void {
  for (const [name, rows] of Object.entries(sampleTemplateRows())) {
    const table = fake.state.tables.get(name.toLowerCase());
    if (!table || rows.length === 0) continue;
    fake.state.setValues(table.sheet.name, `${columnName(table.column)}${table.row + 2}`, rows);
    table.bodyRowCount = Math.max(table.bodyRowCount, rows.length);
  }
}

describe("composeServices over the Office adapter", () => {
  it("inserts the template into an empty workbook, then finds it", async () => {
    const fake = createFakeExcel();
    const services = paneOver(fake);
    expect((await services.overview()).templatePresent).toBe(false);
    const report = await services.insertTemplate();
    expect(report.created).toEqual(
      expect.arrayContaining(["PlanSettings", "Strategies", "Projects", "Equipment"]),
    );
    expect(await services.overview()).toMatchObject({ templatePresent: true, missingTables: [] });
  });

  it("gives the main edition's timeline from the Editions table, judged against today", async () => {
    const fake = createFakeExcel();
    const services = paneOver(fake);
    await services.insertTemplate();
    pasteSample(fake);
    const steps = (await services.timeline?.("หลัก")) ?? [];
    // The sample announces the main edition on 10 ต.ค. 2569 = 2026-10-10.
    expect(steps.find((s) => s.step === "announcement")).toMatchObject({ date: "2026-10-10" });
    expect(await services.timeline?.("แก้ไข 9/2570")).toEqual([]);
  });

  it("tells the pane when an input table changes", async () => {
    const fake = createFakeExcel();
    const services = paneOver(fake);
    await services.insertTemplate();
    const changed = jest.fn();
    const stop = services.onInputChanged?.(changed);
    await new Promise((resolve) => setTimeout(resolve, 0));
    const projects = fake.state.tables.get("projects");
    for (const handler of projects?.handlers ?? [])
      await handler({ source: "Remote", address: "F4", changeType: "RangeEdited" });
    expect(changed).toHaveBeenCalledTimes(1);
    stop?.();
  });
});
