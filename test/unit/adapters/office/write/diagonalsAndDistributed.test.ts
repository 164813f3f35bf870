import { toA1 } from "../../../../../src/domain/grid/a1";
import { planTextsFrom } from "../../../../../src/domain/book/planTextsFrom";
import { layoutBook } from "../../../../../src/domain/layout/layoutBook";
import type { CellStyle, SheetSpec } from "../../../../../src/domain/layout/SheetSpec";
import { samplePlan } from "../../../../fixtures/samplePlan";
import { planTextsGrid } from "../../../../builders/planTextsGrid";
import { syntheticSheetSpec } from "../../../../office/syntheticSheetSpec";
import { officeOnFake } from "../../../../office/officeOnFake";

const GENERATED_AT = "2026-12-02T03:00:00Z";

/** How Excel is told each line (written out here, not taken from the adapter). */
const LINE = {
  thin: ["Continuous", "Thin"],
  medium: ["Continuous", "Medium"],
  double: ["Double", "Thick"],
  hair: ["Continuous", "Hairline"],
  dotted: ["Dot", "Thin"],
} as const;

/** The plan book of the sample plan, pictures left out (they are another feature). */
function bookSheets(): SheetSpec[] {
  const plan = samplePlan();
  return layoutBook(plan, planTextsFrom(planTextsGrid([]), plan), { edition: "หลัก" }).sheets.map(
    ({ images: _images, ...spec }) => spec,
  );
}

/** Every cell's diagonals and horizontal alignment as the layout wants them, as "sheet!A1 …" lines. */
function wanted(specs: readonly SheetSpec[], facet: (style: CellStyle) => string[]): string[] {
  const lines: string[] = [];
  for (const spec of specs)
    spec.rows.forEach((row, r) =>
      row.cells.forEach((cell, c) => {
        const style = cell?.style === undefined ? undefined : spec.styles[cell.style];
        if (style) for (const part of facet(style)) lines.push(`${spec.name}!${toA1(r, c)} ${part}`);
      }),
    );
  return lines.sort();
}

/** The same, as the fake workbook holds them after the write. */
function drawn(
  state: ReturnType<typeof officeOnFake>["state"],
  specs: readonly SheetSpec[],
  facet: (format: Record<string, unknown>) => string[],
): string[] {
  const lines: string[] = [];
  for (const spec of specs)
    spec.rows.forEach((row, r) =>
      row.cells.forEach((_, c) => {
        const format = state.cell(spec.name, toA1(r, c))?.format ?? {};
        for (const part of facet(format)) lines.push(`${spec.name}!${toA1(r, c)} ${part}`);
      }),
    );
  return lines.sort();
}

const diagonalsOfStyle = (style: CellStyle): string[] =>
  (["diagonalUp", "diagonalDown"] as const).flatMap((which) => {
    const line = style.border?.[which];
    return line === undefined
      ? []
      : [`${which === "diagonalUp" ? "DiagonalUp" : "DiagonalDown"} ${LINE[line].join("/")}`];
  });
const diagonalsOfCell = (format: Record<string, unknown>): string[] =>
  ["DiagonalUp", "DiagonalDown"].flatMap((edge) =>
    format[`borders.${edge}.style`] === undefined
      ? []
      : [`${edge} ${String(format[`borders.${edge}.style`])}/${String(format[`borders.${edge}.weight`])}`],
  );

