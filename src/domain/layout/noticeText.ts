import type { Plan } from "../model/plan";
import { fiscalYearSpan } from "../text/fiscalYearSpan";
import { formatThaiDate } from "../text/formatThaiDate";
import { editionTitleSuffix } from "./editionTitleSuffix";

/** The words of the notice (ประกาศ, after the Interior Ministry's model wording), before line splitting; Arabic digits (converted later when asked). */
export interface NoticeText {
  readonly heading: string;
  readonly subject: string;
  readonly paragraphs: readonly string[];
  readonly dateLine: string;
  readonly signature: readonly string[];
}

export const REGULATION =
  "ระเบียบกระทรวงมหาดไทยว่าด้วยการจัดทำแผนพัฒนาขององค์กรปกครองส่วนท้องถิ่น พ.ศ. 2548 และแก้ไขเพิ่มเติมถึง (ฉบับที่ 3) พ.ศ. 2561";
/** Dates and the fiscal-year span must not break across lines: their spaces become no-break spaces. */
const together = (text: string): string => text.replace(/ /gu, "\u00A0");

export const BLANK_DATE_LINE = "ประกาศ ณ วันที่ ..... เดือน ............... พ.ศ. .....";

/**
 * The notice announcing an edition. The committee review date is cited when known; an unknown
 * announcement date prints the blank dotted form to fill in by hand.
 */
export function noticeText(plan: Plan, edition: string | null): NoticeText {
  const { settings } = plan;
  const org = settings.organisationName;
  const fy = settings.fiscalYear;
  const record = edition === null ? undefined : plan.editions.find((e) => e.code === edition);
  const planName = `แผนการดำเนินงาน ประจำปีงบประมาณ พ.ศ. ${fy}${editionTitleSuffix(edition)}`;
  const reviewed = record?.committeeReviewDate
    ? ` เมื่อวันที่ ${together(formatThaiDate(record.committeeReviewDate, { thaiDigits: false }).text)}`
    : "";
  const executive = settings.executivePosition !== "" ? settings.executivePosition : "ผู้บริหารท้องถิ่น";
  const announced = record?.announcementDate
    ? `ประกาศ ณ วันที่ ${formatThaiDate(record.announcementDate, { thaiDigits: false }).text}`
    : BLANK_DATE_LINE;
  return {
    heading: `ประกาศ${org}`,
    subject: `เรื่อง ประกาศใช้${planName}`,
    paragraphs: [
      `ด้วยคณะกรรมการพัฒนา${org} ได้พิจารณาร่าง${planName} ของ${org}${reviewed} และ${executive}ได้พิจารณาอนุมัติแล้ว`,
      `อาศัยอำนาจตามความในข้อ 26 (2) และข้อ 27 แห่ง${REGULATION} จึงประกาศใช้${planName} เพื่อใช้เป็นแนวทางในการปฏิบัติงานของ${org} ในห้วงระยะเวลาปีงบประมาณ พ.ศ. ${fy} (${together(fiscalYearSpan(fy))}) รายละเอียดปรากฏตามเอกสารแนบท้ายประกาศนี้`,
      "จึงประกาศให้ทราบโดยทั่วกัน",
    ],
    dateLine: announced,
    signature: [
      "(ลงชื่อ) ..........................................",
      `(${settings.executiveName !== "" ? settings.executiveName : ".............................."})`,
      executive,
    ],
  };
}
