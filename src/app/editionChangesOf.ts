import { editionChanges, type ChangedField } from "../domain/editions/editionChanges";
import { fieldText } from "../domain/layout/layoutComparison";
import { cellOf } from "../domain/model/SourceRef";
import type { IssueLocation } from "../domain/validate/Issue";
import { analyseWorkbook } from "./analyseWorkbook";
import type { WorkbookPort } from "./WorkbookPort";

/** One project of a เปลี่ยนแปลง/แก้ไข edition as the pane lists it: what changed, as the comparison sheet prints it. */
export interface EditionChangeView {
  readonly name: string;
  /** The project's name cell in the edition's row (null when the plan was not read from a workbook). */
  readonly location: IssueLocation | null;
  /** The edition its earlier row is in; null when the row adds a project. */
  readonly beforeEdition: string | null;
  readonly fields: readonly {
    readonly field: ChangedField;
    readonly before: string;
    readonly after: string;
  }[];
  /** เหตุผลความจำเป็น, "" when blank. */
  readonly reason: string;
}

/** The changes list of an edition, from the plan as the workbook holds it now (reads only). */
export async function editionChangesOf(port: WorkbookPort, edition: string): Promise<EditionChangeView[]> {
  const { plan } = await analyseWorkbook(port);
  return editionChanges(plan, edition).map(({ before, after, fields }) => ({
    name: after.name,
    location: after.source ? { sheet: after.source.sheet, cell: cellOf(after.source, "name") } : null,
    beforeEdition: before?.edition ?? null,
    fields: before
      ? fields.map((field) => ({
          field,
          before: fieldText(plan, before, field),
          after: fieldText(plan, after, field),
        }))
      : [],
    reason: (after.amendmentReason ?? "").trim(),
  }));
}
