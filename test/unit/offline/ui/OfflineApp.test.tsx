import "../../../setup/browserAdapterGlobals";
import { act, fireEvent, screen, within } from "@testing-library/react";
import type userEvent from "@testing-library/user-event";
import JSZip from "jszip";
import { editWithExceljs, samplePlanBytes } from "../../../fixtures/planWorkbook";
import { XlsxWorkbook } from "../../../../src/adapters/xlsx/XlsxWorkbook";
import { formatIssue } from "../../../../src/messages/formatIssue";
import sample from "../../../../src/sample/sample-plan-2570.json";
import { FileSession } from "../../../../src/offline/session/FileSession";
import { PAGE_STRINGS, PAGE_TEXT } from "../../../../src/offline/ui/pageText";
import { renderOfflinePage } from "../../../offline/renderOfflinePage";

// The page's own components over the real file adapter (FileSession in this thread instead of the
// worker): a file is chosen or dropped, read, checked, built, and each download read back.

const th = PAGE_STRINGS.th;
const text = PAGE_TEXT.th;

/** The page over the real file adapter in this thread. */
const renderPage = (language: "th" | "en" = "th") => renderOfflinePage(new FileSession(), language);

function fileOf(bytes: Uint8Array, name: string): File {
  return new File([bytes as BlobPart], name, {
    type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  });
}

async function choose(user: ReturnType<typeof userEvent.setup>, file: File) {
  await user.upload(screen.getByTestId("open-file"), file);
  await screen.findByText(new RegExp(`^(เปิดไฟล์|Opened) ${file.name.replace(".", "\\.")}`, "u"));
}

/** ผด.01's grand total in a downloaded workbook, read back by the file adapter. */
async function pd01Total(bytes: Uint8Array): Promise<unknown> {
  const cells = await (await XlsxWorkbook.fromBuffer(bytes)).readSheetCells("ผด.01");
  const row = cells.values.find((r) => String(r[0] ?? "").trim() === "รวมทั้งสิ้น");
  return row?.[3];
}

