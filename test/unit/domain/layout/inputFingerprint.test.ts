import type { TableGrid } from "../../../../src/domain/grid/TableGrid";
import { fnv1a, inputFingerprint } from "../../../../src/domain/layout/inputFingerprint";

const projects = (rows: TableGrid["rows"], at = { sheet: "โครงการ", headerRow: 0 }): TableGrid => ({
  name: "Projects",
  sheet: at.sheet,
  headerRow: at.headerRow,
  firstColumn: 0,
  headers: ["ชื่อโครงการ", "งบประมาณ"],
  rows,
  rowsBelow: [],
  firstRowBelow: at.headerRow + 1 + rows.length,
  merges: [],
});
const settings: TableGrid = {
  name: "PlanSettings",
  sheet: "ตั้งค่า",
  headerRow: 0,
  firstColumn: 0,
  headers: ["ชื่อ", "ค่า"],
  rows: [["ปีงบประมาณ", 2570]],
  rowsBelow: [],
  firstRowBelow: 2,
  merges: [],
};

describe("inputFingerprint", () => {
  it("is the FNV-1a hash known from its reference values", () => {
    expect(fnv1a("")).toBe("811c9dc5");
    expect(fnv1a("a")).toBe("e40c292c");
    expect(fnv1a("foobar")).toBe("bf9cf968");
  });

  it("is eight hex digits and the same for the same data", () => {
    const a = inputFingerprint([settings, projects([["ถนน คสล.", 500000]])]);
    expect(a).toMatch(/^[0-9a-f]{8}$/u);
    expect(inputFingerprint([settings, projects([["ถนน คสล.", 500000]])])).toBe(a);
  });

  it("changes when a budget or a project name changes", () => {
    const before = inputFingerprint([settings, projects([["ถนน คสล.", 500000]])]);
    expect(inputFingerprint([settings, projects([["ถนน คสล.", 500001]])])).not.toBe(before);
    expect(inputFingerprint([settings, projects([["ถนนลูกรัง", 500000]])])).not.toBe(before);
    expect(
      inputFingerprint([
        settings,
        projects([
          ["ถนน คสล.", 500000],
          ["ประปา", 1],
        ]),
      ]),
    ).not.toBe(before);
  });

  it("ignores where the tables sit, their order, trailing spaces and blank rows", () => {
    const before = inputFingerprint([settings, projects([["ถนน คสล.", 500000]])]);
    const moved = projects(
      [
        ["ถนน คสล.  ", 500000],
        [null, null],
        ["", null],
      ],
      { sheet: "อื่น", headerRow: 4 },
    );
    expect(inputFingerprint([moved, settings])).toBe(before);
  });
});

describe("inputFingerprint of rows typed below a table", () => {
  const below = (rowsBelow: TableGrid["rowsBelow"], merges: TableGrid["merges"] = []): TableGrid => ({
    ...projects([["ถนน คสล.", 500000]]),
    rowsBelow,
    merges,
  });

  it("changes when a row typed below the table changes, appears or is set apart by a blank row", () => {
    const plain = inputFingerprint([settings, below([])]);
    const one = inputFingerprint([settings, below([["ประปา", 1]])]);
    expect(one).not.toBe(plain);
    expect(inputFingerprint([settings, below([["ประปา", 2]])])).not.toBe(one);
    expect(
      inputFingerprint([
        settings,
        below([
          [null, null],
          ["ประปา", 1],
        ]),
      ]),
    ).not.toBe(one);
  });

  it("changes when cells of the data rows are merged", () => {
    const plain = inputFingerprint([settings, below([["ประปา", 1]])]);
    const merged = below([["ประปา", 1]], [{ row: 1, column: 1, rowCount: 2, columnCount: 1 }]);
    expect(inputFingerprint([settings, merged])).not.toBe(plain);
  });
});
