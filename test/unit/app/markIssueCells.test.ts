import { exampleIssue } from "../../builders/issueExamples";
import type { Issue } from "../../../src/domain/validate/Issue";
import { formatIssue } from "../../../src/messages/formatIssue";
import type { CellMark, CellMarker } from "../../../src/app/CellMarker";
import { markIssueCells } from "../../../src/app/markIssueCells";

/** A marker that records the marks and cannot place those on the sheet "ไม่มี". */
function recordingMarker(): CellMarker & { marks: CellMark[] } {
  const marks: CellMark[] = [];
  return {
    marks,
    async markCells(given) {
      marks.push(...given);
      const skipped = given.filter((m) => m.sheet === "ไม่มี");
      return { marked: new Set(given.filter((m) => !skipped.includes(m)).map((m) => m.cell)).size, skipped };
    },
  };
}

const at = (issue: Issue, sheet: string, cell: string): Issue => ({ ...issue, location: { sheet, cell } });

describe("markIssueCells", () => {
  it("marks each located issue at its cell with its severity and message, in the language asked", async () => {
    const marker = recordingMarker();
    const budget = { ...at(exampleIssue("unreadable-budget"), "โครงการ", "F3"), severity: "error" as const };
    const alias = at(exampleIssue("work-plan-alias"), "โครงการ", "C4");
    const report = await markIssueCells(marker, [budget, alias], "en");
    expect(marker.marks).toEqual([
      { sheet: "โครงการ", cell: "F3", severity: "error", note: `Error: ${formatIssue(budget, "en")}` },
      { sheet: "โครงการ", cell: "C4", severity: "warning", note: `Warning: ${formatIssue(alias, "en")}` },
    ]);
    expect(report).toEqual({ cells: 2, marked: 2, unmarked: [] });
    await markIssueCells(marker, [budget], "th");
    expect(marker.marks[2]?.note).toBe(`ข้อผิดพลาด: ${formatIssue(budget, "th")}`);
  });

  it("reports the issues the copy cannot show: without a cell, or on a sheet the marker could not mark", async () => {
    const marker = recordingMarker();
    const whole = { ...exampleIssue("missing-fiscal-year"), severity: "error" as const };
    const { location: _none, ...unlocated } = whole;
    const elsewhere = at(exampleIssue("unknown-strategy"), "ไม่มี", "B2");
    const here = at(exampleIssue("unknown-strategy"), "โครงการ", "B5");
    const report = await markIssueCells(marker, [unlocated, elsewhere, here], "th");
    expect(marker.marks.map((m) => m.cell)).toEqual(["B2", "B5"]);
    expect(report).toEqual({ cells: 1, marked: 1, unmarked: [unlocated, elsewhere] });
  });
});
