import type { ParamsOf } from "../domain/validate/Issue";
import { formatBaht } from "../domain/text/formatBaht";
import { fieldLabel, settingLabel, tableLabel } from "./fieldLabels";
import type { IssueMessages } from "./IssueMessages";
import { budgetPairText } from "./_lib/budgetPairText";
import { buddhistEraHint } from "./_lib/buddhistEraHint";
import { devPlanFieldText, devPlanRefText } from "./_lib/devPlanText";
import { fixOf } from "./_lib/differenceText";
import { FOLLOW_UP_EN } from "./_lib/followUpMessages";
import { dateField, dateText, refusalReason, slashDate } from "./_lib/procedureText";

const field = (p: ParamsOf<"missing-value">): string => fieldLabel(p.field, p.table, "en");
const table = (name: string): string => tableLabel(name, "en");
const baht = (amount: number): string => amount.toLocaleString("en-US");
const alias =
  (label: string) =>
  (p: ParamsOf<"work-plan-alias">): string =>
    `${label} "${p.value}" is not the official spelling; use "${p.canonical}" instead`;

/** English message of every issue code, for Office display languages other than Thai. */
export const EN_MESSAGES: IssueMessages = {
  "cell-error": (p) => `The cell shows the error ${p.value}; fix the formula or type the value again`,
  "formula-without-result": (p) =>
    `The cell holds the formula ${p.formula} with no result saved (the file was saved by a program that does not calculate, such as a script), so its value is unknown; open the file in Excel or LibreOffice and save it again`,
  "merged-cells": (p) =>
    `Cells ${p.range} are merged inside the rows of the ${table(p.table)}, so one value stands for several rows; unmerge them and fill in every row`,
  "rows-below-table": (p) =>
    `${p.count} rows typed below the ${table(p.table)} (down to ${p.lastCell}) lie outside the table, which did not grow; they were read as part of it. Extend the table over them: in Excel click in the table, then Table Design → Resize Table (LibreOffice never grows a table)`,
  "row-below-not-read": (p) =>
    `This row below the ${table(p.table)}, after a blank row, looks like one of its rows but is not counted; move it up to the end of the table (delete the blank rows between) and extend the table over it, or delete it if it is not part of the plan`,
  "missing-value": (p) => `"${field(p)}" is empty; fill it in`,
  "missing-setting": (p) => `The setting "${settingLabel(p.setting, "en")}" is empty`,
  "missing-fiscal-year": () => `The fiscal year (B.E.) is missing; type a 4-digit B.E. year such as 2570`,
  "implausible-fiscal-year": (p) => {
    const be = buddhistEraHint(p.value);
    const hint = be === null ? "" : ` (a Gregorian year? use B.E. ${be})`;
    return `Fiscal year "${p.value}" is not valid; type a 4-digit B.E. year such as 2570${hint}`;
  },
  "unknown-organisation-type": (p) =>
    `Organisation type "${p.value}" is not in the list; ${fixOf(p, "en", "choose อบต., เทศบาลตำบล, เทศบาลเมือง, เทศบาลนคร or อบจ.")}`,
  "organisation-type-alias": alias("Organisation type"),
  "unreadable-number": (p) =>
    p.max === undefined
      ? `Number "${p.value}" is not a sequence number; type a whole number from 1`
      : `Number "${p.value}" is not a sequence number; type a whole number from 1 to ${p.max}`,
  "duplicate-strategy-number": (p) =>
    `Strategy number ${p.number} is also used in ${p.firstCell}; give each strategy its own number`,
  "unknown-strategy": (p) =>
    `Strategy "${p.value}" is not in the Strategies table; ${fixOf(p, "en", "use the number of an existing strategy, e.g. 1")}`,
  "unknown-work-plan": (p) =>
    `Work plan "${p.value}" is not an official work plan; ${fixOf(p, "en", "choose one from the list")}`,
  "unknown-funding-source": (p) =>
    `Funding source "${p.value}" is not in the list; ${fixOf(p, "en", "choose one from the list")}`,
  "unknown-equipment-type": (p) =>
    `Equipment type "${p.value}" is not one of the 16 equipment types; ${fixOf(p, "en", "choose one from the list")}`,
  "work-plan-alias": alias("Work plan"),
  "funding-source-alias": alias("Funding source"),
  "equipment-type-alias": alias("Equipment type"),
  "budget-type-alias": alias("Budget type"),
  "expenditure-category-alias": alias("Expenditure category"),
  "unit-alias": alias("Unit"),
  "unreadable-budget": (p) =>
    `Budget "${p.value}" is not an amount; type a number such as 10000 or 10,000.00`,
  "negative-budget": (p) => `Budget "${p.value}" is negative; type an amount of 0 or more`,
  "budget-too-large": (p) =>
    `The amount "${p.value}" is ${baht(p.limit)} baht or more, which no local government's budget comes near (too many digits?); check the amount`,
  "plan-total-too-large": (p) =>
    `With this row's amount "${p.value}" the plan's total reaches ${baht(p.limit)} baht, which no local government's budget comes near, so the row is not counted; check the amounts of the rows (too many digits?)`,
  "no-month-marked": () => `No month is marked; put ✓ in at least one month column (ต.ค.–ก.ย.)`,
  "month-none-mark": (p) =>
    `Month cells holding only "${p.value}" (${p.cells}) are read as not running that month; put ✓ where the activity runs and leave the other months empty`,
  "unknown-budget-type": (p) =>
    `Budget type "${p.value}" is not in the list; ${fixOf(p, "en", "choose งบกลาง, งบบุคลากร, งบดำเนินงาน, งบลงทุน, งบรายจ่ายอื่น or งบเงินอุดหนุน")}`,
  "unknown-expenditure-category": (p) =>
    `Expenditure category "${p.value}" is not in the list; ${fixOf(p, "en", "choose one from the list")}`,
  "incomplete-budget-pair": (p) => {
    const missing = p.field === "budgetType" ? "budget type (งบ)" : "expenditure category (หมวด)";
    return `"${p.value}" is given but the ${missing} is empty; fill in both งบ and หมวด, or leave both blank`;
  },
  "invalid-budget-pair": (p) =>
    `Category "${p.value}" does not belong to "${p.budgetType}"; its categories are: ${p.allowed}`,
  "budget-with-no-budget-source": (p) =>
    `Budget ${p.value} is given but the funding source is "ไม่ใช้งบประมาณ" (no budget); change the source or set the budget to 0`,
  "zero-budget-with-budgeted-source": (p) =>
    `Budget is 0 but the funding source is "${p.source}"; check the amount or choose "ไม่ใช้งบประมาณ"`,
  "duplicate-project": (p) =>
    `Project "${p.name}" repeats ${p.firstCell} in edition ${p.edition}; check it was not entered twice`,
  "invalid-edition-code": (p) =>
    `Edition "${p.value}" is not a valid edition; ${fixOf(p, "en", 'leave it blank (main plan) or type e.g. "เพิ่มเติม 1/2570"')}`,
  "edition-not-recorded": (p) =>
    `Edition "${p.edition}" is not in the Editions table; add a row for it on the "ฉบับ" sheet`,
  "unreadable-date": (p) => `Date "${p.value}" cannot be read; type e.g. 10 ต.ค. 2569 or 10/10/2569`,
  "two-digit-year": (p) =>
    `The year of the date "${p.value}" has only two digits, so it may be B.E. or AD; it probably means ${p.meant}. Type a 4-digit B.E. year, e.g. ${slashDate(p.meant)}`,
  "over-appropriation": (p) =>
    `${p.workPlan}${budgetPairText(p)}: the plan totals ${formatBaht(p.planned)} baht, over the ordinance's ${formatBaht(p.appropriated)} baht; check the project budgets or the BudgetLines table`,
  "under-appropriation": (p) =>
    `${p.workPlan}${budgetPairText(p)}: the plan totals ${formatBaht(p.planned)} baht, under the ordinance's ${formatBaht(p.appropriated)} baht; check no project is missing`,
  "edition-announcement-late": (p) =>
    `Edition ${p.edition} was announced on ${dateText(p.announcementDate, "en")}, ${p.daysLate} days late (due ${dateText(p.dueDate, "en")}, 30 days after ${dateText(p.triggerDate, "en")})`,
  "edition-posting-start-late": (p) =>
    `Edition ${p.edition} was posted on ${dateText(p.postingStart, "en")}, ${p.daysLate} days late (due ${dateText(p.dueDate, "en")}, 15 days after the announcement)`,
  "edition-posting-too-short": (p) =>
    `Edition ${p.edition} was posted for only ${p.days} days; it must stay up at least ${p.minimumDays} days, until ${dateText(p.dueDate, "en")} or later`,
  "edition-dates-out-of-order": (p) =>
    `Edition ${p.edition}: the ${dateField(p.field, "en")} (${dateText(p.date, "en")}) is before the ${dateField(p.previousField, "en")} (${dateText(p.previousDate, "en")}); check the order of the dates`,
  "edition-date-missing": (p) =>
    `Edition ${p.edition} has no ${dateField(p.field, "en")}` +
    (p.dueDate === undefined ? "" : ` (due by ${dateText(p.dueDate, "en")})`),
  "edition-dates-not-recorded": (p) =>
    `Edition ${p.edition} has no procedure dates; record them on the "ฉบับ" sheet to check the deadlines`,
  ...FOLLOW_UP_EN,
  "import-no-header": () =>
    `No ผด.02 table header (ที่ | โครงการ | … | งบประมาณ | months) was found on this sheet`,
  "import-not-operational-plan": (p) =>
    `This sheet is not an operational-plan project list: ${refusalReason(p.reason, "en")} ("${p.text}")`,
  "import-no-months": () =>
    `No month columns (ต.ค.–ก.ย.) were found; projects are imported without a schedule`,
  "import-no-fiscal-year": () =>
    `No fiscal year was found in the header or title; enter it on the "ตั้งค่า" sheet`,
  "import-fiscal-year-mismatch": (p) =>
    `The sheet is for fiscal year ${p.sheetYear} but ${p.expected} was expected`,
  "import-subtotal-mismatch": (p) =>
    `The sheet's "${p.label}" says ${p.stated} baht but its rows add up to ${p.computed} baht`,
  "import-funding-assumed": (p) =>
    `${p.count} projects name no funding source and were taken as the annual budget ordinance; review: ${p.cells}`,
  "import-budget-unreadable": (p) => `Budget "${p.text}" could not be read and was imported as 0; check it`,
  "import-no-strategy": (p) =>
    `${p.count} projects are under no strategy heading; set their strategy: ${p.cells}`,
  "import-no-work-plan": (p) =>
    `${p.count} projects are under no work-plan heading; set their work plan: ${p.cells}`,
  "import-unknown-work-plan": (p) => `Work plan "${p.text}" is not in the list; check the name`,
  "table-read-from-sheet": (p) =>
    `No Excel table "${p.table}" was found, so it was read from the header row on sheet "${p.sheet}"; turn that range into a table (Insert > Table) so it has its dropdowns and grows with new rows`,
  "import-no-months-marked": (p) =>
    `${p.count} projects have no month marked (arrows drawn as shapes cannot be read); put ✓ in the month columns: ${p.cells}`,
  "dev-plan-number-unreadable": (p) =>
    `The ${devPlanFieldText(p.field, "en")} "${p.value}" is not a whole number; type the number in the development plan, e.g. 45`,
  "dev-plan-ref-incomplete": (p) =>
    `The development-plan ${devPlanFieldText(p.field, "en")} is missing; give both the page and the item this project has in the plan`,
  "dev-plan-ref-missing": (p) => {
    const base = `This project is paid from the local government's own budget but does not say which page and item of the development plan it comes from`;
    if (p.suggestedPage === undefined || p.suggestedItem === undefined)
      return `${base}; fill in the page and item`;
    const ref = devPlanRefText(
      { edition: p.suggestedEdition ?? "", page: p.suggestedPage, item: p.suggestedItem },
      "en",
    );
    return `${base}; the closest entry in the plan is ${ref}, "${p.suggestedName ?? ""}"`;
  },
  "dev-plan-ref-not-found": (p) =>
    `The ${devPlanRefText(p, "en")} is not in the development-plan table; check the page and item against the plan book, or import that book's project list`,
  "dev-plan-name-differs": (p) =>
    `The project "${p.name}" does not match the ${devPlanRefText(p, "en")}, which is "${p.planName}"; check that the reference is the right entry`,
  "dev-plan-budget-over": (p) =>
    `The budget of ${formatBaht(p.budget)} baht is more than the ${devPlanRefText(p, "en")} sets for this year (${formatBaht(p.planned)} baht); reviewers will ask: check it, or amend the development plan first`,
  "dev-plan-entry-incomplete": (p) =>
    `This row of the development-plan table has no ${devPlanFieldText(p.field, "en")}, so no reference can name it; fill it in`,
  "dev-plan-entry-duplicate": (p) =>
    `Page ${p.page}, item ${p.item} is already in cell ${p.firstCell} for the same plan book; check the page and item numbers`,
  "devplan-import-no-header": () =>
    `No ผ.02 table header (ที่ | โครงการ | … | งบประมาณ by year) was found on this sheet`,
  "devplan-import-operational-plan": () =>
    `This sheet has month columns, so it is an operational plan (ผด.02), not the development plan's project list (ผ.02); import it with the ผด.02 import`,
  "devplan-import-no-year-columns": () =>
    `No budget columns by year (e.g. 2566, 2567 … 2570) were found under "งบประมาณ", so this year's budget cannot be read`,
  "devplan-import-year-not-covered": (p) =>
    `This sheet has budgets for ${p.years} but not for fiscal year ${p.fiscalYear}; use the development plan that covers this year, or check the fiscal year on the "ตั้งค่า" sheet`,
  "devplan-import-pages-counted": (p) =>
    `No page numbers are typed on the sheet, so pages were counted from the header repeated at each page, starting at page ${p.firstPage} (${p.pages} pages); check them against the printed plan`,
  "devplan-import-no-edition": () =>
    `The title does not say which development plan this is (e.g. พ.ศ. 2566–2570 or เพิ่มเติม ครั้งที่ 1/2568), so its edition was left blank`,
  "devplan-import-budget-unreadable": (p) =>
    `The budget "${p.text}" could not be read and was left blank (projects citing this entry get no budget check); check it`,
  "devplan-import-no-item": (p) =>
    `${p.count} project(s) have no item number (ที่), so no reference can name them and they were not imported; number them and import again: ${p.cells}`,
  "amendment-reason-missing": (p) =>
    `This row of edition ${p.edition} gives no reason (เหตุผลความจำเป็น); say why it is added or changed (the committee must consider it)`,
  "amendment-reason-column-missing": (p) =>
    `The ${table(p.table)} has ${p.count} row(s) of later editions but no "เหตุผลความจำเป็น" column; use Insert template to add it, then give each row its reason`,
};
