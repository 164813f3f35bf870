import { officeOnFake } from "../../../../office/officeOnFake";

describe("appendTableRows", () => {
  it.each(["1.9", "1.13"] as const)(
    "fills the table's blank rows, then goes below and grows the table (ExcelApi %s)",
    async (apiVersion) => {
      const { workbook, state } = officeOnFake({ apiVersion });
      state.addTable(
        "ยุทธศาสตร์",
        "Strategies",
        "A1",
        ["ลำดับ", "ยุทธศาสตร์"],
        [
          [1, "ก"],
          [null, null],
        ],
      );

      await workbook.appendTableRows("Strategies", [
        [2, "ข"],
        [3, "=ค"],
      ]);

      expect(state.tables.get("strategies")?.bodyRowCount).toBe(3);
      expect(state.valueAt("ยุทธศาสตร์", "B3")).toBe("ข");
      expect(state.cell("ยุทธศาสตร์", "B4")).toMatchObject({ value: "=ค", numberFormat: "@" });
    },
  );

  it("never writes over what the user typed under the table, and writes nothing then", async () => {
    const { fake, workbook, state } = officeOnFake();
    state.addTable("ยุทธศาสตร์", "Strategies", "A1", ["ลำดับ", "ยุทธศาสตร์"], [[1, "ก"]]);
    state.setValues("ยุทธศาสตร์", "B4", [["ของผู้ใช้"]]);

    await expect(
      workbook.appendTableRows("Strategies", [
        [2, "ข"],
        [3, "ค"],
      ]),
    ).rejects.toThrow(RangeError);

    expect(fake.stats.syncs).toBe(1);
    expect(state.valueAt("ยุทธศาสตร์", "B3")).toBeNull();
    expect(state.valueAt("ยุทธศาสตร์", "B4")).toBe("ของผู้ใช้");
    // One row fits above the user's cell.
    await workbook.appendTableRows("Strategies", [[2, "ข"]]);
    expect(state.valueAt("ยุทธศาสตร์", "B3")).toBe("ข");
  });
});
