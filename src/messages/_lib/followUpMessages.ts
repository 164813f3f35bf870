import { calendarYearOfFiscalMonth, FISCAL_MONTHS_EN } from "../../domain/model/months";
import { formatBaht } from "../../domain/text/formatBaht";
import { fiscalYearSpan } from "../../domain/text/fiscalYearSpan";
import { THAI_MONTH_NAMES } from "../../domain/text/thaiMonthNames";
import type { IssueCode } from "../../domain/validate/Issue";
import type { IssueMessages } from "../IssueMessages";
import { fixOf } from "./differenceText";
import { dateText } from "./procedureText";

/** The codes of the follow-up of the year (the optional follow-up columns and the FollowUpReports table). */
type FollowUpCode = Extract<
  IssueCode,
  | "unknown-follow-up-status"
  | "follow-up-status-alias"
  | "unreadable-follow-up-amount"
  | "disbursed-over-contract"
  | "disbursed-over-budget"
  | "contract-over-budget"
  | "completed-without-date"
  | "completed-not-fully-disbursed"
  | "disbursed-not-started"
  | "follow-up-date-outside-year"
  | "completion-before-contract"
  | "behind-schedule"
  | "unknown-follow-up-round"
>;
type FollowUpMessages = Pick<IssueMessages, FollowUpCode>;

const baht = (satang: number): string => formatBaht(satang);
const STATUS_LIST_TH = "ยังไม่ดำเนินการ อยู่ระหว่างดำเนินการ ดำเนินการแล้วเสร็จ ยกเลิก หรือ ไม่สามารถดำเนินการได้";
const AMOUNT_TH = { contractAmount: "จำนวนเงินตามสัญญา", disbursed: "เบิกจ่ายแล้ว" } as const;
const AMOUNT_EN = { contractAmount: "Contract amount", disbursed: "Disbursed amount" } as const;
const DATE_TH = { contractDate: "วันที่ลงนามสัญญา", completionDate: "วันที่แล้วเสร็จ" } as const;
const DATE_EN = { contractDate: "Contract date", completionDate: "Completion date" } as const;

/** "ตุลาคม 2569": a fiscal month (0 = ต.ค.) of a B.E. fiscal year, with its calendar year. */
function monthTh(fiscalYear: number, month: number): string {
  return `${THAI_MONTH_NAMES[(month + 9) % 12] ?? ""} ${calendarYearOfFiscalMonth(fiscalYear, month)}`;
}

function monthEn(fiscalYear: number, month: number): string {
  return `${FISCAL_MONTHS_EN[month] ?? ""} ${calendarYearOfFiscalMonth(fiscalYear, month) - 543}`;
}

/** Thai messages of the follow-up codes (spread into TH_MESSAGES). */
export const FOLLOW_UP_TH: FollowUpMessages = {
  "unknown-follow-up-status": (p) =>
    `สถานะ "${p.value}" ไม่อยู่ในรายการ จึงนับเป็นยังไม่ดำเนินการ ${fixOf(p, "th", `ให้เลือก ${STATUS_LIST_TH}`)}`,
  "follow-up-status-alias": (p) =>
    `สถานะ "${p.value}" ไม่ตรงกับรายการ อ่านเป็น "${p.canonical}" ให้เลือก "${p.canonical}" จากรายการ`,
  "unreadable-follow-up-amount": (p) => {
    const what = `${AMOUNT_TH[p.field]} "${p.value}"`;
    const why =
      p.problem === "negative"
        ? "ติดลบ ให้ใส่จำนวนเงินตั้งแต่ 0 ขึ้นไป"
        : p.problem === "tooLarge"
          ? "มากเกินกว่างบประมาณของ อปท. ใด ๆ (อาจพิมพ์ตัวเลขเกิน) ให้ตรวจสอบจำนวนเงิน"
          : "อ่านเป็นจำนวนเงินไม่ได้ ให้พิมพ์ตัวเลข เช่น 10000 หรือ 10,000.00";
    return `${what} ${why} (ยังไม่ได้นับในรายงานผล)`;
  },
  "disbursed-over-contract": (p) =>
    `เบิกจ่ายแล้ว ${baht(p.disbursed)} บาท มากกว่าจำนวนเงินตามสัญญา ${baht(p.contract)} บาท ให้ตรวจสอบจำนวนเงิน`,
  "disbursed-over-budget": (p) =>
    `เบิกจ่ายแล้ว ${baht(p.disbursed)} บาท มากกว่างบประมาณ ${baht(p.budget)} บาท ให้ตรวจสอบจำนวนเงิน`,
  "contract-over-budget": (p) =>
    `จำนวนเงินตามสัญญา ${baht(p.contract)} บาท สูงกว่างบประมาณ ${baht(p.budget)} บาท ให้ตรวจสอบจำนวนเงิน`,
  "completed-without-date": () =>
    `สถานะเป็น "ดำเนินการแล้วเสร็จ" แต่ยังไม่ได้กรอกวันที่แล้วเสร็จ ให้กรอกวันที่ เช่น 15 ม.ค. 2570`,
  "completed-not-fully-disbursed": (p) =>
    p.basis === "contract"
      ? `ดำเนินการแล้วเสร็จ แต่เบิกจ่ายแล้ว ${baht(p.disbursed)} บาท ยังไม่ครบตามสัญญา ${baht(p.expected)} บาท (ค้างเบิกจ่าย ${baht(p.expected - p.disbursed)} บาท) ให้ตรวจสอบยอดเบิกจ่าย`
      : `ดำเนินการแล้วเสร็จ แต่ยังไม่มียอดเบิกจ่าย (งบประมาณ ${baht(p.expected)} บาท) ให้กรอกยอดเบิกจ่ายแล้ว`,
  "disbursed-not-started": (p) =>
    `เบิกจ่ายแล้ว ${baht(p.disbursed)} บาท แต่${p.status === "" ? "ยังไม่ได้กรอกสถานะ (ถือว่ายังไม่ดำเนินการ)" : `สถานะเป็น "${p.status}"`} ให้แก้สถานะ หรือตรวจสอบยอดเบิกจ่าย`,
  "follow-up-date-outside-year": (p) =>
    `${DATE_TH[p.field]} ${dateText(p.date, "th")} อยู่นอกปีงบประมาณ พ.ศ. ${p.fiscalYear} (${fiscalYearSpan(p.fiscalYear)}) ให้ตรวจสอบวันที่ (ถ้าเป็นโครงการที่กันเงินไว้เบิกเหลื่อมปี ให้ระบุในหมายเหตุ)`,
  "completion-before-contract": (p) =>
    `วันที่แล้วเสร็จ ${dateText(p.completionDate, "th")} อยู่ก่อนวันที่ลงนามสัญญา ${dateText(p.contractDate, "th")} ให้ตรวจสอบวันที่`,
  "behind-schedule": (p) =>
    `ตามแผนเริ่มดำเนินการเดือน${monthTh(p.fiscalYear, p.firstMonth)} ถึงวันที่ ${dateText(p.asOf, "th")} ผ่านเดือนที่กำหนดไว้แล้ว ${p.passedMonths} เดือน แต่${p.status === "" ? "ยังไม่ได้กรอกสถานะ (ถือว่ายังไม่ดำเนินการ)" : `สถานะยังเป็น "ยังไม่ดำเนินการ"`} ให้ปรับสถานะ หรือบันทึกปัญหาและอุปสรรค`,
  "unknown-follow-up-round": (p) => `รอบรายงาน "${p.value}" อ่านไม่ได้ ให้พิมพ์ "รอบ 6 เดือน" หรือ "รอบ 12 เดือน"`,
};

