import { planTextsFrom } from "../domain/book/planTextsFrom";
import { layoutBook } from "../domain/layout/layoutBook";
import type { PlanPictures } from "../domain/layout/layoutOfficialTables";
import { pictureOf, type Picture } from "../domain/layout/Picture";
import { sheetNameFor } from "../domain/layout/sheetNameFor";
import type { SheetSpec } from "../domain/layout/SheetSpec";
import { MAIN_EDITION } from "../domain/model/editionCode";
import { PLAN_TEXTS_TABLE, SETTINGS_TABLE } from "../domain/template/templateSpec";
import type { Issue } from "../domain/validate/Issue";
import { layoutOptionsOf, type PrintChoices } from "./PrintChoices";
import { analyseTables } from "./analyseWorkbook";
import { readPlanTables } from "./readPlanTables";
import { DEGRADED } from "./degradedFeatures";
import type { ManualStep, WorkbookPort } from "./WorkbookPort";

export interface BookOptions extends PrintChoices {
  /** The edition whose book is made (default หลัก). */
  readonly edition?: string;
  /**
   * Pictures given as files (the CLI's --emblem and --logo); without them, the pictures on the
   * settings sheet are used, top to bottom: the emblem (ตราครุฑ) first, then the อปท.'s logo.
   */
  readonly emblem?: Uint8Array;
  readonly logo?: Uint8Array;
}

export interface BookReport {
  /** The book's sheets, in book order; empty when the plan's errors stopped it. */
  readonly sheets: readonly string[];
  /** The book page each part starts on, as the สารบัญ lists it (title and page). */
  readonly contents: readonly { readonly title: string; readonly page: number | null }[];
  readonly blockingIssues: readonly Issue[];
  readonly manualSteps: readonly ManualStep[];
  /** Pictures that could not be placed: the host cannot write them, or a file is no PNG or JPEG. */
  readonly pictureNotes: readonly ("emblem-unreadable" | "logo-unreadable" | "images-unsupported")[];
}

/** The settings sheet's pictures, top to bottom, where the host can read them. */
async function settingsPictures(port: WorkbookPort): Promise<readonly Uint8Array[]> {
  if (!port.readSheetPictures) return [];
  const pictures = await port.readSheetPictures(SETTINGS_TABLE.sheet);
  return pictures.map((p) => p.data);
}

/**
 * Lays out and writes the plan book of one edition (layoutBook): ปก, ประกาศ, คำนำ, สารบัญ, บทนำ,
 * ส่วนที่ 2, the three tables and, on request, ภาคผนวก, with page numbers through the book, then
 * puts the sheets together in that order (arrangeSheets; where the workbook refuses, a manual step
 * says the order). The prose comes from the PlanTexts table (blank: the standard text). Refuses when
 * the plan has errors, writing nothing. A host that cannot place pictures gets the sheets without
 * them, and says so.
 * @throws SheetNameTakenError when a target name is a user's sheet (nothing is written)
 */
export async function buildBook(
  port: WorkbookPort,
  options: BookOptions,
  clock: () => string,
): Promise<BookReport> {
  const { tables, notes } = await readPlanTables(port);
  const { plan, issues, inputFingerprint } = analyseTables(tables, null, notes);
  const blockingIssues = issues.filter((i) => i.severity === "error");
  if (blockingIssues.length > 0)
    return { sheets: [], contents: [], blockingIssues, manualSteps: [], pictureNotes: [] };
  const texts = planTextsFrom(
    tables.find((t) => t.name.toLowerCase() === PLAN_TEXTS_TABLE.table.toLowerCase()),
    plan,
  );
  const pictureNotes: BookReport["pictureNotes"][number][] = [];
  const onSheet = options.emblem && options.logo ? [] : await settingsPictures(port);
  const picture = (
    file: Uint8Array | undefined,
    fallback: Uint8Array | undefined,
    which: "emblem" | "logo",
  ) => {
    const data = file ?? fallback;
    if (!data) return undefined;
    const read = pictureOf(data);
    if (!read) pictureNotes.push(`${which}-unreadable`);
    return read ?? undefined;
  };
  const emblem: Picture | undefined = picture(options.emblem, onSheet[0], "emblem");
  const logo: Picture | undefined = picture(options.logo, onSheet[1], "logo");
  const pictures: PlanPictures = { ...(emblem ? { emblem } : {}), ...(logo ? { logo } : {}) };
  const book = layoutBook(plan, texts, layoutOptionsOf(options.edition ?? MAIN_EDITION, options), pictures);
  const withImages = book.sheets.some((s) => (s.images ?? []).length > 0);
  let specs: readonly SheetSpec[] = book.sheets;
  if (withImages && !port.writesImages) {
    // The sheets still print; the user pastes the picture by hand where its room is left.
    pictureNotes.push("images-unsupported");
    specs = book.sheets.map(({ images: _images, ...spec }) => spec);
  }
  const written = await port.writeSheets(specs, clock(), inputFingerprint);
  const manualSteps = [...written.manualSteps];
  const edition = options.edition ?? MAIN_EDITION;
  // A ภาคผนวก of an earlier book made with one would print after this book, not in its สารบัญ.
  if (options.appendix !== true) await port.removeOwnedSheets([sheetNameFor("appendix", edition)]);
  // Sheets replaced in place (the tables of an earlier build) stand where they stood; printed all at
  // once, the book would then begin with ผด.01. Together and in book order, it prints as a book.
  const order = specs.map((s) => s.name);
  try {
    await port.arrangeSheets(order);
  } catch {
    // The book is written; only the tabs' order is left to the user (a protected workbook structure).
    manualSteps.push({
      code: DEGRADED.sheetOrder,
      sheet: order[0] ?? "",
      params: { order: order.join(", ") },
    });
  }
  return {
    sheets: specs.map((s) => s.name),
    contents: book.contents.map(({ title, page }) => ({ title: title.join(""), page })),
    blockingIssues: [],
    manualSteps,
    pictureNotes,
  };
}
