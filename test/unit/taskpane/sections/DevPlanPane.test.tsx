import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { fakeServices, OVERVIEW, report } from "../../../taskpane/fakeServices";
import { renderApp } from "../../../taskpane/renderApp";
import type { DevPlanImportReport } from "../../../../src/app/importDevPlan";
import { issueAtCell } from "../../../../src/domain/validate/issueAt";

const MISSING = issueAtCell("dev-plan-ref-missing", "warning", "โครงการ", "Q8", {
  suggestedEdition: "2566–2570",
  suggestedPage: 45,
  suggestedItem: 1,
  suggestedName: "ก่อสร้างถนน คสล. สายบ้านนายสมชาย – หนองสระ ม.3",
});
const NO_MATCH = issueAtCell("dev-plan-ref-missing", "warning", "โครงการ", "Q9", {});

describe("the suggested development-plan reference in the issue list", () => {
  it("fills the reference on a click, then checks the plan again", async () => {
    const user = userEvent.setup();
    const services = fakeServices({
      validate: jest.fn(async () => report([MISSING, NO_MATCH])),
      fillDevPlanRef: jest.fn(async () => ({ outcome: "filled" as const, cells: ["P8", "Q8", "R8"] })),
    });
    renderApp(services);
    await screen.findByText(OVERVIEW.organisationName);
    await user.click(screen.getByRole("button", { name: "ตรวจสอบ" }));
    // Only the warning with a match gets the button; it names the listed project.
    const buttons = await screen.findAllByRole("button", { name: /ใส่อ้างอิง/ });
    expect(buttons.map((b) => b.textContent)).toEqual(["ใส่อ้างอิง หน้า 45 ลำดับ 1"]);
    expect(screen.getByText("ก่อสร้างถนน คสล. สายบ้านนายสมชาย – หนองสระ ม.3")).toBeInTheDocument();
    await user.click(buttons[0]!);
    expect(services.fillDevPlanRef).toHaveBeenCalledWith(MISSING);
    expect(await screen.findByText("กรอกอ้างอิงที่เซลล์ P8, Q8, R8 แล้ว")).toBeInTheDocument();
    expect(services.validate).toHaveBeenCalledTimes(2);
  });

  it("says why nothing was written, and does not check again", async () => {
    const user = userEvent.setup();
    const services = fakeServices({
      validate: jest.fn(async () => report([MISSING])),
      fillDevPlanRef: jest.fn(async () => ({ outcome: "not-blank" as const, cells: [] })),
    });
    renderApp(services);
    await screen.findByText(OVERVIEW.organisationName);
    await user.click(screen.getByRole("button", { name: "ตรวจสอบ" }));
    await user.click(await screen.findByRole("button", { name: /ใส่อ้างอิง/ }));
    expect(await screen.findByText(/มีข้อมูลแล้ว จึงไม่เขียนทับ/)).toBeInTheDocument();
    expect(services.validate).toHaveBeenCalledTimes(1);
  });

  it("shows no button where the host cannot fill references", async () => {
    const user = userEvent.setup();
    renderApp(fakeServices({ validate: jest.fn(async () => report([MISSING])) }));
    await screen.findByText(OVERVIEW.organisationName);
    await user.click(screen.getByRole("button", { name: "ตรวจสอบ" }));
    await screen.findByRole("button", { name: /Q8/ });
    expect(screen.queryByRole("button", { name: /ใส่อ้างอิง/ })).not.toBeInTheDocument();
  });
});

