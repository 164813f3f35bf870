import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";

/** Debian's Python with python3-openpyxl (a pyenv `python3` on PATH may lack it). */
export const PYTHON = "/usr/bin/python3";

/** True when openpyxl can be run here (CI installs python3-openpyxl). */
export function hasOpenpyxl(): boolean {
  return existsSync(PYTHON) && spawnSync(PYTHON, ["-c", "import openpyxl"]).status === 0;
}

/** One change openpyxl makes to a workbook, as a user's script would. */
export type OpenpyxlEdit =
  | {
      readonly set: { readonly sheet: string; readonly cell: string; readonly value: string | number | null };
    }
  | { readonly replace: { readonly from: string; readonly to: string; readonly sheets: readonly string[] } }
  /** Merges a range (openpyxl keeps the hidden cells' values, as LibreOffice may). */
  | { readonly merge: { readonly sheet: string; readonly range: string } };

const SCRIPT = `
import json, sys, openpyxl
source, target, edits = sys.argv[1], sys.argv[2], json.loads(sys.argv[3])
wb = openpyxl.load_workbook(source)
for edit in edits:
    if "set" in edit:
        s = edit["set"]
        wb[s["sheet"]][s["cell"]].value = s["value"]
    elif "merge" in edit:
        m = edit["merge"]
        wb[m["sheet"]].merge_cells(m["range"])
    else:
        r = edit["replace"]
        for name in r["sheets"]:
            for row in wb[name].iter_rows():
                for cell in row:
                    if cell.value == r["from"]:
                        cell.value = r["to"]
wb.save(target)
`;

/**
 * Opens a workbook in openpyxl, makes the edits and saves it to `target`: a file as pandas and
 * scripts leave it (absolute part names, formulas without results, its own styles).
 * @throws Error with openpyxl's message when it fails
 */
export function editWithOpenpyxl(source: string, target: string, edits: readonly OpenpyxlEdit[] = []): void {
  const run = spawnSync(PYTHON, ["-c", SCRIPT, source, target, JSON.stringify(edits)], { encoding: "utf8" });
  if (run.status !== 0) throw new Error(`openpyxl failed: ${run.stderr}`);
}

/** The sheet names as openpyxl reads them (an independent reader of what the tool wrote). */
export function sheetNamesByOpenpyxl(path: string): string[] {
  const run = spawnSync(
    PYTHON,
    [
      "-c",
      "import json,sys,openpyxl; print(json.dumps(openpyxl.load_workbook(sys.argv[1]).sheetnames))",
      path,
    ],
    { encoding: "utf8" },
  );
  if (run.status !== 0) throw new Error(`openpyxl failed: ${run.stderr}`);
  return JSON.parse(run.stdout) as string[];
}

const WRITE_SCRIPT = `
import json, sys, openpyxl
target, sheet, cells, merges = sys.argv[1], sys.argv[2], json.loads(sys.argv[3]), json.loads(sys.argv[4])
wb = openpyxl.Workbook()
ws = wb.active
ws.title = sheet
for address, value in cells.items():
    ws[address] = value
for area in merges:
    ws.merge_cells(area)
wb.save(target)
`;

/**
 * Writes a one-sheet workbook with openpyxl from A1 → value (numbers stay numbers, as a script leaves
 * them) and merged areas: a hand-made sheet as a program other than ours saves it.
 * @throws Error with openpyxl's message when it fails
 */
export function writeSheetWithOpenpyxl(
  target: string,
  sheet: string,
  cells: Readonly<Record<string, string | number>>,
  merges: readonly string[] = [],
): void {
  const run = spawnSync(
    PYTHON,
    ["-c", WRITE_SCRIPT, target, sheet, JSON.stringify(cells), JSON.stringify(merges)],
    {
      encoding: "utf8",
    },
  );
  if (run.status !== 0) throw new Error(`openpyxl failed: ${run.stderr}`);
}

/** A sheet's values as openpyxl reads them, row by row (None as null): an independent reader. */
export function sheetValuesByOpenpyxl(path: string, sheet: string): (string | number | null)[][] {
  const run = spawnSync(
    PYTHON,
    [
      "-c",
      "import json,sys,openpyxl; ws=openpyxl.load_workbook(sys.argv[1])[sys.argv[2]]; print(json.dumps([list(r) for r in ws.iter_rows(values_only=True)], default=str))",
      path,
      sheet,
    ],
    { encoding: "utf8" },
  );
  if (run.status !== 0) throw new Error(`openpyxl failed: ${run.stderr}`);
  return JSON.parse(run.stdout) as (string | number | null)[][];
}
