import type { ImageSpec } from "./SheetSpec";

/** A picture the user gave (the emblem, the logo): its bytes, format and size in pixels. */
export interface Picture {
  readonly data: Uint8Array;
  readonly format: ImageSpec["format"];
  readonly widthPx: number;
  readonly heightPx: number;
}

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

const uint32 = (b: Uint8Array, at: number): number =>
  (((b[at] ?? 0) << 24) | ((b[at + 1] ?? 0) << 16) | ((b[at + 2] ?? 0) << 8) | (b[at + 3] ?? 0)) >>> 0;
const uint16 = (b: Uint8Array, at: number): number => ((b[at] ?? 0) << 8) | (b[at + 1] ?? 0);

/** JPEG start-of-frame markers (baseline, progressive, …), which carry the size; not DHT, JPG or DAC. */
const isStartOfFrame = (marker: number): boolean =>
  marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;

function jpegSize(b: Uint8Array): { widthPx: number; heightPx: number } | null {
  let at = 2;
  while (at + 9 < b.length) {
    if (b[at] !== 0xff) return null;
    const marker = b[at + 1] ?? 0;
    // Fill bytes and markers without a length.
    if (marker === 0xff) {
      at += 1;
      continue;
    }
    if (marker === 0xd8 || (marker >= 0xd0 && marker <= 0xd7) || marker === 0x01) {
      at += 2;
      continue;
    }
    const length = uint16(b, at + 2);
    if (isStartOfFrame(marker)) return { heightPx: uint16(b, at + 5), widthPx: uint16(b, at + 7) };
    at += 2 + length;
  }
  return null;
}

/**
 * The picture in a PNG or JPEG file's bytes, with its pixel size read from the file; null for any
 * other file (or a damaged one), so a wrong file is told, never placed.
 * @example pictureOf(pngBytes)?.format //=> "png"
 */
export function pictureOf(data: Uint8Array): Picture | null {
  if (PNG_SIGNATURE.every((byte, i) => data[i] === byte) && data.length >= 24) {
    const [widthPx, heightPx] = [uint32(data, 16), uint32(data, 20)];
    return widthPx > 0 && heightPx > 0 ? { data, format: "png", widthPx, heightPx } : null;
  }
  if (data[0] === 0xff && data[1] === 0xd8) {
    const size = jpegSize(data);
    return size && size.widthPx > 0 && size.heightPx > 0 ? { data, format: "jpeg", ...size } : null;
  }
  return null;
}

/** The emblem on the notice and the logo on the cover stand this tall (about 3 cm, สารบรรณ practice). */
export const EMBLEM_HEIGHT_PT = (3 / 2.54) * 72;

/**
 * A picture placed `heightPt` tall (its width by its own proportions) with its centre at `centreXPt`
 * from the left edge of the sheet and its top `topPt` below the top of row `row`, given the column
 * widths: anchored at the column it starts in.
 */
export function placePicture(
  picture: Picture,
  placement: {
    readonly columnWidthsPt: readonly number[];
    readonly centreXPt: number;
    readonly row: number;
    readonly topPt: number;
    readonly heightPt: number;
    readonly description: string;
  },
): ImageSpec {
  const widthPt = (placement.heightPt * picture.widthPx) / picture.heightPx;
  let left = Math.max(0, placement.centreXPt - widthPt / 2);
  let column = 0;
  while (column < placement.columnWidthsPt.length - 1 && left >= (placement.columnWidthsPt[column] ?? 0)) {
    left -= placement.columnWidthsPt[column] ?? 0;
    column += 1;
  }
  return {
    data: picture.data,
    format: picture.format,
    row: placement.row,
    column,
    offsetXPt: left,
    offsetYPt: placement.topPt,
    widthPt,
    heightPt: placement.heightPt,
    description: placement.description,
  };
}
