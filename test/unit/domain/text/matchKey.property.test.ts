import fc from "fast-check";
import { typedTextKey } from "../../../oracles/typedTextKey";
import { matchKey } from "../../../../src/domain/text/matchKey";

/** Thai pieces, including the ones copying and typing respell, mixed with any Unicode at all. */
const thaiPiece = fc.constantFrom(
  ..."กขคนปทยอฐญำาเแัิีึืฺุู็่้๊๋์ํๅ๑๒๓ ".split(""),
  "\u200b",
  "\u00a0",
  "\u3000",
  "\ufeff",
  "\u00ad",
  "\uf70a",
  "\uf884",
  "\u2013",
  "“",
  "Ａ",
  "１",
  "A",
  "a",
  "\u0301",
  "×",
  "✓",
  "é",
  "½",
  "’",
  "Ω",
  "\u2212",
);
const anyText = fc.oneof(
  fc.array(thaiPiece, { maxLength: 14 }).map((pieces) => pieces.join("")),
  fc.string({ unit: "binary", maxLength: 14 }),
  fc
    .array(fc.oneof(thaiPiece, fc.string({ unit: "binary", maxLength: 2 })), { maxLength: 10 })
    .map((p) => p.join("")),
);

describe("matchKey against an independent implementation of its specification", () => {
  it("gives the oracle's key for any text, fast paths included", () => {
    fc.assert(
      fc.property(anyText, (text) => {
        expect(matchKey(text)).toBe(typedTextKey(text));
      }),
      { numRuns: 5000 },
    );
  });
});
