/** What is wrong with the template's shape, as data; the CLI and task pane turn it into one line. */
export type TemplateStructureCode = "missing-table" | "missing-header";

/**
 * Thrown when a required template table or header is missing: the workbook cannot be read as a plan,
 * which is different from mistakes in its cells (those are issues).
 */
export class TemplateStructureError extends Error {
  readonly code: TemplateStructureCode;
  /** `table` and `sheet` always; `header` for "missing-header". */
  readonly params: Readonly<Record<string, string>>;

  constructor(code: TemplateStructureCode, params: Readonly<Record<string, string>>) {
    super(`${code}: ${Object.values(params).join(", ")}`);
    this.name = "TemplateStructureError";
    this.code = code;
    this.params = params;
  }
}
