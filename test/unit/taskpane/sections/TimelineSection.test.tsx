import { act, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { TimelineStep } from "../../../../src/taskpane/TaskPaneServices";
import { fakeServices, OVERVIEW } from "../../../taskpane/fakeServices";
import { renderApp } from "../../../taskpane/renderApp";

const STEPS: TimelineStep[] = [
  { step: "trigger", date: "2026-09-15", dueDate: null, status: "done" },
  { step: "announcement", date: null, dueDate: "2026-10-15", status: "late" },
  { step: "postingStart", date: null, dueDate: null, status: "pending" },
];

describe("TimelineSection", () => {
  it("shows the chosen edition's steps with dates in B.E. and what is overdue", async () => {
    const user = userEvent.setup();
    const services = fakeServices({ timeline: jest.fn(async () => STEPS) });
    renderApp(services);
    await screen.findByText("องค์การบริหารส่วนตำบลหนองบัว");
    await user.selectOptions(screen.getByRole("combobox", { name: "ฉบับ" }), "หลัก");
    await user.click(screen.getByRole("button", { name: /ประกาศและกำหนดเวลา/ }));
    expect(await screen.findByText("เลยกำหนด 1 ขั้นตอน")).toBeInTheDocument();
    const steps = screen.getAllByRole("listitem");
    expect(within(steps[0]!).getByText(/วันที่ 15 ก\.ย\. 2569/)).toBeInTheDocument();
    expect(within(steps[1]!).getByText("ประกาศใช้")).toBeInTheDocument();
    expect(within(steps[1]!).getByText("เลยกำหนด")).toBeInTheDocument();
    expect(within(steps[1]!).getByText(/กำหนด 15 ต\.ค\. 2569/)).toBeInTheDocument();
    expect(services.timeline).toHaveBeenCalledWith("หลัก");
  });

  it("warns that the tables are stale when input changes after a build", async () => {
    const user = userEvent.setup();
    let changed: (() => void) | undefined;
    const services = fakeServices({
      buildTables: jest.fn(async () => ({
        sheets: ["ผด.01"],
        removedSheets: [],
        blockingIssues: [],
        manualSteps: [],
      })),
      onInputChanged: jest.fn((listener: () => void) => {
        changed = listener;
        return () => undefined;
      }),
    });
    renderApp(services);
    await screen.findByText("องค์การบริหารส่วนตำบลหนองบัว");
    await user.click(screen.getByRole("button", { name: /จัดทำแบบ ผด\./ }));
    await user.click(await screen.findByRole("button", { name: "สร้างชีตแบบ ผด." }));
    await screen.findByText("จัดทำเสร็จแล้ว ชีตที่เขียน:");
    await user.click(screen.getByRole("button", { name: /ประกาศและกำหนดเวลา/ }));
    expect(screen.queryByText("แบบ ผด. ไม่ตรงกับข้อมูลล่าสุด")).not.toBeInTheDocument();
    expect(changed).toBeDefined();
    act(() => changed?.());
    expect(await screen.findByText("แบบ ผด. ไม่ตรงกับข้อมูลล่าสุด")).toBeInTheDocument();
  });

  it("warns on opening when tables built earlier came from other data than the workbook holds now", async () => {
    const user = userEvent.setup();
    const sheet = { name: "ผด.01", edition: "หลัก", generatedAt: "2026-11-20T03:00:00Z" };
    const services = fakeServices({
      overview: jest.fn(async () => ({
        ...OVERVIEW,
        generatedSheets: [{ ...sheet, inputFingerprint: "0badf00d", stale: true }],
      })),
    });
    renderApp(services);
    await screen.findByText("องค์การบริหารส่วนตำบลหนองบัว");
    await user.click(screen.getByRole("button", { name: /ประกาศและกำหนดเวลา/ }));
    expect(await screen.findByText("แบบ ผด. ไม่ตรงกับข้อมูลล่าสุด")).toBeInTheDocument();
  });

  it("does not warn on opening when the tables built earlier match the data", async () => {
    const user = userEvent.setup();
    const sheet = { name: "ผด.01", edition: "หลัก", generatedAt: "2026-11-20T03:00:00Z" };
    const services = fakeServices({
      overview: jest.fn(async () => ({
        ...OVERVIEW,
        generatedSheets: [{ ...sheet, inputFingerprint: OVERVIEW.inputFingerprint, stale: false }],
      })),
    });
    renderApp(services);
    await screen.findByText("องค์การบริหารส่วนตำบลหนองบัว");
    await user.click(screen.getByRole("button", { name: /ประกาศและกำหนดเวลา/ }));
    expect(await screen.findByText(/ขั้นตอนของฉบับที่เลือก/)).toBeInTheDocument();
    expect(screen.queryByText("แบบ ผด. ไม่ตรงกับข้อมูลล่าสุด")).not.toBeInTheDocument();
  });
});
