import type { TemplateReport } from "../../../app/WorkbookPort";
import { columnLetter } from "../../../domain/grid/a1";
import {
  LISTS_SHEET,
  type ListKey,
  type TemplateColumn,
  type TemplateTable,
} from "../../../domain/template/templateSpec";
import {
  PREPARED_ROWS,
  STRATEGY_LIST_FORMULA,
  TEMPLATE_HEADER_STYLE,
  TEMPLATE_NUMBER_FORMATS,
} from "../../../domain/template/templateStyles";
import type { OoxmlPackage } from "../package/OoxmlPackage";
import { NS } from "../package/xml";
import { findTables, readTableGrids } from "../read/readTableGrids";
import { readSheetInfos } from "../read/readSheetInfos";
import { NO_STYLES } from "../read/readStyles";
import type { WorkbookStructure } from "../read/readStructure";
import { resolveSharedStrings } from "../read/resolveSharedStrings";
import { scanSheet } from "../read/scanSheet";
import type { TableGrid } from "../../../domain/grid/TableGrid";
import { compact } from "../../../domain/text/whiteSpace";
import { appendTableColumns } from "./appendTableColumns";
import { tableFromSheet } from "../../../domain/parse/tableFromSheet";
import { readSheetCellsOf } from "../read/readSheetCellsOf";
import { SheetPatcher } from "./SheetPatcher";
import { StyleSheetEditor } from "./StyleSheetEditor";
import { tableXml } from "./tableXml";
import { quoteSheet, WorkbookEditor } from "./WorkbookEditor";
import { worksheetXml, type XmlRow } from "./worksheetXml";

const LIST_COLUMN_WIDTH_PT = 200;

/**
 * Creates the template tables the workbook lacks, and the lists sheet their dropdowns read; keeps
 * every existing table and sheet as it is. A table whose sheet exists goes two rows below what the
 * sheet holds, never over it; a new sheet goes before the generated sheets.
 */
export function insertTemplateSheets(
  pkg: OoxmlPackage,
  structure: WorkbookStructure,
  tables: readonly TemplateTable[],
  lists: Readonly<Record<string, readonly string[]>>,
): TemplateReport {
  const created: string[] = [];
  const converted: string[] = [];
  const kept: string[] = [];
  const lacking: { template: TemplateTable; grid: TableGrid; missing: TemplateColumn[] }[] = [];
  const toCreate: TemplateTable[] = [];
  const existing = readTableGrids(
    pkg,
    structure,
    findTables(
      structure,
      tables.map((t) => t.table),
    ),
    NO_STYLES,
  );
  for (const template of tables) {
    const grid = existing.find((g) => g.name.toLowerCase() === template.table.toLowerCase());
    if (!grid) {
      toCreate.push(template);
      continue;
    }
    kept.push(template.table);
    const present = new Set(grid.headers.map(compact));
    const missing = template.columns.filter((c) => !present.has(compact(c.header)));
    if (missing.length > 0) lacking.push({ template, grid, missing });
  }
  if (toCreate.length === 0 && !lacking.some((l) => l.missing.some((c) => c.extension)))
    return { created, kept, missingHeaders: headersOf(lacking), addedColumns: {}, degraded: [] };

  const styles = new StyleSheetEditor(pkg, structure.stylesPart ?? "xl/styles.xml");
  const editor = new WorkbookEditor(pkg, structure.workbookPart);
  const infos = readSheetInfos(pkg, structure);
  const firstGenerated = infos.findIndex((s) => s.owner !== null);
  let insertAt = firstGenerated < 0 ? infos.length : firstGenerated;
  const { listSource, writeLists } = planLists(pkg, structure, styles, lists);
  for (const template of toCreate) {
    const headerXf = styles.xfOf(TEMPLATE_HEADER_STYLE);
    const kindXfs = template.columns.map((c) =>
      styles.xfOf({ numberFormat: TEMPLATE_NUMBER_FORMATS[c.kind] }),
    );
    const index = editor.indexOf(template.sheet);
    if (index < 0) {
      editor.addSheet(newTemplateSheet(template, headerXf, kindXfs, listSource), insertAt++);
      created.push(template.table);
      continue;
    }
    // The template kept as a plain range (pandas, Google Sheets): it becomes the table, cells untouched.
    const plain = tableFromSheet(readSheetCellsOf(pkg, structure, template.sheet), template);
    if (plain) {
      tableOverRange(pkg, editor, index, template, plain, listSource);
      converted.push(template.table);
    } else {
      addTableToSheet(pkg, editor, index, template, headerXf, kindXfs, listSource);
      created.push(template.table);
    }
  }
  // Optional columns the user's tables lack go at their right end; required ones the user must add.
  const addedColumns: Record<string, string[]> = {};
  for (const entry of lacking) {
    const extensions = entry.missing.filter((c) => c.extension);
    const table = findTables(structure, [entry.template.table])[0];
    if (extensions.length === 0 || !table) continue;
    if (appendTableColumns(pkg, structure, table, entry.grid, extensions, styles, listSource)) {
      addedColumns[entry.template.table] = extensions.map((c) => c.header);
      entry.missing = entry.missing.filter((c) => !c.extension);
    }
  }
  // The lists come after the input sheets: reference data, not something to fill in.
  writeLists(editor, insertAt);
  styles.save();
  editor.save();
  return {
    created: [...created, ...converted],
    kept,
    missingHeaders: headersOf(lacking),
    addedColumns,
    degraded: [],
  };
}

