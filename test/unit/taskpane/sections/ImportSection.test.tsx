import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { fakeServices, IMPORTED } from "../../../taskpane/fakeServices";
import { renderApp } from "../../../taskpane/renderApp";
import { issueAtCell } from "../../../../src/domain/validate/issueAt";

describe("ImportSection", () => {
  it("imports the active sheet and shows rows imported, skipped rows with cells, and clickable warnings", async () => {
    const user = userEvent.setup();
    const services = fakeServices();
    renderApp(services);
    await user.click(await screen.findByRole("button", { name: "นำเข้าจากแผ่นงานนี้" }));
    expect(services.importActiveSheet).toHaveBeenCalledTimes(1);
    expect(
      await screen.findByText('นำเข้าจากแผ่นงาน "ผด.02" แล้ว: โครงการ 2 รายการ ยุทธศาสตร์ 1 รายการ'),
    ).toBeInTheDocument();
    expect(screen.getByText("ยอดรวม: A12, A20")).toBeInTheDocument();
    expect(screen.getByText("กรอกค่าตั้งค่าจากหัวกระดาษ 2 รายการ")).toBeInTheDocument();
    // The pane re-reads the workbook after the import.
    expect(services.overview).toHaveBeenCalledTimes(2);

    const warnings = screen.getByRole("region", { name: "คำเตือน (1) จากการนำเข้า ผด.02" });
    await user.click(within(warnings).getByRole("button", { name: /D20/ }));
    expect(services.selectCell).toHaveBeenCalledWith({ sheet: "ผด.02", cell: "D20" });
  });

  it("says why nothing was imported when the Projects table already has rows", async () => {
    const user = userEvent.setup();
    const services = fakeServices({
      importActiveSheet: jest.fn(async () => ({
        ...IMPORTED,
        outcome: "projects-not-empty" as const,
        issues: [],
      })),
    });
    renderApp(services, "en");
    await user.click(await screen.findByRole("button", { name: "Import from this sheet" }));
    expect(await screen.findByText(/The Projects table already has rows/)).toBeInTheDocument();
    expect(services.overview).toHaveBeenCalledTimes(1);
  });

  it("lists the errors of a refused sheet", async () => {
    const user = userEvent.setup();
    const services = fakeServices({
      importActiveSheet: jest.fn(async () => ({
        ...IMPORTED,
        outcome: "refused" as const,
        sheet: "ผด.2",
        rowsImported: 0,
        issues: [
          issueAtCell("import-not-operational-plan", "error", "ผด.2", "A2", {
            reason: "procurement-title",
            text: "แผนการจัดหาพัสดุ",
          }),
        ],
      })),
    });
    renderApp(services);
    await user.click(await screen.findByRole("button", { name: "นำเข้าจากแผ่นงานนี้" }));
    expect(await screen.findByText('นำเข้าแผ่นงาน "ผด.2" ไม่ได้ จึงไม่ได้เขียนข้อมูลใด ๆ')).toBeInTheDocument();
    expect(screen.getByRole("region", { name: "ข้อผิดพลาด (1) จากการนำเข้า ผด.02" })).toBeInTheDocument();
  });

  it("shows a failure without breaking the pane", async () => {
    const user = userEvent.setup();
    const services = fakeServices({
      importActiveSheet: jest.fn(async () => {
        throw new Error("ItemNotFound");
      }),
    });
    renderApp(services);
    await user.click(await screen.findByRole("button", { name: "นำเข้าจากแผ่นงานนี้" }));
    expect(await screen.findByText("นำเข้าไม่สำเร็จ")).toBeInTheDocument();
  });
});
