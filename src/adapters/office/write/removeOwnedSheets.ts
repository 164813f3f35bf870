import { ownerInRow, queueWorkbookIdName, sheetWithFirstRow, workbookIdOf } from "../read/ownerMarks";

/** 2 syncs (1 when none of the names is a generated sheet): find the owner marks, then delete. */
export async function removeOwnedSheets(
  context: Excel.RequestContext,
  names: readonly string[],
): Promise<readonly string[]> {
  const targets = names.map((name) => sheetWithFirstRow(context, name));
  const idName = queueWorkbookIdName(context);
  await context.sync();
  const workbookId = workbookIdOf(idName);
  const owned = targets.filter(
    (t) => !t.sheet.isNullObject && ownerInRow(t.firstRow, t.sheet.name, workbookId) !== null,
  );
  if (owned.length === 0) return [];
  for (const target of owned) target.sheet.delete();
  await context.sync();
  return owned.map((target) => target.sheet.name);
}
