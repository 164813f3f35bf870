import { officeOnFake } from "../../../../office/officeOnFake";
import { syntheticSheetSpec } from "../../../../office/syntheticSheetSpec";

function setup(apiVersion: "1.7" | "1.8" | "1.9" = "1.9") {
  return officeOnFake({ apiVersion });
}

describe("listSheets", () => {
  it("tells generated sheets (owner mark) from the user's", async () => {
    const { workbook, state } = setup();
    state.setValues("บันทึก", "A1", [["ของผู้ใช้"]]);
    await workbook.writeSheets([syntheticSheetSpec(2)], "2026-11-27T10:00:00Z");

    const sheets = await workbook.listSheets();

    expect(sheets).toEqual([
      { name: "บันทึก", owner: null },
      { name: "ผด.02", owner: { kind: "pd02", edition: "หลัก", generatedAt: "2026-11-27T10:00:00Z" } },
    ]);
  });
});
