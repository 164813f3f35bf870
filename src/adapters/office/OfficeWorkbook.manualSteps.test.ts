import { syntheticSheetSpec } from "../../../test/office/syntheticSheetSpec";
import { capabilitiesOf } from "../../../test/office/capabilitiesOf";
import { DEGRADED } from "./degradation";
import { OfficeWorkbook } from "./OfficeWorkbook";
import { createFakeExcel } from "../../../test/office/FakeExcel";

function setup(apiVersion: "1.7" | "1.9") {
  const fake = createFakeExcel({ apiVersion });
  const workbook = new OfficeWorkbook({ run: fake.run, capabilities: capabilitiesOf(apiVersion) });
  return { workbook, state: fake.state };
}

describe("OfficeWorkbook.writeSheets through the port (issues #5, #6, #7)", () => {
  it("returns the page setup to do by hand on ExcelApi 1.7", async () => {
    const { workbook } = setup("1.7");
    const { manualSteps } = await workbook.writeSheets([syntheticSheetSpec(30)], "2026-11-27T03:00:00Z");
    expect(manualSteps).toEqual([
      {
        code: DEGRADED.printSetup,
        sheet: "ผด.02",
        params: expect.objectContaining({
          paper: "A4",
          orientation: "landscape",
          fitToPagesWide: 1,
          printTitleRows: "$1:$4",
        }),
      },
    ]);
  });

  it("returns no manual steps on ExcelApi 1.9", async () => {
    const { workbook } = setup("1.9");
    expect((await workbook.writeSheets([syntheticSheetSpec(3)], "2026-11-27T03:00:00Z")).manualSteps).toEqual(
      [],
    );
  });

  it("stamps the input fingerprint into the mark and writes the Thai note next to it", async () => {
    const { workbook, state } = setup("1.7");
    await workbook.writeSheets([syntheticSheetSpec(3)], "2026-11-27T03:00:00Z", "a1b2c3d4");
    // 22 columns → mark at column index 23 = "X", note at "Y".
    expect(state.valueAt("ผด.02", "X1")).toBe("action-plan:pd02|หลัก|2026-11-27T03:00:00Z|a1b2c3d4");
    expect(state.valueAt("ผด.02", "Y1")).toBe("สร้างเมื่อ 27 พ.ย. 2569 10:00 จากข้อมูลชุด a1b2c3d4");
    expect((await workbook.listSheets()).find((s) => s.name === "ผด.02")?.owner).toEqual({
      kind: "pd02",
      edition: "หลัก",
      generatedAt: "2026-11-27T03:00:00Z",
      inputFingerprint: "a1b2c3d4",
    });
  });
});
