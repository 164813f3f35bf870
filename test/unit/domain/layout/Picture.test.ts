import { pngImage } from "../../../builders/pngImage";
import { EMBLEM_HEIGHT_PT, pictureOf, placePicture } from "../../../../src/domain/layout/Picture";

/** The head of a baseline JPEG: SOI, a JFIF APP0 segment, then SOF0 with 100 × 200 (height × width). */
const jpegHead = new Uint8Array([
  0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01, 0x01, 0x00, 0x00, 0x01, 0x00, 0x01,
  0x00, 0x00, 0xff, 0xc0, 0x00, 0x11, 0x08, 0x00, 0x64, 0x00, 0xc8, 0x03, 0x01, 0x22, 0x00, 0x02, 0x11, 0x01,
]);

describe("pictureOf", () => {
  test("reads a PNG's and a JPEG's size from the file", () => {
    expect(pictureOf(pngImage(30, 45))).toMatchObject({ format: "png", widthPx: 30, heightPx: 45 });
    expect(pictureOf(jpegHead)).toMatchObject({ format: "jpeg", widthPx: 200, heightPx: 100 });
  });

  test("anything else is no picture", () => {
    expect(pictureOf(new TextEncoder().encode("GIF89a......"))).toBeNull();
    expect(pictureOf(new Uint8Array())).toBeNull();
    expect(pictureOf(jpegHead.slice(0, 12))).toBeNull();
  });
});

describe("placePicture", () => {
  test("keeps the picture's proportions at the height asked and centres it where asked", () => {
    const picture = pictureOf(pngImage(60, 80));
    if (!picture) throw new Error("no picture");
    const placed = placePicture(picture, {
      columnWidthsPt: [71, 64, 64, 64, 64, 63, 35, 28],
      centreXPt: 212.5,
      row: 0,
      topPt: 2,
      heightPt: EMBLEM_HEIGHT_PT,
      description: "ตราครุฑ",
    });
    expect(EMBLEM_HEIGHT_PT).toBeCloseTo(85.04, 2);
    expect(placed.widthPt).toBeCloseTo((EMBLEM_HEIGHT_PT * 60) / 80, 6);
    // Its left edge, 212.5 − 31.89 = 180.61 pt from the sheet's left, falls in the third column.
    expect(placed.column).toBe(2);
    expect(placed.offsetXPt).toBeCloseTo(212.5 - placed.widthPt / 2 - 71 - 64, 6);
  });
});
