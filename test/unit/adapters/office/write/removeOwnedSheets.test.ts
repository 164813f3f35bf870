import { officeOnFake } from "../../../../office/officeOnFake";
import { syntheticSheetSpec } from "../../../../office/syntheticSheetSpec";

const GENERATED_AT = "2026-11-27T10:00:00Z";

describe("removeOwnedSheets", () => {
  it("deletes only sheets it generated, in 2 syncs, and leaves a user's sheet and unknown names alone", async () => {
    const { fake, workbook, state } = officeOnFake();
    await workbook.writeSheets(
      [syntheticSheetSpec(3, "ผด.02"), syntheticSheetSpec(3, "ผด.02 เก่า")],
      GENERATED_AT,
    );
    state.setValues("ของผู้ใช้", "A1", [["บันทึก"]]);
    const before = fake.stats.syncs;

    const removed = await workbook.removeOwnedSheets(["ผด.02 เก่า", "ของผู้ใช้", "ไม่มีชีตนี้"]);

    expect(removed).toEqual(["ผด.02 เก่า"]);
    expect(fake.stats.syncs - before).toBe(2);
    expect(state.sheets.map((s) => s.name)).toEqual(["ผด.02", "ของผู้ใช้"]);
    expect(state.valueAt("ของผู้ใช้", "A1")).toBe("บันทึก");
  });

  it("does nothing, in at most one sync, when no name is a generated sheet", async () => {
    const { fake, workbook, state } = officeOnFake();
    state.setValues("ผด.01", "A1", [["งานของฉัน"]]);
    expect(await workbook.removeOwnedSheets([])).toEqual([]);
    expect(await workbook.removeOwnedSheets(["ผด.01"])).toEqual([]);
    expect(fake.stats.syncs).toBe(1);
    expect(state.valueAt("ผด.01", "A1")).toBe("งานของฉัน");
  });
});
