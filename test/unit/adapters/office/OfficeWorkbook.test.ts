import type { ExcelRunner } from "../../../../src/adapters/office/OfficeWorkbook";

describe("ExcelRunner", () => {
  it("accepts Excel.run's signature", () => {
    // Compile-time check: the composition root passes Excel.run as is.
    const accepts = (run: ExcelRunner): ExcelRunner => run;
    const excelRun: typeof Excel.run = (async () => undefined) as unknown as typeof Excel.run;
    expect(accepts(excelRun)).toBe(excelRun);
  });
});
