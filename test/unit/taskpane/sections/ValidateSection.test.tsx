import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { fakeServices, issue, report } from "../../../taskpane/fakeServices";
import { renderApp } from "../../../taskpane/renderApp";

const ISSUES = [
  issue("error", "โครงการ", "F12"),
  issue("warning", "โครงการ", "C7", "work-plan-alias"),
  issue("error", "ครุภัณฑ์", "F4"),
];

async function checkWith(services: ReturnType<typeof fakeServices>) {
  const user = userEvent.setup();
  renderApp(services);
  await screen.findByText("องค์การบริหารส่วนตำบลหนองบัว");
  await user.click(screen.getByRole("button", { name: "ตรวจสอบ" }));
  return user;
}

describe("ValidateSection", () => {
  it("lists issues grouped by severity then sheet, with counts", async () => {
    await checkWith(fakeServices({ validate: jest.fn(async () => report(ISSUES)) }));
    expect(await screen.findByText("ข้อผิดพลาด 2 รายการ · คำเตือน 1 รายการ")).toBeInTheDocument();
    const errors = screen.getByRole("region", { name: "ข้อผิดพลาด (2)" });
    expect(within(errors).getByRole("heading", { name: "โครงการ (1)" })).toBeInTheDocument();
    expect(within(errors).getByRole("heading", { name: "ครุภัณฑ์ (1)" })).toBeInTheDocument();
    const warnings = screen.getByRole("region", { name: "คำเตือน (1)" });
    expect(within(warnings).getByRole("button", { name: /C7/ })).toBeInTheDocument();
  });

  it("selects the issue's cell when it is clicked", async () => {
    const services = fakeServices({ validate: jest.fn(async () => report(ISSUES)) });
    const user = await checkWith(services);
    await user.click(await screen.findByRole("button", { name: /F12/ }));
    expect(services.selectCell).toHaveBeenCalledWith({ sheet: "โครงการ", cell: "F12" });
  });

  it("filters to warnings only", async () => {
    const user = await checkWith(fakeServices({ validate: jest.fn(async () => report(ISSUES)) }));
    await user.click(await screen.findByRole("button", { name: "คำเตือน (1)" }));
    expect(screen.getByRole("button", { name: "คำเตือน (1)" })).toHaveAttribute("aria-pressed", "true");
    expect(screen.queryByRole("button", { name: /F12/ })).not.toBeInTheDocument();
    expect(screen.getByRole("button", { name: /C7/ })).toBeInTheDocument();
  });

  it("highlights the issues found and clears them", async () => {
    const services = fakeServices({ validate: jest.fn(async () => report(ISSUES)) });
    const user = await checkWith(services);
    await user.click(await screen.findByRole("button", { name: "ระบายสีเซลล์ที่มีปัญหา" }));
    expect(services.highlightIssues).toHaveBeenCalledWith(ISSUES);
    await user.click(screen.getByRole("button", { name: "ล้างสีที่ระบาย" }));
    expect(await screen.findByText("ล้างสีแล้ว")).toBeInTheDocument();
    expect(services.clearHighlights).toHaveBeenCalledTimes(1);
  });

  it("says so when there is nothing to fix, and can run again", async () => {
    const answers = [report([]), report(ISSUES)];
    const services = fakeServices({ validate: jest.fn(async () => answers.shift() ?? report([])) });
    const user = await checkWith(services);
    expect(await screen.findByText(/ไม่พบปัญหา/)).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "ตรวจอีกครั้ง" }));
    expect(await screen.findByRole("button", { name: /F12/ })).toBeInTheDocument();
    expect(services.validate).toHaveBeenCalledTimes(2);
  });

  it("shows a failed check with its cause and the next step", async () => {
    const editing = Object.assign(new Error("Cell edit mode"), { code: "InvalidOperationInCellEditMode" });
    await checkWith(fakeServices({ validate: jest.fn(async () => Promise.reject(editing)) }));
    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent("ตรวจสอบไม่สำเร็จ");
    expect(alert).toHaveTextContent("Excel กำลังแก้ไขเซลล์อยู่");
    expect(alert).toHaveTextContent("กด Enter หรือ Esc");
  });
});
