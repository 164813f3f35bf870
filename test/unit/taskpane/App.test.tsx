import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { TemplateStructureError } from "../../../src/domain/parse/TemplateStructureError";
import { fakeServices } from "../../taskpane/fakeServices";
import { renderApp } from "../../taskpane/renderApp";

describe("App", () => {
  it("shows the plan header from the workbook overview", async () => {
    renderApp(fakeServices());
    expect(await screen.findByText("องค์การบริหารส่วนตำบลหนองบัว")).toBeInTheDocument();
    expect(screen.getByText(/ปีงบประมาณ 2570/)).toBeInTheDocument();
    expect(screen.getByRole("option", { name: "เพิ่มเติม 1/2570" })).toBeInTheDocument();
  });

  it("is Thai by default and switches to English", async () => {
    const user = userEvent.setup();
    renderApp(fakeServices());
    await screen.findByText("องค์การบริหารส่วนตำบลหนองบัว");
    expect(screen.getByRole("heading", { level: 1, name: "แผนการดำเนินงาน" })).toBeInTheDocument();
    await user.selectOptions(screen.getByRole("combobox", { name: "ภาษา / Language" }), "en");
    expect(screen.getByRole("heading", { level: 1, name: "Operational plan" })).toBeInTheDocument();
    expect(screen.getByRole("button", { name: /Check the data/ })).toBeInTheDocument();
  });

  it("starts in English when Office is not Thai", async () => {
    renderApp(fakeServices(), "en");
    expect(await screen.findByRole("heading", { level: 1, name: "Operational plan" })).toBeInTheDocument();
  });

  it("says why the workbook could not be read and what to do next", async () => {
    renderApp(
      fakeServices({ overview: jest.fn(async () => Promise.reject(new Error("The workbook is busy"))) }),
    );
    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent("The workbook is busy");
    expect(alert).toHaveTextContent("ลองอีกครั้ง");
  });

  it("names a missing template table and points to step 1, in English too", async () => {
    const missing = new TemplateStructureError("missing-table", { table: "Projects", sheet: "โครงการ" });
    renderApp(fakeServices({ validate: jest.fn(async () => Promise.reject(missing)) }), "en");
    const user = userEvent.setup();
    await user.click(await screen.findByRole("button", { name: "Check" }));
    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent('Table "Projects" (sheet "โครงการ") was not found');
    expect(alert).toHaveTextContent("Press Insert the template in step 1");
    await user.click(screen.getByRole("button", { name: "Dismiss" }));
    expect(screen.queryByRole("alert")).not.toBeInTheDocument();
  });

  it("loads the totals step only when it is opened", async () => {
    const user = userEvent.setup();
    const services = fakeServices();
    renderApp(services);
    await screen.findByText("องค์การบริหารส่วนตำบลหนองบัว");
    expect(services.summarize).not.toHaveBeenCalled();
    await user.click(screen.getByRole("button", { name: /ยอดรวม/ }));
    expect(await screen.findByText("1,400,000.00", { selector: "div" })).toBeInTheDocument();
    expect(services.summarize).toHaveBeenCalledWith(null);
  });
});
