import { screen } from "@testing-library/react";
import type { BookOptions } from "../../src/app/buildBook";
import { buildBook } from "../../src/app/buildBook";
import { DEGRADED } from "../../src/app/degradedFeatures";
import type { ManualStep } from "../../src/app/WorkbookPort";
import { sampleTables } from "../../src/sample/samplePlan";
import { FakeWorkbook } from "../builders/FakeWorkbook";
import { fakeServices } from "./fakeServices";
import { openBuildStep } from "./openBuildStep";

const pageSetup: ManualStep = {
  code: DEGRADED.printSetup,
  sheet: "ผด.01",
  params: {
    paper: "A4",
    orientation: "landscape",
    fitToPagesWide: 1,
    marginTopInches: 0.5,
    marginBottomInches: 0.5,
    marginLeftInches: 0.4,
    marginRightInches: 0.4,
    footerCenter: "หน้า &P",
    firstPageNumber: 6,
  },
};

describe("step 4: ทั้งเล่ม on Excel 2016/2019", () => {
  it("lists what to set by hand for the book, first page numbers included, and where the tabs go if they could not be moved", async () => {
    const workbook = new FakeWorkbook(sampleTables(), [pageSetup]);
    workbook.arrangeSheets = () => Promise.reject(new Error("The workbook structure is protected"));
    const services = fakeServices({
      buildBook: jest.fn((options: BookOptions) =>
        buildBook(workbook, options, () => "2026-12-02T03:00:00Z"),
      ),
    });
    const user = await openBuildStep(services);
    await user.click(screen.getByRole("button", { name: "ทั้งเล่ม" }));
    expect(await screen.findByText("จัดทำแผนทั้งเล่มแล้ว ชีตตามลำดับเล่ม:")).toBeInTheDocument();
    expect(screen.getByText(/หมายเลขหน้าแรก 6/u)).toBeInTheDocument();
    expect(screen.getByText(/ย้ายแท็บแผ่นงานให้เรียงตามลำดับเล่ม: ปก, ประกาศ, คำนำ/u)).toBeInTheDocument();
  });
});
