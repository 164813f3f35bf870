import type { PlanTexts } from "../book/planTextsFrom";
import { MAIN_EDITION } from "../model/editionCode";
import type { Plan } from "../model/plan";
import { rollupPlan } from "../rollup/rollupPlan";
import { APPENDIX_TITLE, layoutAppendix } from "./layoutAppendix";
import { layoutContents, type ContentsEntry } from "./layoutContents";
import { layoutCover } from "./layoutCover";
import { layoutDivider, PART_TWO_SUBJECT, PART_TWO_TITLE } from "./layoutDivider";
import { INTRODUCTION_TITLE, layoutIntroduction } from "./layoutIntroduction";
import { layoutNotice } from "./layoutNotice";
import { LayoutOptionsSchema, type LayoutOptions } from "./LayoutOptions";
import { layoutPd01, PD01_TITLE } from "./layoutPd01";
import { layoutPd02, PD02_TITLE } from "./layoutPd02";
import { layoutPd021, PD021_TITLE } from "./layoutPd021";
import { layoutPreface } from "./layoutPreface";
import type { PlanPictures } from "./layoutOfficialTables";
import { pageOfRow, paginate } from "./paginateBook";
import type { SheetSpec } from "./SheetSpec";

/** The book's sheets in book order, and the page each numbered part starts on (as printed). */
export interface PlanBook {
  readonly sheets: readonly SheetSpec[];
  readonly contents: readonly ContentsEntry[];
}

/**
 * The plan book of one edition, in book order: ปก, ประกาศ, คำนำ, สารบัญ, ส่วนที่ 1 บทนำ, the divider of
 * ส่วนที่ 2, แบบ ผด.01, แบบ ผด.02, แบบ ผด.02/1, and on request ภาคผนวก. The pages from ส่วนที่ 1 on are numbered through the
 * book (each sheet's first page number is where the previous ended); the สารบัญ lists every part,
 * section and table with the page it starts on, computed from the same page breaks the sheets print
 * with. A null edition (ฉบับรวม) has no notice, so a book is always of one edition (default หลัก).
 */
export function layoutBook(
  plan: Plan,
  texts: PlanTexts,
  options: LayoutOptions,
  pictures: PlanPictures = {},
): PlanBook {
  const resolved = LayoutOptionsSchema.parse({ ...options, edition: options.edition ?? MAIN_EDITION });
  const summary = rollupPlan(plan, {
    edition: resolved.edition,
    excludeUnbudgeted: resolved.excludeUnbudgeted,
  });
  const introduction = layoutIntroduction(plan, texts, resolved);
  const numbered = paginate([
    introduction.spec,
    layoutDivider(plan, resolved),
    layoutPd01(plan, summary, resolved),
    layoutPd02(plan, resolved),
    layoutPd021(plan, resolved),
    ...(resolved.appendix ? [layoutAppendix(plan, resolved)] : []),
  ]);
  const [intro, divider, pd01, pd02, pd021, appendix] = numbered.starts;
  const introSpec = numbered.sheets[0] ?? introduction.spec;
  const contents: ContentsEntry[] = [
    { title: ["คำนำ"], page: null, level: "part" },
    { title: [INTRODUCTION_TITLE], page: intro ?? 1, level: "part" },
    ...introduction.sections.map(({ heading, row }) => ({
      title: [heading],
      page: pageOfRow(introSpec, row, intro ?? 1),
      level: "section" as const,
    })),
    { title: [`${PART_TWO_TITLE} `, PART_TWO_SUBJECT], page: divider ?? 1, level: "part" },
    { title: ["แบบ ผด.01 ", PD01_TITLE], page: pd01 ?? 1, level: "section" },
    { title: ["แบบ ผด.02 ", PD02_TITLE], page: pd02 ?? 1, level: "section" },
    { title: ["แบบ ผด.02/1 ", PD021_TITLE], page: pd021 ?? 1, level: "section" },
    ...(appendix !== undefined ? [{ title: [APPENDIX_TITLE], page: appendix, level: "part" as const }] : []),
  ];
  return {
    sheets: [
      layoutCover(plan, texts, resolved, pictures.logo),
      layoutNotice(plan, resolved, pictures.emblem),
      layoutPreface(plan, texts, resolved),
      layoutContents(plan, contents, resolved),
      ...numbered.sheets,
    ],
    contents,
  };
}
