import "../setup/browserAdapterGlobals";
import { screen } from "@testing-library/react";
import { samplePlanBytes } from "../fixtures/planWorkbook";
import type { PlanBookUseCase } from "../../src/offline/session/PlanBookUseCase";
import { FileSession } from "../../src/offline/session/FileSession";
import { PAGE_STRINGS, PAGE_TEXT } from "../../src/offline/ui/pageText";
import { renderOfflinePage } from "./renderOfflinePage";

const th = PAGE_STRINGS.th;
const text = PAGE_TEXT.th;

describe("the offline page's plan book", () => {
  jest.setTimeout(60_000);

  it("is made with the print choices of step 4, as the tables are", async () => {
    const requests: Parameters<PlanBookUseCase>[2][] = [];
    const book: PlanBookUseCase = async (_port, _analysis, request) => {
      requests.push(request);
      return { sheets: ["ปก"], blockingIssues: [] };
    };
    const { user } = renderOfflinePage(new FileSession({ book }));
    await user.upload(
      screen.getByTestId("open-file"),
      new File([(await samplePlanBytes()) as BlobPart], "plan.xlsx"),
    );
    await screen.findByText(/^เปิดไฟล์ plan\.xlsx/u);
    await user.click(screen.getByRole("button", { name: new RegExp(th.steps.build, "u") }));
    await user.click(screen.getByRole("switch", { name: th.build.thaiDigits }));
    await user.selectOptions(screen.getByRole("combobox", { name: th.build.scheduleField }), "fill");
    await user.click(screen.getByRole("checkbox", { name: th.build.signatureMark }));
    await user.click(screen.getByRole("button", { name: text.book.run(th.header.mainEdition) }));
    await screen.findByText(text.book.done, undefined, { timeout: 20_000 });
    expect(requests).toEqual([
      expect.objectContaining({ edition: "หลัก", thaiDigits: true, schedule: "fill", signatureMark: true }),
    ]);
  });
});
