import fc from "fast-check";
import { spacedPhrases } from "../../../../src/domain/layout/_lib/spacedPhrases";
import { splitBetween } from "../../../../src/domain/text/splitBetween";

// The ES2017 forms must cut exactly where the lookbehind splits they replace did (Node has lookbehind).
const text = (chars: string[]) =>
  fc.array(fc.constantFrom(...chars), { maxLength: 24 }).map((c) => c.join(""));

describe("splitBetween", () => {
  it("cuts after every breaking space, as split(/(?<=[^\\S\\u00A0])/u)", () => {
    fc.assert(
      fc.property(text(["ก", "a", " ", "\u00A0", "\n", "\t", "1", "😀"]), (s) => {
        expect(splitBetween(s, (before) => /[^\S\u00A0]/u.test(before))).toEqual(
          s.split(/(?<=[^\S\u00A0])/u),
        );
      }),
    );
  });

  it("cuts between a space and what follows it, as split(/(?<=\\s)(?=\\S)/u)", () => {
    fc.assert(
      fc.property(text(["ก", "a", " ", "\u00A0", "\n", "5", "😀"]), (s) => {
        expect(splitBetween(s, (before, after) => /\s/u.test(before) && /\S/u.test(after))).toEqual(
          s.split(/(?<=\s)(?=\S)/u),
        );
      }),
    );
  });

  it("keeps every character", () => {
    expect(splitBetween("ab  c", (before) => before === " ")).toEqual(["ab ", " ", "c"]);
    expect(splitBetween("", () => true)).toEqual([""]);
  });
});

describe("spacedPhrases", () => {
  it("splits at spaces except after พ.ศ., as split(/(?<!พ\\.ศ\\.) /u)", () => {
    fc.assert(
      fc.property(text(["พ.ศ.", "พ", ".", "ศ", " ", "2570", "ก"]), (s) => {
        expect(spacedPhrases(s)).toEqual(s.split(/(?<!พ\.ศ\.) /u));
      }),
    );
  });

  it("keeps the era with its year", () => {
    expect(spacedPhrases("ประจำปีงบประมาณ พ.ศ. 2570 ของ")).toEqual(["ประจำปีงบประมาณ", "พ.ศ. 2570", "ของ"]);
  });
});
