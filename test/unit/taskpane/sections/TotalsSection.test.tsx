import { act, screen, within } from "@testing-library/react";
import type { PlanSummary } from "../../../../src/domain/rollup/PlanSummary";
import type { Language } from "../../../../src/messages/Language";
import userEvent from "@testing-library/user-event";
import { deferred, fakeServices, SUMMARY } from "../../../taskpane/fakeServices";
import { renderApp } from "../../../taskpane/renderApp";

async function openTotals(services: ReturnType<typeof fakeServices>, language: Language = "th") {
  const user = userEvent.setup();
  renderApp(services, language);
  await screen.findByText("องค์การบริหารส่วนตำบลหนองบัว");
  await user.click(screen.getByRole("button", { name: language === "th" ? /ยอดรวม/ : /Totals/ }));
  return user;
}

describe("TotalsSection", () => {
  it("shows totals by strategy and work plan with thousands separators and percentages", async () => {
    await openTotals(fakeServices());
    const row = await screen.findByRole("row", { name: /แผนงานอุตสาหกรรมและการโยธา/ });
    expect(within(row).getByText("1,334,567.50")).toBeInTheDocument();
    expect(within(row).getByText("95.33")).toBeInTheDocument();
    const total = screen.getByRole("row", { name: /รวมทั้งสิ้น/ });
    expect(within(total).getByText("1,400,000.00")).toBeInTheDocument();
    expect(within(total).getByText("100.00")).toBeInTheDocument();
  });

  it("shows funding sources by their labels and projects per month", async () => {
    await openTotals(fakeServices());
    const funding = await screen.findByRole("list", { name: "ตามแหล่งงบประมาณ" });
    expect(within(funding).getByText("ข้อบัญญัติงบประมาณรายจ่ายประจำปี")).toBeInTheDocument();
    expect(within(funding).getByText("1 โครงการ · 65,432.50")).toBeInTheDocument();
    expect(screen.getByRole("img", { name: "จำนวนโครงการแต่ละเดือน" })).toBeInTheDocument();
    expect(screen.getByRole("row", { name: "ต.ค. 2" })).toBeInTheDocument();
  });

  it("recalculates for the edition chosen in the header", async () => {
    const services = fakeServices();
    const user = await openTotals(services);
    await screen.findByRole("row", { name: /รวมทั้งสิ้น/ });
    await user.selectOptions(screen.getByRole("combobox", { name: "ฉบับ" }), "เพิ่มเติม 1/2570");
    await screen.findByRole("row", { name: /รวมทั้งสิ้น/ });
    expect(services.summarize).toHaveBeenLastCalledWith("เพิ่มเติม 1/2570");
  });

  it("catches up with an edition chosen while a calculation was running", async () => {
    const first = deferred<PlanSummary>();
    const services = fakeServices();
    services.summarize.mockImplementationOnce(() => first.promise);
    const user = await openTotals(services);
    await user.selectOptions(screen.getByRole("combobox", { name: "ฉบับ" }), "เพิ่มเติม 1/2570");
    expect(services.summarize).toHaveBeenCalledTimes(1);
    await act(async () => first.resolve(SUMMARY));
    await screen.findByRole("row", { name: /รวมทั้งสิ้น/ });
    expect(services.summarize).toHaveBeenLastCalledWith("เพิ่มเติม 1/2570");
  });

  it("names funding sources in English when the pane is English", async () => {
    await openTotals(fakeServices(), "en");
    expect(await screen.findByText("Annual budget ordinance")).toBeInTheDocument();
  });
});
