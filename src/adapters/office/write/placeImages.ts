import type { ImageSpec, SheetSpec } from "../../../domain/layout/SheetSpec";

/** Names of the pictures this tool places start so: a rebuild deletes exactly those, never the user's. */
export const PICTURE_NAME_PREFIX = "action-plan:";

/** Whether a picture found on a generated sheet is one this tool placed. */
export function isOurPicture(name: string): boolean {
  return name.startsWith(PICTURE_NAME_PREFIX);
}

/**
 * Where a picture's top-left corner goes, in points from the sheet's top-left corner: the widths
 * and heights the spec gives the columns and rows before its cell, plus its offset. The sheet's own
 * sizes are those very numbers (set in the same write), so no read is needed.
 */
export function picturePlace(
  spec: SheetSpec,
  image: ImageSpec,
): { readonly left: number; readonly top: number } {
  const before = (sizes: readonly number[], count: number): number =>
    sizes.slice(0, count).reduce((sum, size) => sum + size, 0);
  return {
    left:
      before(
        spec.columns.map((c) => c.widthPt),
        image.column,
      ) + image.offsetXPt,
    top:
      before(
        spec.rows.map((r) => r.heightPt),
        image.row,
      ) + image.offsetYPt,
  };
}

/**
 * Places one picture (PNG or JPEG as Base64) at its place with exactly its width and height, named
 * and described for screen readers by what it shows.
 * @apiSet ExcelApi 1.9
 */
export function placePicture(
  sheet: Excel.Worksheet,
  base64: string,
  image: ImageSpec,
  place: { readonly left: number; readonly top: number },
  index: number,
): void {
  const shape = sheet.shapes.addImage(base64);
  shape.name = `${PICTURE_NAME_PREFIX}${index + 1} ${image.description}`;
  shape.altTextTitle = image.description;
  shape.altTextDescription = image.description;
  // Excel keeps a new picture's aspect ratio: without this, setting the height would change the width.
  shape.lockAspectRatio = false;
  shape.left = place.left;
  shape.top = place.top;
  shape.width = image.widthPt;
  shape.height = image.heightPt;
}

/**
 * Deletes the pictures this tool placed on a generated sheet before it is written again (loaded in
 * the check sync); a picture the user put there stays.
 * @apiSet ExcelApi 1.9
 */
export function deleteOurPictures(shapes: readonly Excel.Shape[]): void {
  for (const shape of shapes) if (isOurPicture(shape.name)) shape.delete();
}

/** Base64 length of some bytes. */
const base64Length = (bytes: number): number => 4 * Math.ceil(bytes / 3);

/**
 * Refuses, before anything is written, a picture too large to travel in one request (Excel on the
 * web refuses requests over 5 MB; a picture cannot be split).
 * @throws RangeError naming the picture and its sheet
 */
export function assertPicturesFit(specs: readonly SheetSpec[], budgetBytes: number): void {
  for (const spec of specs)
    for (const image of spec.images ?? []) {
      if (base64Length(image.data.length) > budgetBytes)
        throw new RangeError(
          `Picture "${image.description}" on sheet "${spec.name}" is ${(image.data.length / 1e6).toFixed(1)} MB: ` +
            `too large to send to Excel; use a file under ${((budgetBytes * 3) / 4 / 1e6).toFixed(1)} MB`,
        );
    }
}