describe("the offline page over the file adapter", () => {
  // Each test reads and writes whole workbooks in jsdom: seconds on a busy 2-core machine.
  jest.setTimeout(30_000);

  it("opens a plan, checks it, shows its totals and downloads the workbook with the official tables", async () => {
    const { saved, user } = renderPage();
    await choose(user, fileOf(await samplePlanBytes(), "แผน 2570.xlsx"));
    expect(await screen.findByText(sample.organisation.name)).toBeInTheDocument();

    await user.click(screen.getByRole("button", { name: th.validate.run }));
    expect(await screen.findByText(th.validate.noIssues)).toBeInTheDocument();

    await user.selectOptions(screen.getByRole("combobox", { name: th.header.edition }), "หลัก");
    await user.click(screen.getByRole("button", { name: new RegExp(th.steps.totals, "u") }));
    const total = await screen.findByRole("row", { name: new RegExp(th.totals.total, "u") });
    expect(total).toHaveTextContent("3,442,525.00");

    await user.click(screen.getByRole("button", { name: new RegExp(th.steps.build, "u") }));
    await user.click(screen.getByTestId("build"));
    expect(await screen.findByText(th.build.done)).toBeInTheDocument();
    expect(saved.map((f) => f.name)).toEqual(["แผน 2570 - แบบ ผด. พร้อมพิมพ์.xlsx"]);
    expect(screen.getByText(text.downloaded("แผน 2570 - แบบ ผด. พร้อมพิมพ์.xlsx"))).toBeInTheDocument();
    expect(await pd01Total(saved[0]!.bytes)).toBe(sample.expected.main.budget);
    // The plan book's button is there, and says it is not in this version yet.
    expect(screen.getByRole("button", { name: text.book.run(th.header.mainEdition) })).toBeDisabled();
    expect(screen.getByText(text.book.unavailable)).toBeInTheDocument();
  });

  it("lists the problems by sheet with their cells, and downloads a copy with each cell marked", async () => {
    const bytes = await editWithExceljs(await samplePlanBytes(), (edit) => {
      edit.setCell("โครงการ", "F3", "สามหมื่น");
      edit.setCell("ครุภัณฑ์", "C2", "ครุภัณฑ์วิเศษ");
    });
    const { saved, user } = renderPage();
    await choose(user, fileOf(bytes, "plan.xlsx"));
    await user.click(screen.getByRole("button", { name: th.validate.run }));
    const errors = await screen.findByRole("region", { name: /^ข้อผิดพลาด \(\d+\)$/u });
    expect(within(errors).getByRole("heading", { name: /^โครงการ \(/u })).toBeInTheDocument();
    expect(within(errors).getByRole("heading", { name: /^ครุภัณฑ์ \(/u })).toBeInTheDocument();
    // A file has no cell to go to: the cells are shown, not buttons.
    expect(within(errors).getByText("F3")).toBeInTheDocument();
    expect(within(errors).queryByRole("button", { name: /F3/u })).toBeNull();
    expect(screen.queryByRole("button", { name: th.validate.clearHighlight })).toBeNull();

    await user.click(screen.getByRole("button", { name: th.validate.highlight }));
    expect(await screen.findByText(th.validate.highlighted)).toBeInTheDocument();
    expect(saved.map((f) => f.name)).toEqual(["plan - ตรวจสอบแล้ว.xlsx"]);
    const zip = await JSZip.loadAsync(saved[0]!.bytes);
    const notes = await Promise.all(
      Object.keys(zip.files)
        .filter((name) => /^xl\/comments\d+\.xml$/u.test(name))
        .map((name) => zip.file(name)!.async("string")),
    );
    expect(notes.join("")).toContain('ref="F3"');
    expect(notes.join("")).toContain('ref="C2"');
    expect(notes.join("")).toContain(
      formatIssue({ code: "unreadable-budget", severity: "error", params: { value: "สามหมื่น" } }, "th"),
    );
  });

  it("says plainly why a file cannot be read, naming it", async () => {
    const { user } = renderPage("en");
    const shown = (message: string) => screen.findByText((content) => content.includes(message));
    await user.upload(screen.getByTestId("open-file"), new File([], "empty.xlsx"));
    expect(await screen.findByText(PAGE_TEXT.en.open.failed)).toBeInTheDocument();
    expect(await shown(PAGE_TEXT.en.unreadable.empty("empty.xlsx"))).toBeInTheDocument();
    await user.upload(screen.getByTestId("open-file"), new File(["ที่,โครงการ"], "plan.csv.xlsx"));
    expect(await shown(PAGE_TEXT.en.unreadable["not-workbook"]("plan.csv.xlsx"))).toBeInTheDocument();
  });

  it("opens a file dropped anywhere on the page", async () => {
    renderPage();
    const file = fileOf(await samplePlanBytes(), "dropped.xlsx");
    await act(async () => {
      fireEvent.drop(window, { dataTransfer: { files: [file] } });
    });
    expect(await screen.findByText(/^เปิดไฟล์ dropped\.xlsx/u)).toBeInTheDocument();
    expect(await screen.findByText(sample.organisation.name)).toBeInTheDocument();
  });

  it("downloads a blank template with no file open, and a copy of a workbook with the template added", async () => {
    const { saved, user } = renderPage();
    expect(screen.getByText(text.open.needFile)).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: text.template.blank }));
    await screen.findByText(text.downloaded("แม่แบบแผนการดำเนินงาน.xlsx"));
    const blank = await XlsxWorkbook.fromBuffer(saved[0]!.bytes);
    expect((await blank.readTables(["Projects"])).length).toBe(1);

    const ExcelJS = (await import("exceljs")).default;
    const raw = new ExcelJS.Workbook();
    raw.addWorksheet("งานของฉัน").getCell("A1").value = "ข้อมูลเดิม";
    await choose(user, fileOf(new Uint8Array(await raw.xlsx.writeBuffer()), "mine.xlsx"));
    await user.click(await screen.findByRole("button", { name: th.template.insert }));
    expect(await screen.findByText(th.template.created)).toBeInTheDocument();
    expect(saved[1]?.name).toBe("mine - เพิ่มแม่แบบ.xlsx");
    const copy = await XlsxWorkbook.fromBuffer(saved[1]!.bytes);
    expect((await copy.listSheets()).map((s) => s.name)).toEqual(
      expect.arrayContaining(["งานของฉัน", "โครงการ"]),
    );
    expect(screen.getByText(text.downloaded("mine - เพิ่มแม่แบบ.xlsx"))).toBeInTheDocument();

    // A file that cannot be read next: the note about the previous file's copy goes with that file.
    await user.upload(screen.getByTestId("open-file"), new File([], "empty.xlsx"));
    expect(await screen.findByText(text.open.failed)).toBeInTheDocument();
    expect(screen.queryByText(text.downloaded("mine - เพิ่มแม่แบบ.xlsx"))).not.toBeInTheDocument();
  });
});
