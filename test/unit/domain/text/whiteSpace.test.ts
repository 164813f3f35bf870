import fc from "fast-check";
import { cellText } from "../../../../src/domain/grid/cellText";
import { cleanText } from "../../../../src/domain/text/cleanText";
import { squeeze } from "../../../../src/domain/text/whiteSpace";

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

describe("cellText's fast path", () => {
  it("reads any text as squeeze(cleanText(text)), tidy or not", () => {
    const piece = fc.constantFrom(
      ..."กข่ั้ำาเ ํิี a1-–× ".split(""),
      "\u200b",
      "\t",
      "  ",
      "\u00a0",
      "\u0e4d\u0e32",
    );
    const text = fc.oneof(
      fc.array(piece, { maxLength: 12 }).map((p) => p.join("")),
      fc.string({ unit: "binary", maxLength: 10 }),
    );
    fc.assert(
      fc.property(text, (t) => {
        expect(cellText(t)).toBe(squeeze(cleanText(t)));
      }),
      { numRuns: 3000 },
    );
  });
});
