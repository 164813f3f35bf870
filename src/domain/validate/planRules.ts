import { amendmentReason } from "./rules/amendmentReason";
import { appropriation } from "./rules/appropriation";
import { budgetAmount } from "./rules/budgetAmount";
import { budgetPair } from "./rules/budgetPair";
import { budgetSourceMismatch } from "./rules/budgetSourceMismatch";
import { catalogAliases } from "./rules/catalogAliases";
import { cellErrorValues } from "./rules/cellErrorValues";
import { devPlanEntries } from "./rules/devPlanEntries";
import { devPlanLink } from "./rules/devPlanLink";
import { duplicateProject } from "./rules/duplicateProject";
import { editionCodes } from "./rules/editionCodes";
import { editionDates } from "./rules/editionDates";
import { fiscalYear } from "./rules/fiscalYear";
import { followUpChecks } from "./rules/followUpChecks";
import { followUpValues } from "./rules/followUpValues";
import { formulasWithoutResult } from "./rules/formulasWithoutResult";
import { mergedCells } from "./rules/mergedCells";
import { monthNoneMarks } from "./rules/monthNoneMarks";
import { missingRequiredValue } from "./rules/missingRequiredValue";
import { noMonthMarked } from "./rules/noMonthMarked";
import { rowsBelowTable } from "./rules/rowsBelowTable";
import { settingsValues } from "./rules/settingsValues";
import { strategyNumbers } from "./rules/strategyNumbers";
import { unknownCatalogValue } from "./rules/unknownCatalogValue";
import { unknownStrategy } from "./rules/unknownStrategy";
import type { Rule } from "./Rule";

/** The plan's own rules, in no particular order (analysePlan sorts the issues by cell). */
export const PLAN_RULES: readonly Rule[] = [
  cellErrorValues,
  formulasWithoutResult,
  rowsBelowTable,
  mergedCells,
  missingRequiredValue,
  settingsValues,
  fiscalYear,
  strategyNumbers,
  unknownStrategy,
  unknownCatalogValue,
  catalogAliases,
  budgetAmount,
  noMonthMarked,
  monthNoneMarks,
  budgetPair,
  budgetSourceMismatch,
  duplicateProject,
  editionCodes,
  editionDates,
  appropriation,
  followUpValues,
  followUpChecks,
  devPlanLink,
  devPlanEntries,
  amendmentReason,
];
