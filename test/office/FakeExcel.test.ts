import { createFakeExcel, installOfficeGlobals } from "./FakeExcel";

describe("FakeExcel load/sync discipline", () => {
  it("refuses to read a property that was not loaded, or loaded but not synced", async () => {
    const fake = createFakeExcel();
    fake.state.setValues("ชีต1", "A1", [["ค่า"]]);

    await fake.run(async (context) => {
      const range = context.workbook.worksheets.getItem("ชีต1").getRange("A1");
      expect(() => range.values).toThrow(/PropertyNotLoaded/);
      range.load("values");
      expect(() => range.values).toThrow(/PropertyNotLoaded/);
      await context.sync();
      expect(range.values).toEqual([["ค่า"]]);
    });
  });

  it("knows isNullObject only after sync", async () => {
    const fake = createFakeExcel();
    await fake.run(async (context) => {
      const missing = context.workbook.tables.getItemOrNullObject("Projects");
      expect(() => missing.isNullObject).toThrow(/after context.sync/);
      await context.sync();
      expect(missing.isNullObject).toBe(true);
    });
  });

  it("fails a request above the 5 MB web limit and applies none of it", async () => {
    const fake = createFakeExcel();
    fake.state.setValues("ชีต1", "A1", [[null]]);
    const big = "ก".repeat(1_000_000);

    await expect(
      fake.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem("ชีต1");
        sheet.getRange("A1:B1").values = [[big, big]];
        await context.sync();
      }),
    ).rejects.toThrow(/RequestPayloadSizeLimitExceeded/);
    expect(fake.state.valueAt("ชีต1", "A1")).toBeNull();
    expect(fake.stats.maxRequestBytes).toBeGreaterThan(5 * 1024 * 1024);
  });

  it("turns formula-looking strings into formulas unless apostrophe-prefixed, like Excel", async () => {
    const fake = createFakeExcel();
    fake.state.setValues("ชีต1", "A1", [[null]]);
    await fake.run(async (context) => {
      context.workbook.worksheets.getItem("ชีต1").getRange("A1:B1").values = [["=1+1", "'=1+1"]];
      await context.sync();
    });
    expect(fake.state.cell("ชีต1", "A1")?.formula).toBe("=1+1");
    expect(fake.state.cell("ชีต1", "B1")).toMatchObject({ value: "=1+1", quotePrefix: true });
  });

  it("throws for members newer than its ExcelApi version", async () => {
    const fake = createFakeExcel({ apiVersion: "1.7" });
    fake.state.setValues("ชีต1", "A1", [[null]]);
    await fake.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("ชีต1");
      expect(() => sheet.pageLayout).toThrow(/ExcelApi 1.9/);
      expect(() => sheet.getRange("A1").dataValidation).toThrow(/ExcelApi 1.8/);
      expect(() => (context.runtime.enableEvents = false)).toThrow(/ExcelApi 1.8/);
    });
    expect(fake.isSetSupported("ExcelApi", "1.7")).toBe(true);
    expect(fake.isSetSupported("ExcelApi", "1.8")).toBe(false);
  });

  it("installs Excel and Office globals and restores them", async () => {
    const fake = createFakeExcel({ apiVersion: "1.8" });
    const uninstall = installOfficeGlobals(fake);
    try {
      expect(Office.context.requirements.isSetSupported("ExcelApi", "1.8")).toBe(true);
      expect(Office.context.requirements.isSetSupported("ExcelApi", "1.9")).toBe(false);
      await Excel.run(async (context) => {
        context.workbook.worksheets.add("ใหม่");
        await context.sync();
      });
      expect(fake.state.sheet("ใหม่")).not.toBeNull();
    } finally {
      uninstall();
    }
    expect((globalThis as Record<string, unknown>)["Excel"]).toBeUndefined();
  });
});
