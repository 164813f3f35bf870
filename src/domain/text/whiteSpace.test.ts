import fc from "fast-check";
import { squeeze } from "../text/whiteSpace";
import { cellText } from "../grid/cellText";

describe("squeeze", () => {
  it("trims and collapses every kind of white space to one space", () => {
    expect(squeeze("  โครงการ\u00a0\u00a0ซ่อม\tถนน\u200b ")).toBe("โครงการ ซ่อม ถนน");
    expect(squeeze("\u200bหมู่ที่ 1\n")).toBe("หมู่ที่ 1");
  });

  it("returns tidy text as it is", () => {
    const tidy = "โครงการก่อสร้างถนน คสล. หมู่ที่ 3";
    expect(squeeze(tidy)).toBe(tidy);
  });

  it("always equals the plain collapse-and-trim, whatever the spacing", () => {
    const piece = fc.constantFrom(
      "ก",
      "1",
      "a",
      " ",
      "  ",
      "\t",
      "\n",
      "\u00a0",
      "\u200b",
      "\ufeff",
      "\u3000",
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => {
        const text = pieces.join("");
        expect(squeeze(text)).toBe(text.replace(/[\s\u200b]+/gu, " ").trim());
      }),
      { numRuns: 2000 },
    );
  });

  it("reads cells through it", () => {
    expect(cellText("  ที่ \u00a0 1 ")).toBe("ที่ 1");
  });
});