function bodyRowsOf(template: TemplateTable): (string | null)[][] {
  const count = Math.max(1, template.initialRows.length);
  return Array.from({ length: count }, (_, r) =>
    template.columns.map((_, c) => template.initialRows[r]?.[c] ?? null),
  );
}

function validationsOf(
  template: TemplateTable,
  top: number,
  listSource: (key: ListKey) => string | null,
): { sqref: string; formula: string }[] {
  return template.columns.flatMap((column, c) => {
    const source = column.list ? listSource(column.list) : null;
    if (source === null) return [];
    const letter = columnLetter(c);
    // One range rule, not one per cell.
    return [{ sqref: `${letter}${top + 2}:${letter}${top + 1 + PREPARED_ROWS}`, formula: source }];
  });
}

function newTemplateSheet(
  template: TemplateTable,
  headerXf: number,
  kindXfs: readonly number[],
  listSource: (key: ListKey) => string | null,
) {
  const body = bodyRowsOf(template);
  const rows: XmlRow[] = [
    { row: 0, cells: template.columns.map((c, i) => ({ column: i, value: c.header, xf: headerXf })) },
    ...body.map((values, r) => ({
      row: r + 1,
      cells: values.map((value, c) => ({ column: c, value, xf: kindXfs[c] ?? 0 })),
    })),
  ];
  const ref = `A1:${columnLetter(template.columns.length - 1)}${body.length + 1}`;
  return {
    name: template.sheet,
    xml: worksheetXml({
      rows,
      columnWidthsPt: template.columns.map((c) => c.widthPt),
      // The column format reaches rows the user types below the table (a file has no auto-extend).
      columnXfs: kindXfs,
      merges: [],
      frozenRows: 1,
      dataValidations: validationsOf(template, 0, listSource),
      tableRelationshipIds: ["{{table:0}}"],
    }),
    tables: [
      {
        xml: (id: number) =>
          tableXml(
            id,
            template.table,
            ref,
            template.columns.map((c) => c.header),
          ),
      },
    ],
  };
}

function addTableToSheet(
  pkg: OoxmlPackage,
  editor: WorkbookEditor,
  index: number,
  template: TemplateTable,
  headerXf: number,
  kindXfs: readonly number[],
  listSource: (key: ListKey) => string | null,
): void {
  const part = editor.partOf(index);
  if (part === null) throw new RangeError(`sheet ${template.sheet} has no part`);
  const patcher = new SheetPatcher(pkg, part, template.sheet);
  const last = patcher.lastUsedRow();
  // On a user's sheet the table goes two rows below what is there, never over it.
  const top = last < 0 ? 0 : last + 2;
  template.columns.forEach((c, i) => patcher.setCell(top, i, c.header, headerXf));
  bodyRowsOf(template).forEach((values, r) =>
    values.forEach((value, c) => patcher.setCell(top + 1 + r, c, value, kindXfs[c] ?? 0)),
  );
  for (const { sqref, formula } of validationsOf(template, top, listSource))
    patcher.addListValidation(sqref, formula);
  const ref = `A${top + 1}:${columnLetter(template.columns.length - 1)}${top + 1 + bodyRowsOf(template).length}`;
  const relationshipId = editor.addTable(part, (id) =>
    tableXml(
      id,
      template.table,
      ref,
      template.columns.map((c) => c.header),
    ),
  );
  patcher.addTablePart(relationshipId, NS.relationships);
  patcher.save();
}

function headersOf(lacking: readonly { template: TemplateTable; missing: readonly TemplateColumn[] }[]) {
  return Object.fromEntries(
    lacking
      .filter((l) => l.missing.length > 0)
      .map((l) => [l.template.table, l.missing.map((c) => c.header)]),
  );
}

