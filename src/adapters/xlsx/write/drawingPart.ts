import type { ImageSpec } from "../../../domain/layout/SheetSpec";
import { CONTENT_TYPE } from "../package/contentTypes";
import type { OoxmlPackage } from "../package/OoxmlPackage";
import { addRelationships, REL } from "../package/relationships";
import { escapeXml } from "../package/xml";

/** English Metric Units per point (DrawingML measures in EMU). */
const EMU_PER_PT = 12_700;

export const IMAGE_CONTENT_TYPES: Readonly<Record<ImageSpec["format"], string>> = {
  png: "image/png",
  jpeg: "image/jpeg",
};
const EXTENSIONS: Readonly<Record<ImageSpec["format"], string>> = { png: "png", jpeg: "jpeg" };

const DRAWING_NS = "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing";
const MAIN_NS = "http://schemas.openxmlformats.org/drawingml/2006/main";
const REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

const emu = (pt: number): number => Math.round(pt * EMU_PER_PT);

/**
 * A drawing part placing each picture at its cell and offset with its exact size (a one-cell anchor:
 * the picture keeps its size whatever the rows and columns do). `blipIds` are the relationship ids of
 * the pictures' media parts, in order.
 */
export function drawingXml(images: readonly ImageSpec[], blipIds: readonly string[]): string {
  const anchors = images.map((image, i) => {
    const name = escapeXml(image.description);
    const [cx, cy] = [emu(image.widthPt), emu(image.heightPt)];
    return (
      `<xdr:oneCellAnchor><xdr:from><xdr:col>${image.column}</xdr:col><xdr:colOff>${emu(image.offsetXPt)}</xdr:colOff>` +
      `<xdr:row>${image.row}</xdr:row><xdr:rowOff>${emu(image.offsetYPt)}</xdr:rowOff></xdr:from>` +
      `<xdr:ext cx="${cx}" cy="${cy}"/><xdr:pic><xdr:nvPicPr><xdr:cNvPr id="${i + 2}" name="${name}" descr="${name}"/>` +
      `<xdr:cNvPicPr><a:picLocks noChangeAspect="1"/></xdr:cNvPicPr></xdr:nvPicPr>` +
      `<xdr:blipFill><a:blip r:embed="${blipIds[i] ?? ""}"/><a:stretch><a:fillRect/></a:stretch></xdr:blipFill>` +
      `<xdr:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="${cx}" cy="${cy}"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></xdr:spPr>` +
      `</xdr:pic><xdr:clientData/></xdr:oneCellAnchor>`
    );
  });
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<xdr:wsDr xmlns:xdr="${DRAWING_NS}" xmlns:a="${MAIN_NS}" xmlns:r="${REL_NS}">${anchors.join("")}</xdr:wsDr>`
  );
}

export interface DrawingParts {
  /** The relationship id the worksheet's `<drawing r:id>` must name. */
  readonly relationshipId: string;
  /** Content-type overrides and extension defaults the new parts need. */
  readonly overrides: readonly { readonly part: string; readonly contentType: string }[];
  readonly defaults: readonly { readonly extension: string; readonly contentType: string }[];
}

/**
 * Adds a sheet's pictures as new parts: each picture's media part, the drawing that places them with
 * its relationships, and the sheet's relationship to the drawing. `freePart` names new parts (none the
 * package has). Nothing already in the package is changed but the sheet's own relationships.
 */
export function writeDrawing(
  pkg: OoxmlPackage,
  sheetPart: string,
  images: readonly ImageSpec[],
  freePart: (prefix: string, suffix: string) => string,
): DrawingParts {
  const drawingPart = freePart("xl/drawings/drawing", ".xml");
  const media = images.map((image) => {
    const part = freePart("xl/media/image", `.${EXTENSIONS[image.format]}`);
    pkg.write(part, image.data);
    return part;
  });
  const blipIds = addRelationships(
    pkg,
    drawingPart,
    media.map((targetPart) => ({ type: REL.image, targetPart })),
  );
  pkg.write(drawingPart, drawingXml(images, blipIds));
  const [relationshipId] = addRelationships(pkg, sheetPart, [{ type: REL.drawing, targetPart: drawingPart }]);
  const formats = [...new Set(images.map((i) => i.format))];
  return {
    relationshipId: relationshipId ?? "",
    overrides: [{ part: drawingPart, contentType: CONTENT_TYPE.drawing }],
    defaults: formats.map((f) => ({ extension: EXTENSIONS[f], contentType: IMAGE_CONTENT_TYPES[f] })),
  };
}
