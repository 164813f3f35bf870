import { capabilitiesOf } from "../office/capabilitiesOf";
import { DEGRADED } from "../../src/adapters/office/degradation";
import { OfficeWorkbook } from "../../src/adapters/office/OfficeWorkbook";
import { createFakeExcel, type FakeExcel } from "../office/FakeExcel";
import type { WorkbookPort } from "../../src/app/WorkbookPort";
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
      const fake = fakes.get(port);
      if (!fake) throw new Error("not a port of this harness");
      return adapter(fake);
    },
    degradedTemplate: apiVersion === "1.7" ? [DEGRADED.dropdowns] : [],
    printSetupByHand: apiVersion === "1.7",
  };
}
