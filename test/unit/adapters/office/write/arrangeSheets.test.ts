import { officeOnFake } from "../../../../office/officeOnFake";
import { syntheticSheetSpec } from "../../../../office/syntheticSheetSpec";

const GENERATED_AT = "2026-12-02T03:00:00Z";

describe("arrangeSheets (Office)", () => {
  it("puts the generated sheets together in order where the first stands, in 2 syncs; a user's sheet is not moved among them", async () => {
    const { fake, workbook, state } = officeOnFake();
    state.setValues("ของผู้ใช้", "A1", [["บันทึก"]]);
    await workbook.writeSheets(
      [syntheticSheetSpec(2, "ผด.01"), syntheticSheetSpec(2, "ผด.02")],
      GENERATED_AT,
    );
    state.setValues("อีกชีตของผู้ใช้", "A1", [["บันทึก"]]);
    await workbook.writeSheets([syntheticSheetSpec(1, "ปก"), syntheticSheetSpec(1, "คำนำ")], GENERATED_AT);
    expect(state.sheets.map((s) => s.name)).toEqual(["ของผู้ใช้", "ผด.01", "ผด.02", "อีกชีตของผู้ใช้", "ปก", "คำนำ"]);
    const before = fake.stats.syncs;

    await workbook.arrangeSheets(["ปก", "ผด.01", "ผด.02", "คำนำ", "อีกชีตของผู้ใช้", "ไม่มีชีตนี้"]);

    expect(fake.stats.syncs - before).toBe(2);
    expect(state.sheets.map((s) => s.name)).toEqual(["ของผู้ใช้", "ปก", "ผด.01", "ผด.02", "คำนำ", "อีกชีตของผู้ใช้"]);
    expect(state.valueAt("อีกชีตของผู้ใช้", "A1")).toBe("บันทึก");
  });

  it("moves nothing, in one sync, when fewer than two of the names are generated sheets", async () => {
    const { fake, workbook, state } = officeOnFake();
    await workbook.writeSheets([syntheticSheetSpec(1, "ปก")], GENERATED_AT);
    state.setValues("ของผู้ใช้", "A1", [["บันทึก"]]);
    const before = fake.stats.syncs;
    await workbook.arrangeSheets(["ของผู้ใช้", "ปก"]);
    expect(fake.stats.syncs - before).toBe(1);
    expect(state.sheets.map((s) => s.name)).toEqual(["ปก", "ของผู้ใช้"]);
  });
});
