import { act, screen } from "@testing-library/react";
import type { BuildOptions, BuildProgress } from "../../../../src/app/AppServices";
import { buildTables } from "../../../../src/app/buildTables";
import { sampleTables } from "../../../../src/sample/samplePlan";
import { FakeWorkbook } from "../../../builders/FakeWorkbook";
import { SheetNameTakenError } from "../../../../src/app/WorkbookPort";
import { DEGRADED } from "../../../../src/app/degradedFeatures";
import { deferred, fakeServices, issue } from "../../../taskpane/fakeServices";
import { openBuildStep } from "../../../taskpane/openBuildStep";
import type { ManualStep } from "../../../../src/app/WorkbookPort";

const openBuild = openBuildStep;

describe("BuildSection", () => {
  it("shows each step of the real build as it happens, ignores a second start, then lists the sheets and the next step", async () => {
    // The real use case over a fake workbook whose write reports one batch and then waits.
    const batchSent = deferred<void>();
    const finishWrite = deferred<void>();
    const workbook = new FakeWorkbook(sampleTables(), [], async (report) => {
      await batchSent.promise;
      report({ done: 1, total: 2 });
      await finishWrite.promise;
    });
    const progress: BuildProgress[] = [];
    const services = fakeServices({
      buildTables: jest.fn((options: BuildOptions, onProgress?: (p: BuildProgress) => void) =>
        buildTables(
          workbook,
          options,
          () => "2026-11-27T03:00:00Z",
          (p) => {
            progress.push(p);
            onProgress?.(p);
          },
        ),
      ),
    });
    const user = await openBuild(services);
    const start = screen.getByRole("button", { name: "สร้างชีตแบบ ผด." });
    await user.click(start);
    await user.click(start);
    expect(services.buildTables).toHaveBeenCalledTimes(1);
    expect(screen.getByRole("button", { name: "กำลังจัดทำ…" })).toBeDisabled();

    // Layout is done before anything is written; while the host says nothing the bar has no value.
    expect(await screen.findByText("กำลังเขียน 4 ชีตลงในสมุดงาน…")).toBeInTheDocument();
    expect(progress.filter((p) => p.phase === "layout").map((p) => p.phase === "layout" && p.sheet)).toEqual([
      "ผด.01",
      "ผด.02",
      "ผด.02-1",
      "ประกาศ",
    ]);
    expect(screen.getByRole("progressbar")).not.toHaveAttribute("aria-valuenow");

    await act(async () => batchSent.resolve());
    expect(await screen.findByText("กำลังเขียน 4 ชีตลงในสมุดงาน (ส่งแล้ว 1/2 ชุด)")).toBeInTheDocument();
    expect(screen.getByRole("progressbar")).toHaveAttribute("aria-valuenow", "0.5");

    await act(async () => finishWrite.resolve());
    expect(await screen.findByText("ผด.02-1")).toBeInTheDocument();
    expect(workbook.written).toHaveLength(1);
    expect(screen.getByText(/ไฟล์ → พิมพ์ \(กระดาษ A4 ตั้งค่าไว้แล้ว\)/)).toBeInTheDocument();
    expect(screen.queryByText("ตั้งค่าเองใน Excel รุ่นนี้")).not.toBeInTheDocument();
    // The real layout of four sheets runs in jsdom here: more than the default 5 s on a busy machine.
  }, 20_000);

  it("says which old sheets of editions no longer in the plan it removed", async () => {
    const services = fakeServices({
      buildTables: jest.fn(async () => ({
        sheets: ["ผด.01"],
        removedSheets: ["ผด.01 เพิ่มเติม 2-2570", "ประกาศ เพิ่มเติม 2-2570"],
        blockingIssues: [],
        manualSteps: [],
      })),
    });
    const user = await openBuild(services);
    await user.click(screen.getByRole("button", { name: "สร้างชีตแบบ ผด." }));
    expect(
      await screen.findByText("ลบชีตเก่าของฉบับที่ไม่มีในแผนแล้ว: ผด.01 เพิ่มเติม 2-2570, ประกาศ เพิ่มเติม 2-2570"),
    ).toBeInTheDocument();
  });

  it("lists the page setup to do by hand on Excel 2016/2019, in Thai or English", async () => {
    const services = fakeServices({
      buildTables: jest.fn(async () => ({
        sheets: ["ผด.02"],
        removedSheets: [],
        blockingIssues: [],
        manualSteps: [
          {
            code: DEGRADED.printSetup,
            sheet: "ผด.02",
            params: {
              paper: "A4",
              orientation: "landscape",
              fitToPagesWide: 1,
              printTitleRows: "$1:$6",
              marginTopInches: 0.5,
              marginBottomInches: 0.5,
              marginLeftInches: 0.4,
              marginRightInches: 0.4,
            },
          },
          { code: DEGRADED.indent, sheet: "ผด.02", params: {} },
        ] satisfies ManualStep[],
      })),
    });
    const user = await openBuild(services);
    await user.click(screen.getByRole("button", { name: "สร้างชีตแบบ ผด." }));
    expect(await screen.findByText("ตั้งค่าเองใน Excel รุ่นนี้")).toBeInTheDocument();
    expect(
      screen.getByText(
        /ตั้งค่าหน้ากระดาษเอง: A4 แนวนอน, พอดีกับหน้ากระดาษ 1 หน้ากว้าง, แถวหัวตารางซ้ำ \$1:\$6, ระยะขอบ \(นิ้ว\) บน 0.5 ล่าง 0.5 ซ้าย 0.4 ขวา 0.4/,
      ),
    ).toBeInTheDocument();
    expect(screen.getByText(/เยื้องข้อความในเซลล์/)).toBeInTheDocument();
    // A4 is not set up for the user here, so the pane does not say it is.
    expect(screen.queryByText(/กระดาษ A4 ตั้งค่าไว้แล้ว/)).not.toBeInTheDocument();
    expect(screen.getByText(/ตั้งค่าหน้ากระดาษตามรายการด้านล่าง/)).toBeInTheDocument();

    await user.selectOptions(screen.getByRole("combobox", { name: "ภาษา / Language" }), "en");
    expect(
      await screen.findByText(
        /Set up the page by hand: A4 landscape, fit to 1 page\(s\) wide, rows to repeat at top \$1:\$6/,
      ),
    ).toBeInTheDocument();
  });

  it("passes the chosen editions and options", async () => {
    const book = { sheets: [], contents: [], blockingIssues: [], manualSteps: [], pictureNotes: [] };
    const services = fakeServices({ buildBook: jest.fn(async () => book) });
    const user = await openBuild(services);
    await user.click(screen.getByRole("checkbox", { name: "เพิ่มเติม 1/2570" }));
    await user.click(screen.getByRole("checkbox", { name: "จัดทำฉบับรวมด้วย" }));
    await user.click(screen.getByRole("switch", { name: "ใช้เลขไทย" }));
    await user.selectOptions(screen.getByRole("combobox", { name: "แบบอักษร" }), "TH SarabunIT๙");
    const label = screen.getByRole("combobox", { name: "ชื่อฉบับเพิ่มเติม/เปลี่ยนแปลง" });
    await user.selectOptions(label, screen.getByRole("option", { name: "เพิ่มเติม ฉบับที่ 1" }));
    await user.selectOptions(screen.getByRole("combobox", { name: "ช่วงเวลาใน ผด.02" }), "fill");
    await user.click(screen.getByRole("checkbox", { name: /มีคำว่า \(ลงชื่อ\)/u }));
    await user.click(screen.getByRole("checkbox", { name: "แผนทั้งเล่มต่อท้ายด้วยหน้าภาคผนวก" }));
    await user.click(screen.getByRole("button", { name: "สร้างชีตแบบ ผด." }));
    expect(await screen.findByText("จัดทำเสร็จแล้ว ชีตที่เขียน:")).toBeInTheDocument();
    const choices = {
      thaiDigits: true,
      excludeUnbudgeted: false,
      font: "TH SarabunIT๙",
      editionLabel: "ฉบับที่",
      schedule: "fill",
      signatureMark: true,
      appendix: true,
    };
    expect(services.buildTables).toHaveBeenCalledWith(
      { editions: ["หลัก", "เพิ่มเติม 1/2570"], consolidated: true, ...choices },
      expect.any(Function),
    );
    // The whole book beside the tables is made with the same choices.
    await user.click(screen.getByRole("button", { name: "ทั้งเล่ม" }));
    expect(services.buildBook).toHaveBeenCalledWith({ edition: "หลัก", ...choices });
  });

  it("offers the book's own choice (the appendix) only where the plan book can be made", async () => {
    await openBuild(fakeServices());
    expect(screen.queryByRole("checkbox", { name: "แผนทั้งเล่มต่อท้ายด้วยหน้าภาคผนวก" })).toBeNull();
    expect(screen.getByRole("checkbox", { name: /มีคำว่า \(ลงชื่อ\)/u })).toBeInTheDocument();
  });

  it("cannot start with nothing chosen", async () => {
    const user = await openBuild(fakeServices());
    await user.click(screen.getByRole("checkbox", { name: "ฉบับหลัก" }));
    expect(screen.getByRole("button", { name: "สร้างชีตแบบ ผด." })).toBeDisabled();
    expect(screen.getByText("เลือกอย่างน้อยหนึ่งฉบับ หรือเลือกฉบับรวม")).toBeInTheDocument();
  });

  it("lists the errors that block the build, each going to its cell", async () => {
    const services = fakeServices({
      buildTables: jest.fn(async () => ({
        sheets: [],
        removedSheets: [],
        blockingIssues: [issue("error", "โครงการ", "F12")],
        manualSteps: [],
      })),
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
