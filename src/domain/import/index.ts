// Public API of the ผด.02 importer, for the CLI command and the task-pane button.
export type { CellMerge, SheetCells } from "./SheetCells";
export { importPd02Sheet, type ImportOptions } from "./importPd02Sheet";
export { importedTemplateRows, MONTH_MARK, type ImportedTemplateRows } from "./importedTemplateRows";
export {
  IMPORT_ISSUE_CODES,
  ImportedProjectSchema,
  ImportedStrategySchema,
  ImportResultSchema,
  SkippedRowSchema,
  SkipReasonSchema,
  type ImportedProject,
  type ImportedStrategy,
  type ImportIssueCode,
  type ImportResult,
  type SkippedRow,
  type SkipReason,
} from "./ImportResult";
export { findPd02Sheet } from "./findPd02Sheet";