describe("writeSheets draws diagonal borders (the ผด.02 arrow heads and the book's flow chart)", () => {
  it.each(["1.9", "1.7"] as const)(
    "on ExcelApi %s every diagonal of the plan book lands on exactly the cells whose style has it",
    async (apiVersion) => {
      const sheets = bookSheets();
      const want = wanted(sheets, diagonalsOfStyle);
      // The sample book has both directions (ผด.02 arrows, the flow chart), or this proves nothing.
      expect(want.some((l) => l.includes("DiagonalUp"))).toBe(true);
      expect(want.some((l) => l.includes("DiagonalDown"))).toBe(true);

      const { workbook, state } = officeOnFake({ apiVersion });
      await workbook.writeSheets(sheets, GENERATED_AT);

      expect(drawn(state, sheets, diagonalsOfCell)).toEqual(want);
    },
    60_000,
  );

  it("keeps a cell's sides when it also has a diagonal", async () => {
    const base = syntheticSheetSpec(1);
    const spec: SheetSpec = {
      ...base,
      columns: [{ widthPt: 40 }, { widthPt: 40 }],
      merges: [],
      rows: [
        {
          heightPt: 20,
          cells: [
            { value: null, style: "head" },
            { value: null, style: "tail" },
          ],
        },
      ],
      styles: {
        head: {
          border: { top: "thin", bottom: "medium", left: "thin", right: "thin", diagonalUp: "medium" },
        },
        tail: { border: { diagonalDown: "thin" } },
      },
    };
    const { workbook, state } = officeOnFake({ apiVersion: "1.9" });
    await workbook.writeSheets([spec], GENERATED_AT);

    const a1 = state.cell(spec.name, "A1")?.format ?? {};
    expect(a1).toMatchObject({
      "borders.EdgeTop.style": "Continuous",
      "borders.EdgeBottom.weight": "Medium",
      "borders.DiagonalUp.style": "Continuous",
      "borders.DiagonalUp.weight": "Medium",
    });
    expect(a1["borders.DiagonalDown.style"]).toBeUndefined();
    const b1 = state.cell(spec.name, "B1")?.format ?? {};
    expect(b1["borders.DiagonalDown.weight"]).toBe("Thin");
    expect(b1["borders.DiagonalUp.style"]).toBeUndefined();
    // B1 has no sides of its own; its left edge is A1's right.
    expect(b1["borders.EdgeTop.style"]).toBeUndefined();
  });
});

describe("writeSheets sets distributed (justified) lines", () => {
  const alignmentOfStyle = (style: CellStyle): string[] =>
    style.distributed
      ? ["Distributed"]
      : style.horizontal
        ? [{ left: "Left", center: "Center", right: "Right" }[style.horizontal]]
        : [];
  const alignmentOfCell = (format: Record<string, unknown>): string[] =>
    format.horizontalAlignment === undefined ? [] : [String(format.horizontalAlignment)];

  it.each(["1.9", "1.7"] as const)(
    "on ExcelApi %s every cell of the plan book gets its style's alignment, distributed where justified",
    async (apiVersion) => {
      const sheets = bookSheets();
      const want = wanted(sheets, alignmentOfStyle);
      expect(want.some((l) => l.endsWith("Distributed"))).toBe(true);

      const { workbook, state } = officeOnFake({ apiVersion });
      await workbook.writeSheets(sheets, GENERATED_AT);

      expect(drawn(state, sheets, alignmentOfCell)).toEqual(want);
    },
    60_000,
  );
});

describe("diagonals and distributed lines cost no sync", () => {
  /** The same sheets without diagonals or distributed alignment. */
  const plain = (specs: readonly SheetSpec[]): SheetSpec[] =>
    specs.map((spec) => ({
      ...spec,
      styles: Object.fromEntries(
        Object.entries(spec.styles).map(([key, { distributed: _d, border, ...style }]) => {
          const { diagonalUp: _u, diagonalDown: _w, ...sides } = border ?? {};
          return [key, border ? { ...style, border: sides } : style];
        }),
      ),
    }));

  it.each(["1.9", "1.7"] as const)(
    "on ExcelApi %s the plan book takes as many syncs with them as without, each request under 4 MB",
    async (apiVersion) => {
      const sheets = bookSheets();
      const withThem = officeOnFake({ apiVersion });
      await withThem.workbook.writeSheets(sheets, GENERATED_AT);
      const without = officeOnFake({ apiVersion });
      await without.workbook.writeSheets(plain(sheets), GENERATED_AT);

      expect(withThem.fake.stats.syncs).toBe(without.fake.stats.syncs);
      expect(withThem.fake.stats.syncs).toBeLessThanOrEqual(3);
      expect(withThem.fake.stats.maxRequestBytes).toBeLessThan(4_000_000);
      // The diagonals were really sent: more bytes than without.
      const total = (bytes: readonly number[]) => bytes.reduce((a, b) => a + b, 0);
      expect(total(withThem.fake.stats.requestBytes)).toBeGreaterThan(total(without.fake.stats.requestBytes));
    },
    60_000,
  );
});