/** English messages of the follow-up codes (spread into EN_MESSAGES). */
export const FOLLOW_UP_EN: FollowUpMessages = {
  "unknown-follow-up-status": (p) =>
    `Status "${p.value}" is not in the list, so it counts as not started; ${fixOf(p, "en", `choose ${STATUS_LIST_TH}`)}`,
  "follow-up-status-alias": (p) =>
    `Status "${p.value}" is not written as in the list; it was read as "${p.canonical}": choose "${p.canonical}" from the list`,
  "unreadable-follow-up-amount": (p) => {
    const what = `${AMOUNT_EN[p.field]} "${p.value}"`;
    const why =
      p.problem === "negative"
        ? "is negative; type an amount of 0 or more"
        : p.problem === "tooLarge"
          ? "is larger than any local government's budget (a typing slip?); check the amount"
          : "cannot be read as an amount; type a number such as 10000 or 10,000.00";
    return `${what} ${why} (not counted in the reports)`;
  },
  "disbursed-over-contract": (p) =>
    `Disbursed ${baht(p.disbursed)} baht is more than the contract amount of ${baht(p.contract)} baht; check the amounts`,
  "disbursed-over-budget": (p) =>
    `Disbursed ${baht(p.disbursed)} baht is more than the budget of ${baht(p.budget)} baht; check the amounts`,
  "contract-over-budget": (p) =>
    `The contract amount of ${baht(p.contract)} baht is above the budget of ${baht(p.budget)} baht; check the amounts`,
  "completed-without-date": () =>
    `The status is "ดำเนินการแล้วเสร็จ" (completed) but no completion date is given; type the date, e.g. 15 ม.ค. 2570`,
  "completed-not-fully-disbursed": (p) =>
    p.basis === "contract"
      ? `Completed, but only ${baht(p.disbursed)} baht of the contract's ${baht(p.expected)} baht is disbursed (${baht(p.expected - p.disbursed)} baht outstanding); check the disbursement`
      : `Completed, but nothing is recorded as disbursed (budget ${baht(p.expected)} baht); type the amount disbursed`,
  "disbursed-not-started": (p) =>
    `${baht(p.disbursed)} baht is disbursed, but ${p.status === "" ? "no status is given (blank means not started)" : `the status is "${p.status}"`}; correct the status or check the amount`,
  "follow-up-date-outside-year": (p) =>
    `${DATE_EN[p.field]} ${dateText(p.date, "en")} is outside fiscal year ${p.fiscalYear} B.E. (${fiscalYearSpan(p.fiscalYear)}); check the date (for money carried over into the next year, say so in the note)`,
  "completion-before-contract": (p) =>
    `The completion date ${dateText(p.completionDate, "en")} is before the contract date ${dateText(p.contractDate, "en")}; check the dates`,
  "behind-schedule": (p) =>
    `Planned to start in ${monthEn(p.fiscalYear, p.firstMonth)}; as of ${dateText(p.asOf, "en")}, ${p.passedMonths} of its planned months have passed, but ${p.status === "" ? "no status is given (blank means not started)" : `the status is still "ยังไม่ดำเนินการ" (not started)`}; update the status or record the problems`,
  "unknown-follow-up-round": (p) =>
    `Report round "${p.value}" cannot be read; type "รอบ 6 เดือน" (6 months) or "รอบ 12 เดือน" (12 months)`,
};