describe("DevPlanImportSection", () => {
  const imported: DevPlanImportReport = {
    outcome: "imported",
    sheet: "ผ.02",
    fiscalYear: 2570,
    edition: "2566–2570",
    entriesImported: 6,
    skipped: [{ cell: "A9", reason: "repeated-header" }],
    issues: [issueAtCell("devplan-import-budget-unreadable", "warning", "ผ.02", "H14", { text: "ห้าแสน" })],
    tablesCreated: [],
  };

  it("imports the sheet the user is on into the development-plan table and re-reads the workbook", async () => {
    const user = userEvent.setup();
    const services = fakeServices({ importDevPlanSheet: jest.fn(async () => imported) });
    renderApp(services);
    await user.click(await screen.findByRole("button", { name: "นำเข้า ผ.02 จากแผ่นงานนี้" }));
    expect(services.importDevPlanSheet).toHaveBeenCalledTimes(1);
    expect(
      await screen.findByText(
        'นำเข้าจากแผ่นงาน "ผ.02" แล้ว: 6 โครงการของแผนพัฒนาท้องถิ่น 2566–2570 พร้อมงบประมาณปี 2570',
      ),
    ).toBeInTheDocument();
    expect(screen.getByText("หัวตารางซ้ำ: A9")).toBeInTheDocument();
    expect(services.overview).toHaveBeenCalledTimes(2);
    const section = screen.getByRole("region", { name: "นำเข้า ผ.02 จากแผ่นงานนี้" });
    await user.click(within(section).getByRole("button", { name: /H14/ }));
    expect(services.selectCell).toHaveBeenCalledWith({ sheet: "ผ.02", cell: "H14" });
  });

  it("says why nothing was imported when the list already has the plan book", async () => {
    const user = userEvent.setup();
    const services = fakeServices({
      importDevPlanSheet: jest.fn(async () => ({
        ...imported,
        outcome: "edition-present" as const,
        issues: [],
      })),
    });
    renderApp(services);
    await user.click(await screen.findByRole("button", { name: "นำเข้า ผ.02 จากแผ่นงานนี้" }));
    expect(await screen.findByText(/มีรายการของแผนพัฒนาท้องถิ่น 2566–2570 อยู่แล้ว/)).toBeInTheDocument();
    expect(services.overview).toHaveBeenCalledTimes(1);
  });
});

describe("EditionChangesList", () => {
  it("lists a เปลี่ยนแปลง edition's projects with before → after and the reason", async () => {
    const user = userEvent.setup();
    const services = fakeServices({
      overview: jest.fn(async () => ({ ...OVERVIEW, editions: ["หลัก", "เปลี่ยนแปลง 1/2570"] })),
      editionChanges: jest.fn(async () => [
        {
          name: "โครงการก่อสร้างถนน คสล. หมู่ที่ 3",
          location: { sheet: "โครงการ", cell: "D30" },
          beforeEdition: "หลัก",
          fields: [{ field: "budget" as const, before: "378,000.00 บาท", after: "415,000.00 บาท" }],
          reason: "ราคากลางวัสดุก่อสร้างสูงขึ้น",
        },
        { name: "โครงการไฟฟ้าส่องสว่าง", location: null, beforeEdition: null, fields: [], reason: "" },
      ]),
    });
    renderApp(services);
    await user.selectOptions(await screen.findByRole("combobox", { name: "ฉบับ" }), "เปลี่ยนแปลง 1/2570");
    await user.click(screen.getByRole("button", { name: /จัดทำแบบ ผด\./ }));
    const list = await screen.findByRole("region", { name: "รายการที่เปลี่ยนในฉบับเปลี่ยนแปลง 1/2570" });
    expect(services.editionChanges).toHaveBeenCalledWith("เปลี่ยนแปลง 1/2570");
    expect(await within(list).findByText("งบประมาณ: 378,000.00 บาท → 415,000.00 บาท")).toBeInTheDocument();
    expect(within(list).getByText("เหตุผลความจำเป็น: ราคากลางวัสดุก่อสร้างสูงขึ้น")).toBeInTheDocument();
    expect(within(list).getByText("เพิ่มโครงการ")).toBeInTheDocument();
    expect(within(list).getByText("ยังไม่ระบุเหตุผลความจำเป็น")).toBeInTheDocument();
  });

  it("is not shown for the main edition", async () => {
    const user = userEvent.setup();
    const services = fakeServices({ editionChanges: jest.fn(async () => []) });
    renderApp(services);
    await screen.findByText(OVERVIEW.organisationName);
    await user.click(screen.getByRole("button", { name: /จัดทำแบบ ผด\./ }));
    expect(screen.queryByRole("region", { name: /รายการที่เปลี่ยน/ })).not.toBeInTheDocument();
    expect(services.editionChanges).not.toHaveBeenCalled();
  });
});
