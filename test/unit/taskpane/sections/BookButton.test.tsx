import { screen } from "@testing-library/react";
import type { BookOptions } from "../../../../src/app/buildBook";
import { buildBook } from "../../../../src/app/buildBook";
import { sampleTables } from "../../../../src/sample/samplePlan";
import { FakeWorkbook } from "../../../builders/FakeWorkbook";
import { fakeServices } from "../../../taskpane/fakeServices";
import { openBuildStep } from "../../../taskpane/openBuildStep";

const openBuild = openBuildStep;

describe("step 4: ทั้งเล่ม", () => {
  it("builds the whole book of the chosen edition with the chosen options and lists its sheets in book order", async () => {
    const workbook = new FakeWorkbook(sampleTables());
    const calls: BookOptions[] = [];
    const services = fakeServices({
      buildBook: jest.fn((options: BookOptions) => {
        calls.push(options);
        return buildBook(workbook, options, () => "2026-11-27T03:00:00Z");
      }),
    });
    const user = await openBuild(services);
    await user.click(screen.getByRole("switch", { name: "ใช้เลขไทย" }));
    await user.click(screen.getByRole("button", { name: "ทั้งเล่ม" }));
    expect(await screen.findByText("จัดทำแผนทั้งเล่มแล้ว ชีตตามลำดับเล่ม:")).toBeInTheDocument();
    expect(calls).toEqual([expect.objectContaining({ edition: "หลัก", thaiDigits: true })]);
    const items = screen.getAllByRole("listitem").map((li) => li.textContent);
    expect(items).toEqual(["ปก", "ประกาศ", "คำนำ", "สารบัญ", "บทนำ", "ส่วนที่ 2", "ผด.01", "ผด.02", "ผด.02-1"]);
  });

  it("is not offered where the services have no book", async () => {
    await openBuild(fakeServices({}));
    expect(screen.queryByRole("button", { name: "ทั้งเล่ม" })).toBeNull();
  });
});
