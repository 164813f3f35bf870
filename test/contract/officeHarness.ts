import { capabilitiesOf } from "../office/capabilitiesOf";
import { DEGRADED } from "../../src/adapters/office/degradation";
import { OfficeWorkbook } from "../../src/adapters/office/OfficeWorkbook";
import { createFakeExcel, type FakeExcel } from "../office/FakeExcel";
import type { WorkbookPort } from "../../src/app/WorkbookPort";
import { parseRangeA1 } from "../../src/domain/grid/a1";
import type { PortHarness } from "./PortHarness";

type Version = "1.7" | "1.9" | "1.13";

/**
 * The Office adapter on the recording fake at one ExcelApi version (members above it throw, as in Excel).
 * "Reopening" is a new adapter over the same workbook state: what another pane or session would see.
 */
export function officeHarness(apiVersion: Version): PortHarness {
  const fakes = new WeakMap<WorkbookPort, FakeExcel>();
  const adapter = (fake: FakeExcel): WorkbookPort => {
    const port = new OfficeWorkbook({ run: fake.run, capabilities: capabilitiesOf(apiVersion) });
    fakes.set(port, fake);
    return port;
  };
  const fakeOf = (port: WorkbookPort): FakeExcel => {
    const fake = fakes.get(port);
    if (!fake) throw new Error("not a port of this harness");
    return fake;
  };
  return {
    name: `Office fake, ExcelApi ${apiVersion}`,
    async open(userSheets) {
      const fake = createFakeExcel({ apiVersion });
      for (const [name, rows] of Object.entries(userSheets)) {
        fake.state.addSheet(name);
        if (rows.length > 0)
          fake.state.setValues(
            name,
            "A1",
            rows.map((r) => [...r]),
          );
      }
      return adapter(fake);
    },
    async reopen(port) {
      return adapter(fakeOf(port));
    },
    async type(port, sheet, topLeft, rows) {
      const fake = fakeOf(port);
      fake.state.setValues(
        sheet,
        topLeft,
        rows.map((r) => [...r]),
      );
      return adapter(fake);
    },
    async merge(port, sheet, range) {
      const fake = fakeOf(port);
      const rect = parseRangeA1(range);
      if (!rect) throw new Error(range);
      const target = fake.state.requireSheet(sheet);
      for (let r = 0; r < rect.rowCount; r++)
        for (let c = 0; c < rect.columnCount; c++) {
          const cell = r + c === 0 ? null : fake.state.getCell(target, rect.row + r, rect.column + c, false);
          if (cell) cell.value = null;
        }
      target.merges.push(rect);
      return adapter(fake);
    },
    readsMerges: apiVersion === "1.13",
    degradedTemplate: apiVersion === "1.7" ? [DEGRADED.dropdowns] : [],
    printSetupByHand: apiVersion === "1.7",
  };
}
