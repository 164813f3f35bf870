import { SheetNameTakenError } from "../../../../../src/app/WorkbookPort";
import { formatOwnerMark, WORKBOOK_ID_NAME } from "../../../../../src/domain/layout/ownerMark";
import { officeOnFake } from "../../../../office/officeOnFake";
import { syntheticSheetSpec } from "../../../../office/syntheticSheetSpec";

const AT = "2026-11-27T10:00:00Z";
// 22 columns → the mark is in column index 23 ("X").
const MARK_CELL = "X1";

/** The adapter with random bytes that are all `byte`, counting how often it asked for them. */
function withRandom(byte: number) {
  const calls = { count: 0 };
  const office = officeOnFake(
    {},
    {
      random: () => {
        calls.count++;
        return new Uint8Array(16).fill(byte);
      },
    },
  );
  return { ...office, calls };
}

describe("owner marks bound to the workbook", () => {
  it("seals each mark with the workbook's id, kept in a hidden workbook-level name made on the first write", async () => {
    const { workbook, state, calls } = withRandom(0xab);
    await workbook.writeSheets([syntheticSheetSpec(2, "ผด.02")], AT, "f1");

    const id = `ap1-${"ab".repeat(16)}`;
    expect(state.names.get(WORKBOOK_ID_NAME.toLowerCase())).toEqual({
      name: WORKBOOK_ID_NAME,
      formula: `="${id}"`,
      visible: false,
    });
    // The expected text comes from the seal this workbook and sheet must carry (checked by the domain's own tests).
    expect(state.valueAt("ผด.02", MARK_CELL)).toBe(
      formatOwnerMark({ kind: "pd02", edition: "หลัก" }, AT, "f1", { sheetName: "ผด.02", workbookId: id }),
    );

    await workbook.writeSheets([syntheticSheetSpec(2, "ผด.02"), syntheticSheetSpec(1, "ผด.01")], AT);
    expect(calls.count).toBe(1);
    expect([...state.names.keys()]).toEqual([WORKBOOK_ID_NAME.toLowerCase()]);
  });

  it("never replaces nor deletes a generated sheet copied in from another workbook", async () => {
    const other = withRandom(1);
    await other.workbook.writeSheets([syntheticSheetSpec(2, "ผด.02")], AT);
    const copied = other.state.valueAt("ผด.02", MARK_CELL);

    const { workbook, state, fake } = withRandom(2);
    // This workbook has an id of its own, and a sheet pasted in with the other workbook's sealed mark.
    await workbook.writeSheets([syntheticSheetSpec(1, "ผด.01")], AT);
    state.setValues("ผด.02", "A1", [["ของผู้ใช้"]]);
    state.setValues("ผด.02", MARK_CELL, [[copied]]);

    expect((await workbook.listSheets()).find((s) => s.name === "ผด.02")?.owner).toBeNull();
    const syncs = fake.stats.syncs;
    await expect(workbook.writeSheets([syntheticSheetSpec(2, "ผด.02")], AT)).rejects.toBeInstanceOf(
      SheetNameTakenError,
    );
    expect(fake.stats.syncs - syncs).toBe(1);
    expect(await workbook.removeOwnedSheets(["ผด.02"])).toEqual([]);
    expect(state.valueAt("ผด.02", "A1")).toBe("ของผู้ใช้");
  });

  it("does not own a sealed mark in a workbook without an id, nor one under another sheet name", async () => {
    const other = withRandom(1);
    await other.workbook.writeSheets([syntheticSheetSpec(2, "ผด.02")], AT);
    const copied = other.state.valueAt("ผด.02", MARK_CELL);

    const { workbook, state } = withRandom(2);
    state.setValues("ผด.02", MARK_CELL, [[copied]]);
    // The same workbook, the generated sheet duplicated under another name (Excel's "ผด.02 (2)").
    other.state.setValues("ผด.02 (2)", MARK_CELL, [[copied]]);

    expect((await workbook.listSheets()).map((s) => s.owner)).toEqual([null]);
    expect((await other.workbook.listSheets()).map((s) => [s.name, s.owner !== null])).toEqual([
      ["ผด.02", true],
      ["ผด.02 (2)", false],
    ]);
    expect(await other.workbook.removeOwnedSheets(["ผด.02 (2)"])).toEqual([]);
  });

  it("owns an older, unsealed mark only until the workbook has an id", async () => {
    const { workbook, state } = withRandom(3);
    const older = formatOwnerMark({ kind: "pd01", edition: "หลัก" }, "2025-11-01T00:00:00Z");
    state.setValues("ผด.01", MARK_CELL, [[older]]);
    state.setValues("ผด.02", MARK_CELL, [[older.replace("pd01", "pd02")]]);
    expect((await workbook.listSheets()).map((s) => s.owner?.kind)).toEqual(["pd01", "pd02"]);

    // The first write replaces ผด.01 (owned by its older mark) and seals it; ผด.02 was not rewritten.
    await workbook.writeSheets([syntheticSheetSpec(1, "ผด.01")], AT);

    expect((await workbook.listSheets()).map((s) => [s.name, s.owner?.generatedAt ?? null])).toEqual([
      ["ผด.01", AT],
      ["ผด.02", null],
    ]);
  });
});
