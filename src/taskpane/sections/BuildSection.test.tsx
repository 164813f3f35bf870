import { act, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { BuildProgress, BuildReport } from "../../app/AppServices";
import { SheetNameTakenError } from "../../app/WorkbookPort";
import { deferred, fakeServices, issue } from "../testing/fakeServices";
import { renderApp } from "../testing/renderApp";

async function openBuild(services: ReturnType<typeof fakeServices>) {
  const user = userEvent.setup();
  renderApp(services);
  await screen.findByText("องค์การบริหารส่วนตำบลหนองบัว");
  await user.click(screen.getByRole("button", { name: /จัดทำแบบ ผด\./ }));
  await screen.findByRole("checkbox", { name: "ฉบับหลัก" });
  return user;
}

describe("BuildSection", () => {
  it("shows progress while building, ignores a second start, then lists the sheets and the next step", async () => {
    const finish = deferred<BuildReport>();
    let report: ((progress: BuildProgress) => void) | undefined;
    const services = fakeServices({
      buildTables: jest.fn((_options, onProgress?: (progress: BuildProgress) => void) => {
        report = onProgress;
        return finish.promise;
      }),
    });
    const user = await openBuild(services);
    const start = screen.getByRole("button", { name: "สร้างชีตแบบ ผด." });
    await user.click(start);
    await user.click(start);
    expect(services.buildTables).toHaveBeenCalledTimes(1);
    expect(screen.getByRole("button", { name: "กำลังจัดทำ…" })).toBeDisabled();

    act(() => report?.({ done: 1, total: 4, sheet: "ผด.01" }));
    expect(await screen.findByText("1/4 กำลังเขียนชีต ผด.01")).toBeInTheDocument();

    await act(async () =>
      finish.resolve({ sheets: ["ผด.01", "ผด.02", "ผด.02-1", "ประกาศ"], blockingIssues: [] }),
    );
    expect(await screen.findByText("ผด.02-1")).toBeInTheDocument();
    expect(screen.getByText(/ไฟล์ → พิมพ์/)).toBeInTheDocument();
  });

  it("passes the chosen editions and options", async () => {
    const services = fakeServices();
    const user = await openBuild(services);
    await user.click(screen.getByRole("checkbox", { name: "เพิ่มเติม 1/2570" }));
    await user.click(screen.getByRole("checkbox", { name: "จัดทำฉบับรวมด้วย" }));
    await user.click(screen.getByRole("switch", { name: "ใช้เลขไทย" }));
    await user.selectOptions(screen.getByRole("combobox", { name: "แบบอักษร" }), "TH SarabunIT๙");
    await user.click(screen.getByRole("button", { name: "สร้างชีตแบบ ผด." }));
    expect(await screen.findByText("จัดทำเสร็จแล้ว ชีตที่เขียน:")).toBeInTheDocument();
    expect(services.buildTables).toHaveBeenCalledWith(
      {
        editions: ["หลัก", "เพิ่มเติม 1/2570"],
        consolidated: true,
        thaiDigits: true,
        excludeUnbudgeted: false,
        font: "TH SarabunIT๙",
      },
      expect.any(Function),
    );
  });

  it("cannot start with nothing chosen", async () => {
    const user = await openBuild(fakeServices());
    await user.click(screen.getByRole("checkbox", { name: "ฉบับหลัก" }));
    expect(screen.getByRole("button", { name: "สร้างชีตแบบ ผด." })).toBeDisabled();
    expect(screen.getByText("เลือกอย่างน้อยหนึ่งฉบับ หรือเลือกฉบับรวม")).toBeInTheDocument();
  });

  it("lists the errors that block the build, each going to its cell", async () => {
    const services = fakeServices({
      buildTables: jest.fn(async () => ({ sheets: [], blockingIssues: [issue("error", "โครงการ", "F12")] })),
    });
    const user = await openBuild(services);
    await user.click(screen.getByRole("button", { name: "สร้างชีตแบบ ผด." }));
    expect(await screen.findByText(/ยังจัดทำไม่ได้/)).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: /F12/ }));
    expect(services.selectCell).toHaveBeenCalledWith({ sheet: "โครงการ", cell: "F12" });
  });

  it("explains a user's sheet that has the name of a generated one", async () => {
    const services = fakeServices({
      buildTables: jest.fn(async () => Promise.reject(new SheetNameTakenError("ผด.01"))),
    });
    const user = await openBuild(services);
    await user.click(screen.getByRole("button", { name: "สร้างชีตแบบ ผด." }));
    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent('มีชีตชื่อ "ผด.01" ที่คุณสร้างเองอยู่แล้ว');
    expect(alert).toHaveTextContent("เปลี่ยนชื่อหรือลบชีตนั้น");
    expect(screen.getByRole("button", { name: "สร้างชีตแบบ ผด." })).toBeEnabled();
  });
});