/** Makes an Excel table over a plain range that already holds the template's headers and rows. */
function tableOverRange(
  pkg: OoxmlPackage,
  editor: WorkbookEditor,
  index: number,
  template: TemplateTable,
  grid: TableGrid,
  listSource: (key: ListKey) => string | null,
): void {
  const part = editor.partOf(index);
  if (part === null) throw new RangeError(`sheet ${template.sheet} has no part`);
  const patcher = new SheetPatcher(pkg, part, template.sheet);
  const bodyRows = Math.max(1, grid.rows.length);
  const first = `${columnLetter(grid.firstColumn)}${grid.headerRow + 1}`;
  const ref = `${first}:${columnLetter(grid.firstColumn + grid.headers.length - 1)}${grid.headerRow + 1 + bodyRows}`;
  // Table column names must equal the header cells' text exactly (and be unique): the cells get the
  // names as the tool read them, spaces around them trimmed.
  const names = uniqueNames(grid.headers.map((h, i) => (h === "" ? `Column${i + 1}` : h)));
  names.forEach((name, c) => patcher.setCell(grid.headerRow, grid.firstColumn + c, name));
  grid.headers.forEach((header, c) => {
    const column = template.columns.find((t) => t.header === header);
    const source = column?.list ? listSource(column.list) : null;
    if (source === null) return;
    const letter = columnLetter(grid.firstColumn + c);
    const last = grid.headerRow + 1 + Math.max(bodyRows, PREPARED_ROWS);
    patcher.addListValidation(`${letter}${grid.headerRow + 2}:${letter}${last}`, source);
  });
  const relationshipId = editor.addTable(part, (id) => tableXml(id, template.table, ref, names));
  patcher.addTablePart(relationshipId, NS.relationships);
  patcher.save();
}

function uniqueNames(names: readonly string[]): string[] {
  const seen = new Set<string>();
  return names.map((name) => {
    let candidate = name;
    for (let n = 2; seen.has(candidate.toLowerCase()); n++) candidate = `${name}${n}`;
    seen.add(candidate.toLowerCase());
    return candidate;
  });
}

/**
 * Keeps list columns already on the lists sheet and plans the missing ones; returns each list's range
 * (the strategies list follows the user's Strategies table instead). The missing lists are written by
 * `writeLists`, and only when a dropdown referred to one of them.
 */
function planLists(
  pkg: OoxmlPackage,
  structure: WorkbookStructure,
  styles: StyleSheetEditor,
  lists: Readonly<Record<string, readonly string[]>>,
): {
  listSource: (key: ListKey) => string | null;
  writeLists: (editor: WorkbookEditor, at: number) => void;
} {
  const columns = new Map<string, { column: number; length: number }>();
  const sheet = structure.sheets.find((s) => s.name === LISTS_SHEET);
  if (sheet?.part) {
    const scan = scanSheet(pkg, sheet.part);
    const values = resolveSharedStrings(pkg, structure.sharedStringsPart, [scan.rows])(scan.rows);
    (values[0] ?? []).forEach((key, column) => {
      if (typeof key !== "string" || key.trim() === "") return;
      let length = 0;
      while (isText(values[length + 1]?.[column])) length++;
      columns.set(key.trim(), { column, length });
    });
  }
  const missing = Object.keys(lists).filter((key) => !columns.has(key) && (lists[key]?.length ?? 0) > 0);
  const start = Math.max(-1, ...[...columns.values()].map((c) => c.column)) + 1;
  missing.forEach((key, i) => columns.set(key, { column: start + i, length: lists[key]?.length ?? 0 }));
  let referred = false;
  const listSource = (key: ListKey): string | null => {
    const list = columns.get(key);
    if (list && list.length > 0) {
      if (missing.includes(key)) referred = true;
      const letter = columnLetter(list.column);
      return `${quoteSheet(LISTS_SHEET)}!$${letter}$2:$${letter}$${list.length + 1}`;
    }
    return key === "strategies" ? STRATEGY_LIST_FORMULA : null;
  };
  const writeLists = (editor: WorkbookEditor, at: number): void => {
    if (!referred || missing.length === 0) return;
    const headerXf = styles.xfOf({ font: { bold: true }, numberFormat: "@" });
    const textXf = styles.xfOf({ numberFormat: "@" });
    const cells = missing.flatMap((key, i) => [
      { row: 0, column: start + i, value: key, xf: headerXf },
      ...(lists[key] ?? []).map((value, r) => ({ row: r + 1, column: start + i, value, xf: textXf })),
    ]);
    if (sheet?.part) {
      const patcher = new SheetPatcher(pkg, sheet.part, LISTS_SHEET);
      for (const { row, column, value, xf } of cells) patcher.setCell(row, column, value, xf);
      patcher.save();
      return;
    }
    const byRow = new Map<number, XmlRow["cells"][number][]>();
    for (const { row, column, value, xf } of cells)
      byRow.set(row, [...(byRow.get(row) ?? []), { column, value, xf }]);
    const widths = Array.from({ length: start + missing.length }, (_, c) =>
      c >= start ? LIST_COLUMN_WIDTH_PT : null,
    );
    const xml = worksheetXml({
      rows: [...byRow].sort((a, b) => a[0] - b[0]).map(([row, rowCells]) => ({ row, cells: rowCells })),
      columnWidthsPt: widths,
      columnXfs: widths.map((w) => (w === null ? null : textXf)),
      merges: [],
      frozenRows: 0,
    });
    editor.addSheet({ name: LISTS_SHEET, xml }, at);
  };
  return { listSource, writeLists };
}

function isText(value: unknown): boolean {
  return (typeof value === "string" && value.trim() !== "") || typeof value === "number";
}
