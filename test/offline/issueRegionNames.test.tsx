import "../setup/browserAdapterGlobals";
import { screen } from "@testing-library/react";
import { editWithExceljs, samplePlanBytes } from "../fixtures/planWorkbook";
import { FileSession } from "../../src/offline/session/FileSession";
import { PLAN_BOOK } from "../../src/offline/worker/planBook";
import { PAGE_STRINGS, PAGE_TEXT } from "../../src/offline/ui/pageText";
import { expectUniqueRegionNames } from "../taskpane/expectUniqueRegionNames";
import { renderOfflinePage } from "./renderOfflinePage";

const th = PAGE_STRINGS.th;
const text = PAGE_TEXT.th;

// The axe finding of the offline run: a plan with an error is checked, then the build and the plan
// book are refused; the three lists of the same error must not share a region name.
describe("the offline page's issue lists", () => {
  jest.setTimeout(60_000);

  it("name their regions apart when the check, the build and the plan book list the same errors", async () => {
    const bytes = await editWithExceljs(await samplePlanBytes(), (edit) =>
      edit.setCell("โครงการ", "F3", "สามหมื่น"),
    );
    const { user } = renderOfflinePage(new FileSession({ book: PLAN_BOOK }));
    await user.upload(screen.getByTestId("open-file"), new File([bytes as BlobPart], "plan.xlsx"));
    await screen.findByText(/^เปิดไฟล์ plan\.xlsx/u);
    await user.click(screen.getByRole("button", { name: th.validate.run }));
    await screen.findByRole("region", { name: /^ข้อผิดพลาด \(\d+\)$/u });

    await user.click(screen.getByRole("button", { name: new RegExp(th.steps.build, "u") }));
    await user.click(screen.getByTestId("build"));
    await screen.findByText(th.build.blocked, undefined, { timeout: 20_000 });
    await user.click(screen.getByRole("button", { name: text.book.run(th.header.mainEdition) }));
    await screen.findByText(text.book.blocked, undefined, { timeout: 20_000 });

    const lists = expectUniqueRegionNames().filter((name) => name.startsWith(th.validate.errors));
    expect(lists).toHaveLength(3);
  });
});
