import type { Plan } from "../model/plan";
import { fiscalYearSpan } from "../text/fiscalYearSpan";
import { formatThaiDate } from "../text/formatThaiDate";
import { editionTitleSuffix } from "./editionTitleSuffix";
import type { EditionLabel } from "./LayoutOptions";
import { noticeEvent } from "./noticeEvent";

/** The words of the notice (ประกาศ, after the Interior Ministry's model wording), before line splitting; Arabic digits (converted later when asked). */
export interface NoticeText {
  readonly heading: string;
  readonly subject: string;
  readonly paragraphs: readonly string[];
  readonly dateLine: string;
  /** The signature block's lines: the signing line when asked for, the name in brackets, the position. */
  readonly signature: readonly string[];
}

export const REGULATION =
  "ระเบียบกระทรวงมหาดไทยว่าด้วยการจัดทำแผนพัฒนาขององค์กรปกครองส่วนท้องถิ่น พ.ศ. 2548 และแก้ไขเพิ่มเติมถึง (ฉบับที่ 3) พ.ศ. 2561";
/** Dates and the fiscal-year span must not break across lines: their spaces become no-break spaces. */
const together = (text: string): string => text.replace(/ /gu, "\u00A0");

export const BLANK_DATE_LINE = "ประกาศ ณ วันที่ ..... เดือน ............... พ.ศ. .....";
/** The signing line of a typed copy; an original is signed above the name. */
export const SIGNATURE_MARK_LINE = "(ลงชื่อ) ..........................................";

export interface NoticeTextOptions {
  readonly editionLabel: EditionLabel;
  /** Start the signature block with "(ลงชื่อ) ……" (a typed copy); an original has none. */
  readonly signatureMark: boolean;
}

/**
 * The notice announcing an edition. It opens with what brought the edition and when (its trigger
 * and date, from the Editions table: reviewers check the 30 days of ข้อ 27 against it), then the
 * committee's review and the executive's approval with their dates, each when known. An unknown
 * announcement date prints the blank dotted form to fill in by hand.
 */
export function noticeText(
  plan: Plan,
  edition: string | null,
  options: NoticeTextOptions = { editionLabel: "ครั้งที่", signatureMark: false },
): NoticeText {
  const { settings } = plan;
  const org = settings.organisationName;
  const fy = settings.fiscalYear;
  const record = edition === null ? undefined : plan.editions.find((e) => e.code === edition);
  const planName = `แผนการดำเนินงาน ประจำปีงบประมาณ พ.ศ. ${fy}${editionTitleSuffix(edition, options.editionLabel)}`;
  const on = (date: string | null | undefined): string =>
    date ? ` เมื่อวันที่ ${together(formatThaiDate(date, { thaiDigits: false }).text)}` : "";
  const executive = settings.executivePosition !== "" ? settings.executivePosition : "ผู้บริหารท้องถิ่น";
  const announced = record?.announcementDate
    ? `ประกาศ ณ วันที่ ${formatThaiDate(record.announcementDate, { thaiDigits: false }).text}`
    : BLANK_DATE_LINE;
  const event = record ? noticeEvent(plan, record) : null;
  const approved = `และ${executive}ได้พิจารณาอนุมัติแล้ว${on(record?.approvalDate)}`;
  const opening =
    event === null
      ? `ด้วยคณะกรรมการพัฒนา${org} ได้พิจารณาร่าง${planName} ของ${org}${on(record?.committeeReviewDate)} ${approved}`
      : `ด้วย${event}${on(record?.triggerDate)} คณะกรรมการพัฒนา${org} จึงได้พิจารณาร่าง${planName}${on(record?.committeeReviewDate)} ${approved}`;
  const name = `(${settings.executiveName !== "" ? settings.executiveName : ".............................."})`;
  return {
    heading: `ประกาศ${org}`,
    subject: `เรื่อง ประกาศใช้${planName}`,
    paragraphs: [
      opening,
      `อาศัยอำนาจตามความในข้อ 26 (2) และข้อ 27 แห่ง${REGULATION} จึงประกาศใช้${planName} เพื่อใช้เป็นแนวทางในการปฏิบัติงานของ${org} ในห้วงระยะเวลาปีงบประมาณ พ.ศ. ${fy} (${together(fiscalYearSpan(fy))}) รายละเอียดปรากฏตามเอกสารแนบท้ายประกาศนี้`,
      "จึงประกาศให้ทราบโดยทั่วกัน",
    ],
    dateLine: announced,
    signature: [...(options.signatureMark ? [SIGNATURE_MARK_LINE] : []), name, executive],
  };
}
