import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { DevPlanImportReport } from "../../src/app/importDevPlan";
import { issueAtCell } from "../../src/domain/validate/issueAt";
import { expectUniqueRegionNames } from "./expectUniqueRegionNames";
import { fakeServices, IMPORTED, issue, OVERVIEW, report } from "./fakeServices";
import { renderApp } from "./renderApp";

// The issue list is one component used by several steps; lists shown at once must be told apart by
// their names (a screen reader's landmark list shows them side by side).
describe("issue lists shown at once in the pane", () => {
  it("name their regions apart: the check's list and the refused build's", async () => {
    const blocking = issue("error", "โครงการ", "F12");
    const services = fakeServices({
      validate: jest.fn(async () => report([blocking])),
      buildTables: jest.fn(async () => ({
        sheets: [],
        removedSheets: [],
        blockingIssues: [blocking],
        manualSteps: [],
      })),
    });
    const user = userEvent.setup();
    renderApp(services);
    await screen.findByText(OVERVIEW.organisationName);
    await user.click(screen.getByRole("button", { name: "ตรวจสอบ" }));
    await screen.findByRole("region", { name: "ข้อผิดพลาด (1)" });
    await user.click(screen.getByRole("button", { name: /จัดทำแบบ ผด\./ }));
    await user.click(await screen.findByRole("button", { name: "สร้างชีตแบบ ผด." }));
    await screen.findByText(/ยังจัดทำไม่ได้/);
    const names = expectUniqueRegionNames().filter((name) => name.startsWith("ข้อผิดพลาด (1)"));
    expect(names).toEqual(["ข้อผิดพลาด (1)", "ข้อผิดพลาด (1) ที่ต้องแก้ก่อนจัดทำแบบ ผด."]);
  });

  it("name their regions apart: the ผด.02 import's and the ผ.02 import's, in both languages", async () => {
    const devPlanImported: DevPlanImportReport = {
      outcome: "imported",
      sheet: "ผ.02",
      fiscalYear: 2570,
      edition: "2566–2570",
      entriesImported: 6,
      skipped: [],
      issues: [issueAtCell("devplan-import-budget-unreadable", "warning", "ผ.02", "H14", { text: "ห้าแสน" })],
      tablesCreated: [],
    };
    for (const [language, importRun, devPlanRun, warnings] of [
      ["th", "นำเข้าจากแผ่นงานนี้", "นำเข้า ผ.02 จากแผ่นงานนี้", "คำเตือน (1)"],
      ["en", "Import from this sheet", "Import ผ.02 from this sheet", "Warnings (1)"],
    ] as const) {
      const user = userEvent.setup();
      const services = fakeServices({ importDevPlanSheet: jest.fn(async () => devPlanImported) });
      const { unmount } = renderApp(services, language);
      await screen.findByText(OVERVIEW.organisationName);
      await user.click(screen.getByRole("button", { name: importRun }));
      await user.click(screen.getByRole("button", { name: devPlanRun }));
      await screen.findByRole("button", { name: /H14/ });
      // IMPORTED has one warning too: two lists of one warning each.
      expect(IMPORTED.issues).toHaveLength(1);
      const names = expectUniqueRegionNames().filter((name) => name.startsWith(warnings));
      expect(names).toHaveLength(2);
      unmount();
    }
  });
});
