import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { DEGRADED } from "../../../../src/app/degradedFeatures";
import { fakeServices, OVERVIEW } from "../../../taskpane/fakeServices";
import { renderApp } from "../../../taskpane/renderApp";

const EMPTY_WORKBOOK = {
  ...OVERVIEW,
  organisationName: "",
  templatePresent: false,
  missingTables: ["PlanSettings", "Strategies", "Projects", "Equipment"],
};

describe("TemplateSection", () => {
  it("inserts the template into an empty workbook and reports what was created", async () => {
    const user = userEvent.setup();
    const services = fakeServices({
      overview: jest.fn(async () => EMPTY_WORKBOOK),
      insertTemplate: jest.fn(async () => ({
        created: ["PlanSettings", "Strategies", "Projects", "Equipment"],
        kept: [],
        missingHeaders: {},
        addedColumns: {},
        degraded: [DEGRADED.dropdowns],
      })),
    });
    renderApp(services);
    await user.click(await screen.findByRole("button", { name: "ใส่แม่แบบ" }));
    expect(services.insertTemplate).toHaveBeenCalledTimes(1);
    expect(await screen.findByText(/ตั้งค่า, ยุทธศาสตร์, โครงการ, ครุภัณฑ์/)).toBeInTheDocument();
    // The adapter's code is translated, never shown raw.
    expect(screen.getByText(/ตารางแม่แบบไม่มีรายการให้เลือก \(ต้องใช้ Excel 2021/)).toBeInTheDocument();
    expect(screen.queryByText(/office\.degraded/)).not.toBeInTheDocument();
    // The pane re-reads the workbook so the header and steps reflect the new sheets.
    expect(services.overview).toHaveBeenCalledTimes(2);
  });

  it("says the template was found and names a kept table's missing headers", async () => {
    const user = userEvent.setup();
    const services = fakeServices({
      overview: jest.fn(async () => ({ ...OVERVIEW, missingTables: ["Equipment"] })),
      insertTemplate: jest.fn(async () => ({
        created: ["Equipment"],
        kept: ["Projects"],
        addedColumns: {},
        missingHeaders: { Projects: ["ฉบับ"] },
        degraded: [],
      })),
    });
    renderApp(services);
    expect(await screen.findByText("พบแม่แบบในสมุดงานนี้แล้ว")).toBeInTheDocument();
    expect(screen.getByText(/ยังไม่มีตาราง: ครุภัณฑ์/)).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "เพิ่มตารางที่ยังไม่มี" }));
    expect(await screen.findByText(/ตาราง โครงการ ขาดหัวคอลัมน์: ฉบับ/)).toBeInTheDocument();
  });

  it("offers no insert button when the template is complete", async () => {
    renderApp(fakeServices());
    expect(await screen.findByText("พบแม่แบบในสมุดงานนี้แล้ว")).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "ใส่แม่แบบ" })).not.toBeInTheDocument();
  });
});
