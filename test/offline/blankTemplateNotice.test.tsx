import "../setup/browserAdapterGlobals";
import { screen } from "@testing-library/react";
import { samplePlanBytes } from "../fixtures/planWorkbook";
import { FileSession } from "../../src/offline/session/FileSession";
import { blankTemplateName } from "../../src/offline/ui/downloadName";
import { PAGE_TEXT } from "../../src/offline/ui/pageText";
import { renderOfflinePage } from "./renderOfflinePage";

// Download notes speak of the file open when they were made: opening another file (or failing to)
// clears them, the blank template's note as much as the copies'.
describe("the offline page's blank-template note", () => {
  jest.setTimeout(30_000);

  const text = PAGE_TEXT.th;
  const note = text.downloaded(blankTemplateName(text));

  it("goes when a file is opened afterwards", async () => {
    const { user } = renderOfflinePage(new FileSession());
    await user.click(screen.getByRole("button", { name: text.template.blank }));
    expect(await screen.findByText(note)).toBeInTheDocument();

    await user.upload(
      screen.getByTestId("open-file"),
      new File([(await samplePlanBytes()) as BlobPart], "plan.xlsx"),
    );
    await screen.findByText(/^เปิดไฟล์ plan\.xlsx/u);
    expect(screen.queryByText(note)).not.toBeInTheDocument();
    // The button still works: a second download says so again.
    await user.click(screen.getByRole("button", { name: text.template.blank }));
    expect(await screen.findByText(note)).toBeInTheDocument();
  });

  it("goes when the next file cannot be read, like the other download notes", async () => {
    const { user } = renderOfflinePage(new FileSession());
    await user.click(screen.getByRole("button", { name: text.template.blank }));
    expect(await screen.findByText(note)).toBeInTheDocument();

    await user.upload(screen.getByTestId("open-file"), new File([], "empty.xlsx"));
    expect(await screen.findByText(text.open.failed)).toBeInTheDocument();
    expect(screen.queryByText(note)).not.toBeInTheDocument();
  });
});
