import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { Language } from "../../../../src/messages/Language";
import { fakeServices, FOLLOW_UP_VIEW, issue } from "../../../taskpane/fakeServices";
import { renderApp } from "../../../taskpane/renderApp";

async function openFollowUp(services: ReturnType<typeof fakeServices>, language: Language = "th") {
  const user = userEvent.setup();
  renderApp(services, language);
  await screen.findByText("องค์การบริหารส่วนตำบลหนองบัว");
  await user.click(screen.getByRole("button", { name: language === "th" ? /ติดตามผล/ : /Follow-up/ }));
  return user;
}

describe("FollowUpSection", () => {
  it("shows the year's progress: projects, completed share, disbursed against the budget", async () => {
    await openFollowUp(fakeServices());
    const summary = await screen.findByRole("group", { name: "สรุปผล" });
    expect(within(summary).getByText("3")).toBeInTheDocument();
    // Three statuses of one project each: the largest remainder gives the spare 0.01 to the first (not started).
    expect(within(summary).getByText("1 (33.33%)")).toBeInTheDocument();
    expect(within(summary).getByText("100,000.00")).toBeInTheDocument();
    expect(within(summary).getByText("23.81% ของงบประมาณ 420,000.00 บาท")).toBeInTheDocument();
    expect(screen.getByText("ข้อมูล ณ วันที่ 2 ธ.ค. 2569")).toBeInTheDocument();
  });

  it("shows progress by strategy as bars with their counts written out", async () => {
    await openFollowUp(fakeServices());
    const bars = await screen.findByRole("list", { name: "ความก้าวหน้าตามยุทธศาสตร์" });
    const items = within(bars).getAllByRole("listitem");
    expect(items.map((item) => item.textContent)).toEqual([
      "1. ยุทธศาสตร์ที่หนึ่ง (2 โครงการ)แล้วเสร็จ 1 · ระหว่าง 0 · ยังไม่เริ่ม 1 · ยกเลิก 0",
      "2. ยุทธศาสตร์ที่สอง (1 โครงการ)แล้วเสร็จ 0 · ระหว่าง 1 · ยังไม่เริ่ม 0 · ยกเลิก 0",
    ]);
  });

  it("charts disbursement against the plan by month, with the figures as a table", async () => {
    await openFollowUp(fakeServices());
    expect(await screen.findByRole("img", { name: "การเบิกจ่ายเทียบแผน รายเดือน (สะสม)" })).toBeInTheDocument();
    // ฝายกั้นน้ำ is due in ต.ค., ถนน in พ.ย. (paid on completion), อบรม in ม.ค.; อบรม's 5,000 paid so far
    // counts at the report's month (ธ.ค.).
    expect(screen.getByRole("row", { name: "ต.ค. 2569 300,000.00 0.00" })).toBeInTheDocument();
    expect(screen.getByRole("row", { name: "พ.ย. 2569 400,000.00 95,000.00" })).toBeInTheDocument();
    expect(screen.getByRole("row", { name: "ธ.ค. 2569 400,000.00 100,000.00" })).toBeInTheDocument();
    expect(screen.getByRole("row", { name: "ม.ค. 2570 420,000.00" })).toBeInTheDocument();
    expect(
      screen.getByText("ถึงธ.ค. 2569: เบิกจ่ายแล้ว 100,000.00 บาท แผนกำหนด 400,000.00 บาท"),
    ).toBeInTheDocument();
  });

  it("lists the projects behind schedule; a click selects the row's status cell", async () => {
    const services = fakeServices();
    const user = await openFollowUp(services);
    const list = await screen.findByRole("list", { name: "โครงการที่ยังไม่เริ่มตามกำหนด" });
    const item = within(list).getByRole("button", { name: /ฝายกั้นน้ำ/ });
    expect(item).toHaveTextContent("AD3 · ตามแผนเริ่ม ต.ค. 2569 · ผ่านมาแล้ว 1 เดือน");
    await user.click(item);
    expect(services.selectCell).toHaveBeenCalledWith({ sheet: "โครงการ", cell: "AD3" });
  });

  it("writes a report from its button, for the edition chosen above, and lists the sheets", async () => {
    const services = fakeServices();
    const user = await openFollowUp(services);
    await user.selectOptions(screen.getByRole("combobox", { name: "ฉบับ" }), "หลัก");
    await user.click(await screen.findByRole("button", { name: "รายงานประจำปีและประกาศผล (ธันวาคม)" }));
    expect(services.buildFollowUpSheets).toHaveBeenLastCalledWith({
      sets: ["december"],
      edition: "หลัก",
      thaiDigits: false,
      signatureMark: false,
      font: "TH SarabunPSK",
    });
    // Thai digits and a typed copy's notice, when chosen.
    await user.click(screen.getByRole("switch", { name: "ใช้เลขไทย" }));
    await user.click(screen.getByRole("checkbox", { name: /มีคำว่า \(ลงชื่อ\)/u }));
    await user.click(screen.getByRole("button", { name: "รายงานประจำปีและประกาศผล (ธันวาคม)" }));
    expect(services.buildFollowUpSheets).toHaveBeenLastCalledWith(
      expect.objectContaining({ sets: ["december"], thaiDigits: true, signatureMark: true }),
    );
    expect(await screen.findByText("สร้างรายงานแล้ว ชีตที่เขียน:")).toBeInTheDocument();
    expect(screen.getByText("รายงานผล 6 เดือน")).toBeInTheDocument();
  });

  it("says why a report cannot be made and lists the errors, clickable", async () => {
    const services = fakeServices({
      buildFollowUpSheets: jest.fn(async () => ({
        sheets: [],
        removedSheets: [],
        blockingIssues: [issue("error", "โครงการ", "F5")],
        manualSteps: [],
      })),
    });
    const user = await openFollowUp(services);
    await user.click(await screen.findByRole("button", { name: "รายงาน 6 เดือน (ณ 31 มี.ค.)" }));
    expect(await screen.findByText(/ยังสร้างรายงานไม่ได้/)).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: /^F5\b/ }));
    expect(services.selectCell).toHaveBeenCalledWith({ sheet: "โครงการ", cell: "F5" });
  });

  it("tells how to start when no follow-up is recorded", async () => {
    await openFollowUp(
      fakeServices({ followUp: jest.fn(async () => ({ ...FOLLOW_UP_VIEW, recorded: false })) }),
    );
    expect(await screen.findByText(/ยังไม่มีข้อมูลติดตามผล/)).toBeInTheDocument();
  });

  it("speaks English when the pane is English", async () => {
    await openFollowUp(fakeServices(), "en");
    expect(await screen.findByRole("list", { name: "Progress by strategy" })).toBeInTheDocument();
    expect(screen.getByText("As of 2 Dec 2026")).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "12-month report (as of 30 Sep)" })).toBeInTheDocument();
  });
});

describe("the follow-up rounds in the timeline (step 5)", () => {
  it("shows the December report with its due date and posting steps", async () => {
    const user = userEvent.setup();
    renderApp(fakeServices());
    await screen.findByText("องค์การบริหารส่วนตำบลหนองบัว");
    await user.click(screen.getByRole("button", { name: /ประกาศและกำหนดเวลา/ }));
    const section = await screen.findByRole("region", { name: /ข้อ 29 \(5\)/ });
    expect(within(section).getByText("รอบ 12 เดือน (ประจำปี)")).toBeInTheDocument();
    const presented = within(section).getAllByText("ผู้บริหารเสนอผลต่อสภาฯ และคณะกรรมการพัฒนาฯ")[0]!;
    expect(presented.closest("li")).toHaveTextContent(/กำหนด 31 ธ\.ค\. 2570/);
    expect(within(section).getAllByText("สิ้นสุดการปิดประกาศผล")).toHaveLength(2);
  });
});
