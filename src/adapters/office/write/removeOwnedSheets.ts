import { generatedSheetsNamed } from "../read/ownerMarks";

/** 2 syncs (1 when none of the names is a generated sheet): find the owner marks, then delete. */
export async function removeOwnedSheets(
  context: Excel.RequestContext,
  names: readonly string[],
): Promise<readonly string[]> {
  const owned = await generatedSheetsNamed(context, names);
  if (owned.length === 0) return [];
  for (const sheet of owned) sheet.delete();
  await context.sync();
  return owned.map((sheet) => sheet.name);
}
