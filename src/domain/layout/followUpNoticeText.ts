import type { FollowUpReport } from "../followUp/FollowUpReport";
import type { Plan } from "../model/plan";
import { formatPercent } from "../text/formatPercent";
import { formatThaiDate } from "../text/formatThaiDate";
import { formatBaht } from "../text/formatBaht";
import { hasSatang } from "./_lib/hasSatang";
import { BLANK_DATE_LINE, REGULATION, SIGNATURE_MARK_LINE, type NoticeText } from "./noticeText";

/** Dates and spans must not break across lines: their spaces become no-break spaces. */
const together = (text: string): string => text.replace(/ /gu, "\u00A0");
const thaiDate = (iso: string): string => together(formatThaiDate(iso, { thaiDigits: false }).text);

/**
 * The notice's amounts as a table prints them: whole baht, or every amount with two decimals when
 * any has satang (never "1,234.50 บาท จากงบประมาณ 3,442,525 บาท").
 */
function bahtTexts(amounts: readonly number[]): string[] {
  const satang = hasSatang(amounts);
  // formatBaht always writes the satang: whole baht drop its ".00".
  return amounts.map((a) => (satang ? formatBaht(a) : formatBaht(a).slice(0, -3)));
}

/**
 * The notice of the year's follow-up results (ประกาศผลการติดตามและประเมินผลแผนพัฒนาท้องถิ่น) under ข้อ 29 (5):
 * the executive presented them to the council and the development committee and posts them within 15
 * days, for at least 30. It sums the 12-month report up (projects by status, budget, disbursed) and
 * attaches it. The presentation and notice dates come from the FollowUpReports table (12-month round);
 * an unknown notice date prints the blank dotted form.
 */
export function followUpNoticeText(
  plan: Plan,
  report: FollowUpReport,
  options: { readonly signatureMark: boolean } = { signatureMark: false },
): NoticeText {
  const { settings } = plan;
  const org = settings.organisationName;
  const fy = report.fiscalYear;
  const record = plan.followUpReports?.find((r) => r.round === "12");
  const executive = settings.executivePosition !== "" ? settings.executivePosition : "ผู้บริหารท้องถิ่น";
  const presented = record?.presentedDate ? ` เมื่อวันที่ ${thaiDate(record.presentedDate)} ` : "";
  const t = report.total;
  const stopped = t.byStatus.ยกเลิก + t.byStatus.ไม่สามารถดำเนินการได้;
  const [disbursed, budget] = bahtTexts([t.disbursed, t.budget]);
  const share =
    t.disbursedPercent === null ? "" : ` ${together(`(ร้อยละ ${formatPercent(t.disbursedPercent)})`)}`;
  return {
    heading: `ประกาศ${org}`,
    subject: `เรื่อง ประกาศผลการติดตามและประเมินผลแผนพัฒนาท้องถิ่น ประจำปีงบประมาณ พ.ศ. ${fy}`,
    paragraphs: [
      `ตามที่${org} ได้ประกาศใช้แผนการดำเนินงาน ประจำปีงบประมาณ พ.ศ. ${fy} และ${executive}ได้เสนอผลการติดตามและประเมินผลต่อสภาท้องถิ่นและคณะกรรมการพัฒนาท้องถิ่น${presented}แล้ว`,
      `อาศัยอำนาจตามความในข้อ 29 (5) แห่ง${REGULATION} จึงประกาศผลการติดตามและประเมินผลแผนพัฒนาท้องถิ่น ประจำปีงบประมาณ พ.ศ. ${fy} ให้ประชาชนในท้องถิ่นทราบ ${together("ณ วันที่")}\u00A0${thaiDate(report.asOf)} มีโครงการตามแผน ${t.projects} โครงการ แล้วเสร็จ ${t.byStatus.ดำเนินการแล้วเสร็จ} โครงการ อยู่ระหว่างดำเนินการ ${t.byStatus.อยู่ระหว่างดำเนินการ} โครงการ ยังไม่ดำเนินการ ${t.byStatus.ยังไม่ดำเนินการ} โครงการ ยกเลิกหรือดำเนินการไม่ได้ ${stopped} โครงการ เบิกจ่าย ${disbursed} บาท จากงบประมาณ ${budget} บาท${share} รายละเอียดตามรายงานแนบท้ายประกาศนี้`,
      "จึงประกาศให้ทราบโดยทั่วกัน",
    ],
    dateLine: record?.announcementDate
      ? `ประกาศ ณ วันที่ ${formatThaiDate(record.announcementDate, { thaiDigits: false }).text}`
      : BLANK_DATE_LINE,
    signature: [
      ...(options.signatureMark ? [SIGNATURE_MARK_LINE] : []),
      `(${settings.executiveName !== "" ? settings.executiveName : ".............................."})`,
      executive,
    ],
  };
}
