import type { PlanTexts } from "../book/planTextsFrom";
import { FLOW_CHART_TOPIC, INTRODUCTION_TOPICS, procedureSteps } from "../book/standardPlanTexts";
import type { Plan } from "../model/plan";
import { properNames } from "./_lib/properNames";
import { ProseSheet } from "./_lib/ProseSheet";
import { CONSOLIDATED_EDITION, type ResolvedLayoutOptions } from "./LayoutOptions";
import { sheetNameFor } from "./sheetNameFor";
import type { SheetSpec } from "./SheetSpec";

export interface IntroductionSheet {
  readonly spec: SheetSpec;
  /** Each section's heading and its 0-based row, for the สารบัญ. */
  readonly sections: readonly { readonly heading: string; readonly row: number }[];
}

/** The heading of ส่วนที่ 1 and of its sections, numbered as plan books number them. */
export const INTRODUCTION_TITLE = "ส่วนที่ 1 บทนำ";

/**
 * ส่วนที่ 1 บทนำ: its sections in order, each with the user's text or the standard one, and the
 * procedure of ข้อ 26 drawn as a flow chart of boxes and arrows made of cell borders (no shapes:
 * Excel and LibreOffice print borders the same).
 */
export function layoutIntroduction(
  plan: Plan,
  texts: PlanTexts,
  options: ResolvedLayoutOptions,
): IntroductionSheet {
  const sheet = new ProseSheet(options.thaiDigits, properNames(plan));
  sheet.title("ส่วนที่ 1");
  sheet.title("บทนำ");
  const sections: { heading: string; row: number }[] = [];
  INTRODUCTION_TOPICS.forEach((topic, i) => {
    sheet.blank();
    const heading = `${i + 1}. ${topic}`;
    sections.push({ heading, row: sheet.rowCount });
    sheet.heading(heading);
    sheet.paragraphs(texts[topic]);
    if (topic === FLOW_CHART_TOPIC) {
      sheet.blank(12);
      sheet.flowChart(procedureSteps(plan));
    }
  });
  const spec = sheet.finish({
    name: sheetNameFor("introduction", options.edition),
    owner: { kind: "introduction", edition: options.edition ?? CONSOLIDATED_EDITION },
    font: options.font,
    pageNumbers: true,
  });
  return { spec, sections };
}
