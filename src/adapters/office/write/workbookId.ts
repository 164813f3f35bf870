import { newWorkbookId, WORKBOOK_ID_NAME, workbookIdFormula } from "../../../domain/layout/ownerMark";
import { workbookIdOf } from "../read/ownerMarks";

/**
 * The workbook's id, and the work that creates it the first time: a hidden workbook-level name
 * whose formula is the id as a text constant. A name of ours that holds something else gets the id.
 */
export function workbookIdFor(
  context: Excel.RequestContext,
  idName: Excel.NamedItem,
  random: () => Uint8Array,
): { readonly id: string; readonly create: (() => void) | null } {
  const existing = workbookIdOf(idName);
  if (existing !== null) return { id: existing, create: null };
  const id = newWorkbookId(random());
  const formula = `=${workbookIdFormula(id)}`;
  const create = (): void => {
    if (!idName.isNullObject) {
      idName.formula = formula;
      return;
    }
    // Hidden right where it is added: Excel ignores `visible = false` on a name it already had (office-js#3878).
    context.workbook.names.add(WORKBOOK_ID_NAME, formula).visible = false;
  };
  return { id, create };
}
