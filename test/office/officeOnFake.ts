import { OfficeWorkbook, type OfficeWorkbookOptions } from "../../src/adapters/office/OfficeWorkbook";
import { capabilitiesOf } from "./capabilitiesOf";
import { createFakeExcel, type FakeExcelOptions } from "./FakeExcel";

/** The Office adapter over a new recording fake at one ExcelApi version (1.9 unless told). */
export function officeOnFake(
  fakeOptions: FakeExcelOptions = {},
  adapterOptions: Partial<Omit<OfficeWorkbookOptions, "run" | "capabilities">> = {},
) {
  const fake = createFakeExcel(fakeOptions);
  const workbook = new OfficeWorkbook({
    run: fake.run,
    capabilities: capabilitiesOf(fake.apiVersion),
    ...adapterOptions,
  });
  return { fake, workbook, state: fake.state };
}
