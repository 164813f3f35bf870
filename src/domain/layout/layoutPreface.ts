import type { PlanTexts } from "../book/planTextsFrom";
import type { Plan } from "../model/plan";
import { properNames } from "./_lib/properNames";
import { ProseSheet } from "./_lib/ProseSheet";
import { CONSOLIDATED_EDITION, type ResolvedLayoutOptions } from "./LayoutOptions";
import { sheetNameFor } from "./sheetNameFor";
import type { SheetSpec } from "./SheetSpec";

/** Where the preparing unit signs the คำนำ: the right part of the page, as in a letter. */
const SIGNED_FROM = 1;

/** The คำนำ: its text (the user's or the standard), signed by the preparing unit and the อปท. */
export function layoutPreface(plan: Plan, texts: PlanTexts, options: ResolvedLayoutOptions): SheetSpec {
  const sheet = new ProseSheet(options.thaiDigits, properNames(plan));
  sheet.title("คำนำ");
  sheet.blank();
  sheet.paragraphs(texts.คำนำ);
  sheet.blank();
  for (const unit of texts.หน่วยงานที่จัดทำ.split("\n")) sheet.line(unit, "proseCenter", SIGNED_FROM);
  sheet.line(plan.settings.organisationName, "proseCenter", SIGNED_FROM);
  return sheet.finish({
    name: sheetNameFor("preface", options.edition),
    owner: { kind: "preface", edition: options.edition ?? CONSOLIDATED_EDITION },
    font: options.font,
    pageNumbers: false,
  });
}
