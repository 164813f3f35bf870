/** What is wrong with the template's shape, by code, with the names its message needs. */
export interface TemplateStructureParams {
  readonly "missing-table": { readonly table: string; readonly sheet: string };
  readonly "missing-header": { readonly table: string; readonly sheet: string; readonly header: string };
}
export type TemplateStructureCode = keyof TemplateStructureParams;

/**
 * Thrown when a required template table or header is missing: the workbook cannot be read as a plan,
 * which is different from mistakes in its cells (those are issues). The CLI and task pane turn it into
 * one line. Its params are its code's own, so a thrower cannot leave out a name the message needs.
 */
export class TemplateStructureError<C extends TemplateStructureCode = TemplateStructureCode> extends Error {
  readonly code: C;
  readonly params: TemplateStructureParams[C];

  constructor(code: C, params: TemplateStructureParams[C]) {
    super(`${code}: ${Object.values(params).join(", ")}`);
    this.name = "TemplateStructureError";
    this.code = code;
    this.params = params;
  }
}
