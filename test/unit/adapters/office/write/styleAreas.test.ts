import type { RowSpec } from "../../../../../src/domain/layout/SheetSpec";
import { packOps } from "../../../../../src/adapters/office/write/packOps";
import { safeCellText } from "../../../../../src/adapters/office/write/safeCellText";
import {
  chunkAddresses,
  facetAreas,
  rectA1,
  styleAreas,
} from "../../../../../src/adapters/office/write/styleAreas";

const row = (...styles: (string | undefined)[]): RowSpec => ({
  heightPt: 20,
  cells: styles.map((style) => (style === undefined ? null : { value: null, style })),
});

describe("styleAreas", () => {
  it("merges runs across a row and equal runs down the rows", () => {
    const areas = styleAreas([
      row("h", "h", "h"),
      row("t", "t", "m"),
      row("t", "t", "m"),
      row(undefined, "t", "m"),
    ]);
    expect([...(areas.get("h") ?? [])].map(rectA1)).toEqual(["A1:C1"]);
    expect([...(areas.get("t") ?? [])].map(rectA1)).toEqual(["A2:B3", "B4"]);
    expect([...(areas.get("m") ?? [])].map(rectA1)).toEqual(["C2:C4"]);
  });
});

describe("facetAreas", () => {
  it("shares one border rectangle between styles that differ only in fill", () => {
    const border = { top: "thin", bottom: "thin", left: "thin", right: "thin" } as const;
    const areas = facetAreas([row("bar", "month"), row("month", "bar")], {
      bar: { fill: "#808080", border },
      month: { border },
    });
    expect(areas.map((a) => ({ style: a.style, at: a.rects.map(rectA1) }))).toEqual([
      { style: { fill: "#808080" }, at: ["A1", "B2"] },
      { style: { border }, at: ["A1:B2"] },
    ]);
  });
});

describe("chunkAddresses", () => {
  it("keeps every address list under the limit", () => {
    const chunks = chunkAddresses(["A1", "B2", "C3", "D4"], 5);
    expect(chunks).toEqual(["A1,B2", "C3,D4"]);
  });
});

describe("packOps", () => {
  it("packs ops in order into requests under the budget", () => {
    const op = (bytes: number) => ({ bytes, apply: () => undefined });
    const batches = packOps([op(3), op(3), op(5), op(1)], 6);
    expect(batches.map((b) => b.map((o) => o.bytes))).toEqual([
      [3, 3],
      [5, 1],
    ]);
  });
});

describe("safeCellText", () => {
  it.each([
    ["=SUM(A1)", "'=SUM(A1)"],
    ["+66", "'+66"],
    ["-", "'-"],
    ["@x", "'@x"],
    ["'a", "''a"],
    ["ซ่อมถนน", "ซ่อมถนน"],
  ])("%s → %s", (text, written) => expect(safeCellText(text)).toBe(written));
});
