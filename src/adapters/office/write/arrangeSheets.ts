import { generatedSheetsNamed } from "../read/ownerMarks";

/**
 * 2 syncs (1 when fewer than two of the names are generated sheets): find the owner marks and
 * positions, then move the generated sheets together, in the given order, where the first of them
 * stands. The user's sheets keep their order (one among ours ends up after them).
 */
export async function arrangeSheets(context: Excel.RequestContext, names: readonly string[]): Promise<void> {
  const owned = await generatedSheetsNamed(context, names, ["position"]);
  if (owned.length < 2) return;
  const start = Math.min(...owned.map((sheet) => sheet.position));
  // Excel applies the moves in order, as one move after another: each lands at its place.
  owned.forEach((sheet, i) => (sheet.position = start + i));
  await context.sync();
}
