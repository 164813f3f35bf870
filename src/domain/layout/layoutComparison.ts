import {
  CHANGED_FIELD_LABELS,
  changesProjects,
  editionChanges,
  type ChangedField,
  type EditionChange,
} from "../editions/editionChanges";
import { FUNDING_SOURCES } from "../model/fundingSources";
import { activeRuns, FISCAL_MONTHS } from "../model/months";
import type { Plan, Project } from "../model/plan";
import { sumSatang } from "../model/money";
import { formatBaht } from "../text/formatBaht";
import { addTitleRows, finishSheet } from "./_lib/finishSheet";
import { BODY_PT, officialStyles } from "./_lib/officialStyles";
import { planTitleLines } from "./_lib/planTitleLines";
import { properNames } from "./_lib/properNames";
import { rowHeightForLines, SheetBuilder } from "./_lib/SheetBuilder";
import type { ResolvedLayoutOptions } from "./LayoutOptions";
import type { CellSpec, SheetSpec } from "./SheetSpec";
import { sheetNameFor } from "./sheetNameFor";

export const COMPARISON_TITLE = "บัญชีเปรียบเทียบโครงการ/กิจกรรม/งบประมาณ ที่เปลี่ยนแปลง";
export const COMPARISON_HEADINGS = [
  "ที่",
  "โครงการ",
  "รายการ\nที่เปลี่ยน",
  "ข้อความเดิม",
  "ข้อความใหม่",
  "เหตุผลความจำเป็น",
] as const;
/** Before and after are the widest: the committee reads them side by side. */
const WIDTHS = [28, 150, 85, 190, 190, 140];

/** The months a project runs, as runs of their abbreviations: "ต.ค.–ธ.ค., มี.ค.". */
function monthsText(project: Project): string {
  const runs = activeRuns(project.months).map(([first, last]) =>
    first === last ? FISCAL_MONTHS[first] : `${FISCAL_MONTHS[first]}–${FISCAL_MONTHS[last]}`,
  );
  return runs.length === 0 ? "-" : runs.join(", ");
}

/** A field's value as the sheet prints it ("-" for a blank, so an emptied text reads as such). */
export function fieldText(plan: Plan, project: Project, field: ChangedField): string {
  const text = ((): string => {
    switch (field) {
      case "name":
        return project.name;
      case "strategy": {
        const name = plan.strategies.find((s) => s.number === project.strategyNumber)?.name ?? "";
        return `${project.strategyNumber}. ${name}`.trim();
      }
      case "workPlan":
        return project.workPlan;
      case "activityDetail":
        return project.activityDetail;
      case "budget":
        return `${formatBaht(project.budget)} บาท`;
      case "fundingSource":
        return FUNDING_SOURCES[project.fundingSource];
      case "location":
        return project.location;
      case "responsibleUnit":
        return project.responsibleUnit;
      case "months":
        return monthsText(project);
    }
  })();
  return text.trim() === "" ? "-" : text;
}

const editionName = (code: string): string => (code === "หลัก" ? "ฉบับหลัก" : `ฉบับ${code}`);

/** The rows of one project: one per changed field; a new project or an unchanged one gets one row. */
function changeRows(plan: Plan, change: EditionChange): [label: string, before: string, after: string][] {
  const { before, after } = change;
  if (!before) return [["เพิ่มโครงการ", "-", `${after.name}\nงบประมาณ ${formatBaht(after.budget)} บาท`]];
  if (change.fields.length === 0) return [["ไม่มีข้อความที่เปลี่ยน", "-", "-"]];
  return change.fields.map((f) => [
    CHANGED_FIELD_LABELS[f],
    fieldText(plan, before, f),
    fieldText(plan, after, f),
  ]);
}

/**
 * The comparison sheet of a เปลี่ยนแปลง or แก้ไข edition for the committee (คณะกรรมการพัฒนาท้องถิ่น):
 * each of the edition's projects with, per changed field, the text before (its row in the earlier
 * edition) and after, and its เหตุผลความจำเป็น; then the budget before and after. Null for other
 * editions (เพิ่มเติม only adds projects; ผด.02 of the edition lists them).
 */
export function layoutComparison(plan: Plan, options: ResolvedLayoutOptions): SheetSpec | null {
  const edition = options.edition;
  if (edition === null || !changesProjects(edition)) return null;
  const changes = editionChanges(plan, edition);
  const b = new SheetBuilder(WIDTHS, options.thaiDigits, properNames(plan));
  const columns = WIDTHS.length;
  addTitleRows(b, planTitleLines(COMPARISON_TITLE, plan, edition));
  const headings = COMPARISON_HEADINGS.map((h, i) => b.wrapped(h, i, 1, BODY_PT, true));
  const header = b.addRow(
    rowHeightForLines(Math.max(...headings.map((h) => h.lines)), BODY_PT),
    headings.map((h): CellSpec => ({ value: h.text, style: "header" })),
  );
  changes.forEach((change, index) => {
    const from = change.before ? `\n(เดิม: ${editionName(change.before.edition)})` : "";
    changeRows(plan, change).forEach(([label, before, after], k) => {
      const first = k === 0;
      b.addBlock(
        [
          { value: first ? index + 1 : null, style: "seq" },
          { wrap: first ? `${change.after.name}${from}` : "", style: "text" },
          { wrap: label, style: "text" },
          { wrap: before, style: "text" },
          { wrap: after, style: "text" },
          { wrap: first ? (change.after.amendmentReason ?? "").trim() || "-" : "", style: "text" },
        ],
        BODY_PT,
      );
    });
  });
  if (changes.length === 0) {
    const row = b.addRow(rowHeightForLines(1, BODY_PT), [{ value: "ไม่มีรายการ", style: "textCenter" }]);
    b.merge(row, 0, 1, columns);
  } else {
    const before = sumSatang(changes.flatMap((c) => (c.before ? [c.before.budget] : [])));
    const after = sumSatang(changes.map((c) => c.after.budget));
    const row = b.addRow(rowHeightForLines(1, BODY_PT), [
      { value: "รวมงบประมาณ", style: "totalLabel" },
      { value: null, style: "totalLabel" },
      { value: null, style: "totalLabel" },
      { value: `${formatBaht(before)} บาท`, style: "totalLabel" },
      { value: `${formatBaht(after)} บาท`, style: "totalLabel" },
      { value: null, style: "totalLabel" },
    ]);
    b.merge(row, 0, 1, 3);
  }
  return finishSheet(b, {
    name: sheetNameFor("comparison", edition),
    owner: { kind: "comparison", edition },
    font: options.font,
    styles: officialStyles(options.font, options.thaiDigits),
    orientation: "landscape",
    pageNumbers: true,
    headerRows: { first: header, last: header },
    headingRows: new Set(),
    thaiDigits: options.thaiDigits,
  });
}
