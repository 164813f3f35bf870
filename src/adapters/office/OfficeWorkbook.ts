import type { CellNavigator } from "../../app/CellNavigator";
import { SheetNameTakenError, type TableCellWrite } from "../../app/WorkbookPort";
import type { SheetInfo, TemplateReport, WorkbookPort, WriteSheetsResult } from "../../app/WorkbookPort";
import type { CellValue } from "../../domain/grid/CellValue";
import type { TableGrid } from "../../domain/grid/TableGrid";
import { fromA1, rangeA1 } from "../../domain/grid/a1";
import { headerFooterCodes } from "../../domain/layout/headerFooterCodes";
import type { SheetSpec } from "../../domain/layout/SheetSpec";
import {
  formatOwnerMark,
  ownerMarkColumn,
  ownerNoteColumn,
  ownerNoteText,
  parseOwnerMark,
  OWNER_MARK_PREFIX,
} from "../../domain/layout/ownerMark";
import type { ListKey, TemplateTable } from "../../domain/template/templateSpec";
import { LISTS_SHEET, STRATEGIES_TABLE, TEMPLATE_TABLES } from "../../domain/template/templateSpec";
import type { SheetCells } from "../../domain/import/SheetCells";
import type { Issue, IssueLocation } from "../../domain/validate/Issue";
import { applyCellStyle, usesIndent } from "./applyCellStyle";
import type { OfficeCapabilities } from "./capabilities";
import { DEGRADED, printSetupByHand } from "./degradation";
import type { ManualStep } from "./degradation";
import { packOps } from "./packOps";
import type { QueuedOp } from "./packOps";
import { COMMAND_OVERHEAD_BYTES, DEFAULT_REQUEST_BUDGET_BYTES, jsonBytes, utf8Length } from "./requestSize";
import { readSheetCells } from "./readSheetCells";
import { safeCellText } from "./safeCellText";
import { chunkAddresses, facetAreas, rectA1 } from "./styleAreas";

/** The `Excel.run` overload the adapter uses; tests pass the fake's `run`. */
export type ExcelRunner = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

export interface OfficeWorkbookOptions {
  readonly run: ExcelRunner;
  readonly capabilities: OfficeCapabilities;
  /** Largest request to send; Excel on the web rejects requests over 5 MB. */
  readonly requestBudgetBytes?: number;
}

/** Kept for callers written before src/app/CellNavigator.ts existed. */
export type OfficeCellNavigator = CellNavigator;

/** An input table changed (by this user or a co-author); generated tables may now be stale. */
export interface TableChange {
  readonly table: string;
  readonly source: "Local" | "Remote";
  readonly address: string;
}

export interface WriteReport {
  readonly sheets: readonly string[];
  /** Page setup and other settings this Excel cannot apply, for the user to set by hand. */
  readonly manualSteps: readonly ManualStep[];
}

/** Number formats of template columns: text stays text ("@"), money shows satang. */
export const TEMPLATE_NUMBER_FORMATS = {
  text: "@",
  month: "@",
  money: "#,##0.00",
  integer: "0",
  date: "d/m/yyyy",
} as const;

/** Marker in our highlight rules' formula, so clearHighlights removes exactly ours. */
export const HIGHLIGHT_FORMULA = `=ISTEXT("${OWNER_MARK_PREFIX}highlight")`;
const HIGHLIGHT_FILL = { error: "#FFC7CE", warning: "#FFEB9C" } as const;

/** Strategy numbers come live from the Strategies table's first column (structured reference via INDIRECT). */
const STRATEGY_LIST_SOURCE = `=INDIRECT("${STRATEGIES_TABLE.table}[${STRATEGIES_TABLE.columns[0]?.header ?? ""}]")`;

/** Template header fill (light grey-blue) so input tables read as a form. */
const HEADER_FILL = "#DDEBF7";

/**
 * WorkbookPort over Office.js. Every command runs in one `Excel.run` with a fixed number of
 * `context.sync()` calls (plus size-driven chunks on big writes); see README.md for the budget.
 */
export class OfficeWorkbook implements WorkbookPort, CellNavigator {
  private readonly run: ExcelRunner;
  private readonly capabilities: OfficeCapabilities;
  private readonly budget: number;

  constructor(options: OfficeWorkbookOptions) {
    this.run = options.run;
    this.capabilities = options.capabilities;
    this.budget = options.requestBudgetBytes ?? DEFAULT_REQUEST_BUDGET_BYTES;
  }

  /**
   * 1 sync: every table's header and body, wherever it sits. When the answer is too big for one
   * response (Excel on the web: 5 MB), reads again in row blocks of ~4 MB each.
   */
  async readTables(names: readonly string[]): Promise<TableGrid[]> {
    try {
      return await this.run((context) => this.readTablesAtOnce(context, names));
    } catch (error) {
      if (!isPayloadLimitError(error)) throw error;
      return this.run((context) => this.readTablesInBlocks(context, names));
    }
  }

  private async readTablesAtOnce(
    context: Excel.RequestContext,
    names: readonly string[],
  ): Promise<TableGrid[]> {
    const requests = tableRequests(context, names, "values,valueTypes");
    await context.sync();
    return requests
      .filter((request) => !request.table.isNullObject)
      .map((request) =>
        toGrid(
          request.name,
          request.sheet.name,
          request.header,
          request.body.values,
          request.body.valueTypes,
        ),
      );
  }

  private async readTablesInBlocks(
    context: Excel.RequestContext,
    names: readonly string[],
  ): Promise<TableGrid[]> {
    const requests = tableRequests(context, names, "rowCount,columnCount");
    await context.sync();
    const found = requests.filter((request) => !request.table.isNullObject);
    const cellsPerSync = Math.max(1, Math.floor(this.budget / READ_BYTES_PER_CELL));
    const blocks = found.flatMap((request, index) => {
      const origin = addressOrigin(request.header.address);
      const columns = Math.max(1, request.body.columnCount);
      const rowsPerBlock = Math.max(1, Math.floor(cellsPerSync / columns));
      const out: {
        index: number;
        row: number;
        count: number;
        columns: number;
        firstColumn: number;
        sheet: Excel.Worksheet;
      }[] = [];
      for (let r = 0; r < request.body.rowCount; r += rowsPerBlock) {
        out.push({
          index,
          row: origin.row + 1 + r,
          count: Math.min(rowsPerBlock, request.body.rowCount - r),
          columns,
          firstColumn: origin.column,
          sheet: request.sheet,
        });
      }
      return out;
    });
    const values: unknown[][][] = found.map(() => []);
    const types: string[][][] = found.map(() => []);
    let pending: { index: number; range: Excel.Range }[] = [];
    let cells = 0;
    const flush = async (): Promise<void> => {
      await context.sync();
      for (const { index, range } of pending) {
        values[index]?.push(...range.values);
        types[index]?.push(...(range.valueTypes as string[][]));
      }
      pending = [];
      cells = 0;
    };
    for (const block of blocks) {
      if (cells > 0 && cells + block.count * block.columns > cellsPerSync) {
        // Size-driven: one response per ~4 MB of cells.
        await flush();
      }
      const range = block.sheet
        .getRangeByIndexes(block.row, block.firstColumn, block.count, block.columns)
        .load("values,valueTypes");
      pending.push({ index: block.index, range });
      cells += block.count * block.columns;
    }
    if (pending.length > 0) await flush();
    return found.map((request, index) =>
      toGrid(request.name, request.sheet.name, request.header, values[index] ?? [], types[index] ?? []),
    );
  }

  /** 2 syncs: sheet names, then each sheet's first row (where the owner mark is). */
  async listSheets(): Promise<SheetInfo[]> {
    return this.run(async (context) => {
      const sheets = context.workbook.worksheets.load("items/name");
      await context.sync();
      const firstRows = sheets.items.map((sheet) => ({
        name: sheet.name,
        row: sheet.getRange("1:1").getUsedRangeOrNullObject(true).load("values"),
      }));
      await context.sync();
      return firstRows.map(({ name, row }) => ({
        name,
        owner: row.isNullObject ? null : findOwnerMark(row.values),
      }));
    });
  }

  /** 2 syncs: what exists (tables, headers, sheets, lists), then one batch creating only what is missing. */
  async insertTemplate(
    tables: readonly TemplateTable[],
    lists: Readonly<Record<string, readonly string[]>>,
  ): Promise<TemplateReport> {
    return this.run(async (context) => {
      const worksheets = context.workbook.worksheets;
      const sheetNames = [...new Set(tables.map((t) => t.sheet))];
      const existingTables = tables.map((template) => {
        const table = context.workbook.tables.getItemOrNullObject(template.table);
        return { template, table, header: table.getHeaderRowRange().load("values,address") };
      });
      const sheets = new Map(
        sheetNames.map((name) => {
          const sheet = worksheets.getItemOrNullObject(name);
          return [name, { sheet, used: sheet.getUsedRangeOrNullObject(true).load("rowIndex,rowCount") }];
        }),
      );
      const listsSheet = worksheets.getItemOrNullObject(LISTS_SHEET);
      const listsHeader = listsSheet.getRange("1:1").getUsedRangeOrNullObject(true).load("values");
      const listsUsed = listsSheet.getUsedRangeOrNullObject(true).load("columnIndex,columnCount");
      await context.sync();

      const created: string[] = [];
      const kept: string[] = [];
      const missingHeaders: Record<string, string[]> = {};
      const degraded: TemplateReport["degraded"][number][] = [];

      for (const { template, table, header } of existingTables) {
        if (table.isNullObject) continue;
        kept.push(template.table);
        const present = new Set((header.values[0] ?? []).map((v: unknown) => String(v ?? "").trim()));
        const missing = template.columns.map((c) => c.header).filter((h) => !present.has(h));
        if (missing.length > 0) missingHeaders[template.table] = missing;
      }

      // Lists: keep the columns already on the lists sheet, append the missing ones to the right.
      const listColumns = new Map<string, number>();
      const existingListHeaders =
        listsSheet.isNullObject || listsHeader.isNullObject ? [] : (listsHeader.values[0] ?? []);
      existingListHeaders.forEach((value: unknown, column: number) => {
        if (typeof value === "string" && value !== "") listColumns.set(value, column);
      });
      // Empty lists (e.g. strategies, which come from the Strategies table) get no column.
      const newListKeys = Object.keys(lists).filter(
        (key) => !listColumns.has(key) && (lists[key]?.length ?? 0) > 0,
      );
      // New list columns start right of anything on the sheet, so no user cell is written over.
      let nextListColumn = Math.max(
        existingListHeaders.length,
        listsSheet.isNullObject || listsUsed.isNullObject ? 0 : listsUsed.columnIndex + listsUsed.columnCount,
      );
      for (const key of newListKeys) listColumns.set(key, nextListColumn++);

      const listSource = (key: ListKey): string | null => {
        if (key === "strategies" && (lists[key]?.length ?? 0) === 0) return STRATEGY_LIST_SOURCE;
        const column = listColumns.get(key);
        const values = lists[key];
        if (column === undefined || !values || values.length === 0) return null;
        return `='${LISTS_SHEET}'!${absolute(rangeA1(1, column, values.length, 1))}`;
      };

      const toCreate = existingTables
        .filter(({ table }) => table.isNullObject)
        .map(({ template }) => template);
      const needsDropdowns = toCreate.some((t) => t.columns.some((c) => c.list !== undefined));
      if (needsDropdowns && !this.capabilities.dataValidation) degraded.push(DEGRADED.dropdowns);

      // Where each new table goes: A1 of a new sheet, or two rows below what a user's sheet holds.
      const newSheets = new Map<string, Excel.Worksheet>();
      const nextFreeRow = new Map<string, number>();
      for (const [name, { sheet, used }] of sheets) {
        nextFreeRow.set(
          name,
          sheet.isNullObject || used.isNullObject ? 0 : used.rowIndex + used.rowCount + 1,
        );
      }

      this.suspendUntilNextSync(context);
      for (const template of toCreate) {
        const existing = sheets.get(template.sheet);
        let sheet: Excel.Worksheet;
        const isNewSheet = !existing || existing.sheet.isNullObject;
        if (isNewSheet) {
          sheet = newSheets.get(template.sheet) ?? worksheets.add(template.sheet);
          if (!newSheets.has(template.sheet)) {
            newSheets.set(template.sheet, sheet);
            sheet.freezePanes.freezeRows(1);
            template.columns.forEach((column, c) => {
              sheet.getRangeByIndexes(0, c, 1, 1).format.columnWidth = column.widthPt;
            });
          }
        } else {
          sheet = existing.sheet;
        }
        const top = nextFreeRow.get(template.sheet) ?? 0;
        const bodyRows = Math.max(1, template.initialRows.length);
        const width = template.columns.length;
        nextFreeRow.set(template.sheet, top + 1 + bodyRows + 1);

        const table = sheet.tables.add(rangeA1(top, 0, 1 + bodyRows, width), true);
        table.name = template.table;
        const header = table.getHeaderRowRange();
        header.values = [template.columns.map((c) => safeCellText(c.header))];
        header.format.font.bold = true;
        header.format.wrapText = true;
        header.format.verticalAlignment = "Center";
        header.format.fill.color = HEADER_FILL;
        const body = table.getDataBodyRange();
        // Formats go on the table's body columns first, so the table carries them to new rows.
        body.numberFormat = Array.from({ length: bodyRows }, () =>
          template.columns.map((c) => TEMPLATE_NUMBER_FORMATS[c.kind]),
        );
        if (template.initialRows.length > 0) {
          body.values = template.initialRows.map((row) =>
            template.columns.map((_, c) => safeCellText(row[c] ?? "")),
          );
        }
        if (this.capabilities.dataValidation) {
          template.columns.forEach((column, c) => {
            const source = column.list ? listSource(column.list) : null;
            if (source === null) return;
            // On the table column, not the cells below it: rows added under a table need DV-free cells.
            table.columns.getItemAt(c).getDataBodyRange().dataValidation.rule = {
              list: { inCellDropDown: true, source },
            };
          });
        }
        created.push(template.table);
      }

      if (newListKeys.length > 0) {
        const sheet = listsSheet.isNullObject ? worksheets.add(LISTS_SHEET) : listsSheet;
        for (const key of newListKeys) {
          const column = listColumns.get(key) ?? 0;
          const values = lists[key] ?? [];
          const cells = sheet.getRangeByIndexes(0, column, values.length + 1, 1);
          cells.numberFormat = Array.from({ length: values.length + 1 }, () => ["@"]);
          cells.values = [[key], ...values.map((v) => [safeCellText(v)])];
          cells.format.columnWidth = 200;
        }
        sheet.getRangeByIndexes(0, 0, 1, nextListColumn).format.font.bold = true;
      }
      await context.sync();
      // Optional columns are not yet added to existing tables here: they stay listed as missing.
      return { created, kept, missingHeaders, addedColumns: {}, degraded };
    });
  }

  async writeSheets(
    specs: readonly SheetSpec[],
    generatedAt: string,
    inputFingerprint?: string,
  ): Promise<WriteSheetsResult> {
    const { manualSteps } = await this.writeSheetsReport(specs, generatedAt, inputFingerprint);
    return { manualSteps };
  }

  /**
   * writeSheets plus what the user must set by hand on this Excel version.
   * 1 sync to check the targets, then one per ~4 MB of content (1 for typical plans).
   * @throws SheetNameTakenError when a target name belongs to a user's sheet (nothing is written).
   */
  async writeSheetsReport(
    specs: readonly SheetSpec[],
    generatedAt: string,
    inputFingerprint?: string,
  ): Promise<WriteReport> {
    const names = specs.map((s) => s.name);
    const duplicate = names.find((name, i) => names.indexOf(name) !== i);
    if (duplicate !== undefined) throw new RangeError(`Sheet "${duplicate}" is specified twice`);
    return this.run(async (context) => {
      const worksheets = context.workbook.worksheets;
      const targets = specs.map((spec) => ({ spec, ...namedSheetWithFirstRow(context, spec.name) }));
      await context.sync();
      for (const target of targets) {
        if (target.sheet.isNullObject) continue;
        const owner = target.firstRow.isNullObject ? null : findOwnerMark(target.firstRow.values);
        if (owner === null) throw new SheetNameTakenError(target.spec.name);
      }

      const manualSteps: ManualStep[] = [];
      const ops: QueuedOp[] = [];
      const op = (bytes: number, apply: () => void): void => {
        ops.push({ bytes: bytes + COMMAND_OVERHEAD_BYTES, apply });
      };
      if (this.capabilities.toggleEvents) op(0, () => (context.runtime.enableEvents = false));
      for (const target of targets) {
        const slot: { sheet: Excel.Worksheet } = { sheet: target.sheet };
        const stamp = { generatedAt, inputFingerprint };
        this.queueSheet(op, slot, !target.sheet.isNullObject, target.spec, stamp, worksheets);
        if (!this.capabilities.pageLayout) manualSteps.push(printSetupByHand(target.spec));
        if (!this.capabilities.cellProperties && Object.values(target.spec.styles).some(usesIndent)) {
          manualSteps.push({ code: DEGRADED.indent, sheet: target.spec.name, params: {} });
        }
      }
      if (this.capabilities.toggleEvents) op(0, () => (context.runtime.enableEvents = true));

      const batches = packOps(ops, this.budget);
      try {
        for (const batch of batches) {
          this.suspendUntilNextSync(context);
          for (const queued of batch) queued.apply();
          // Size-driven chunks: one request per ~4 MB, never per row (eslint no-context-sync-in-loop).
          // eslint-disable-next-line office-addins/no-context-sync-in-loop
          await context.sync();
        }
      } catch (error) {
        if (this.capabilities.toggleEvents) {
          context.runtime.enableEvents = true;
          await context.sync().catch(() => undefined);
        }
        throw error;
      }
      return { sheets: specs.map((s) => s.name), manualSteps };
    });
  }

  /** 2 syncs (1 when none of the names is a generated sheet): find the owner marks, then delete. */
  async removeOwnedSheets(names: readonly string[]): Promise<readonly string[]> {
    if (names.length === 0) return [];
    return this.run(async (context) => {
      const targets = names.map((name) => namedSheetWithFirstRow(context, name));
      await context.sync();
      const owned = targets.filter(
        (t) => !t.sheet.isNullObject && !t.firstRow.isNullObject && findOwnerMark(t.firstRow.values) !== null,
      );
      if (owned.length === 0) return [];
      for (const target of owned) target.sheet.delete();
      await context.sync();
      return owned.map((target) => target.name);
    });
  }

  /** 1 sync: activates the sheet and selects the cell. */
  /** 2 syncs (1 before ExcelApi 1.9): values, then merges and fills. */
  async readSheetCells(sheet: string): Promise<SheetCells> {
    return this.run((context) =>
      readSheetCells(context, sheet, {
        mergedAreas: this.capabilities.mergedAreas,
        cellProperties: this.capabilities.cellProperties,
      }),
    );
  }

  /** 1 sync. */
  async activeSheetName(): Promise<string | null> {
    return this.run(async (context) => {
      const sheet = context.workbook.worksheets.getActiveWorksheet().load("name");
      await context.sync();
      return sheet.name;
    });
  }

  /**
   * 2 syncs: where the table's data ends, then one write of the rows under it (as a range: never
   * `TableRowCollection.add`, which is slow and fails on protected or validated rows) and the resize.
   * Before ExcelApi 1.13 (no `table.resize`) the table is converted to a range and re-created over the
   * extended area with the same name; its cells keep their formats, and rows below the old end have no dropdowns.
   */
  async appendTableRows(tableName: string, rows: readonly (readonly CellValue[])[]): Promise<void> {
    if (rows.length === 0) return;
    await this.run(async (context) => {
      const table = context.workbook.tables.getItem(tableName);
      const header = table.getHeaderRowRange().load("address,columnCount");
      const body = table.getDataBodyRange().load("values,rowCount");
      const sheetName = table.worksheet.load("name");
      await context.sync();
      // By name, not through the table: the fallback below removes the table this path goes through.
      const sheet = context.workbook.worksheets.getItem(sheetName.name);
      const origin = addressOrigin(header.address);
      const width = header.columnCount;
      let used = 0;
      body.values.forEach((row: unknown[], r: number) => {
        if (row.some((v) => v !== "" && v !== null)) used = r + 1;
      });
      const formats = columnFormats(tableName, width);
      const target = sheet.getRangeByIndexes(origin.row + 1 + used, origin.column, rows.length, width);
      target.numberFormat = rows.map((row) =>
        formats.map((format, c) => (typeof row[c] === "string" ? "@" : format)),
      );
      target.values = rows.map((row) => Array.from({ length: width }, (_, c) => officeValue(row[c] ?? null)));
      const bodyRows = Math.max(body.rowCount, used + rows.length);
      if (bodyRows > body.rowCount) {
        const address = rangeA1(origin.row, origin.column, 1 + bodyRows, width);
        if (this.capabilities.tableResize) {
          table.resize(address);
        } else {
          table.convertToRange();
          sheet.tables.add(address, true).name = tableName;
        }
      }
      await context.sync();
    });
  }

  /**
   * 2 syncs: the body's size, then the writes. A cell outside the body is refused before anything is
   * written (`Range.getCell` would happily reach past the table into the user's cells).
   */
  async writeTableCells(tableName: string, cells: readonly TableCellWrite[]): Promise<void> {
    if (cells.length === 0) return;
    await this.run(async (context) => {
      const body = context.workbook.tables.getItem(tableName).getDataBodyRange().load("rowCount,columnCount");
      await context.sync();
      const outside = cells.find(
        ({ row, column }) => row < 0 || column < 0 || row >= body.rowCount || column >= body.columnCount,
      );
      if (outside)
        throw new RangeError(`Cell ${outside.row},${outside.column} is outside table ${tableName}`);
      for (const { row, column, value } of cells) {
        const cell = body.getCell(row, column);
        cell.numberFormat = [[typeof value === "string" ? "@" : "General"]];
        cell.values = [[officeValue(value)]];
      }
      await context.sync();
    });
  }

  async selectCell(location: IssueLocation): Promise<void> {
    await this.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem(location.sheet);
      sheet.activate();
      sheet.getRange(location.cell).select();
      await context.sync();
    });
  }

  /**
   * 4 syncs: finds and removes our previous highlight rules, then adds one conditional format per
   * sheet and severity (cell formatting stays the user's: a rule only overlays it).
   */
  async highlightIssues(issues: readonly Issue[]): Promise<void> {
    await this.replaceHighlights(issues);
  }

  /** 4 syncs: removes only the conditional formats whose formula carries our marker. */
  async clearHighlights(): Promise<void> {
    await this.replaceHighlights([]);
  }

  /**
   * Subscribes to `onChanged` of the input tables that exist (2 syncs). The handler only calls
   * `onChange` — no dialogs from events, since they fire for every co-author.
   * @returns an unsubscribe function.
   */
  async watchInputTables(
    tableNames: readonly string[],
    onChange: (change: TableChange) => void,
  ): Promise<() => Promise<void>> {
    const results = await this.run(async (context) => {
      const tables = tableNames.map((name) => ({
        name,
        table: context.workbook.tables.getItemOrNullObject(name),
      }));
      await context.sync();
      const handlers = tables
        .filter(({ table }) => !table.isNullObject)
        .map(({ name, table }) =>
          table.onChanged.add(async (event: Excel.TableChangedEventArgs) => {
            onChange({
              table: name,
              source: event.source === "Remote" ? "Remote" : "Local",
              address: event.address,
            });
          }),
        );
      await context.sync();
      return handlers;
    });
    return async () => {
      const first = results[0];
      if (!first) return;
      for (const result of results) result.remove();
      await first.context.sync();
    };
  }

  private async replaceHighlights(issues: readonly Issue[]): Promise<void> {
    await this.run(async (context) => {
      const sheets = context.workbook.worksheets.load("items/name");
      await context.sync();
      const rules = sheets.items.map((sheet) => ({
        sheet,
        formats: sheet.getRange().conditionalFormats.load("items/id,items/type"),
      }));
      await context.sync();
      const custom = rules.flatMap(({ formats }) =>
        formats.items
          .filter((format) => format.type === "Custom")
          .map((format) => ({ format, rule: format.custom.rule.load("formula") })),
      );
      await context.sync();
      const ops: QueuedOp[] = [
        {
          bytes: custom.length * COMMAND_OVERHEAD_BYTES,
          apply: () => {
            for (const { format, rule } of custom) if (rule.formula === HIGHLIGHT_FORMULA) format.delete();
          },
        },
      ];

      const present = new Set(sheets.items.map((s) => s.name));
      const groups = new Map<string, { sheet: string; severity: "error" | "warning"; cells: Set<string> }>();
      for (const issue of issues) {
        if (!issue.location || !present.has(issue.location.sheet)) continue;
        const key = `${issue.severity}|${issue.location.sheet}`;
        let group = groups.get(key);
        if (!group)
          groups.set(
            key,
            (group = { sheet: issue.location.sheet, severity: issue.severity, cells: new Set() }),
          );
        group.cells.add(issue.location.cell.toUpperCase());
      }
      // Errors are added last so that, where a cell has both, the error rule wins (higher priority).
      const ordered = [...groups.values()].sort((a, b) =>
        a.severity === b.severity ? 0 : a.severity === "warning" ? -1 : 1,
      );
      for (const group of ordered) {
        const cells = [...group.cells];
        const fill = HIGHLIGHT_FILL[group.severity];
        const addRule = (target: Excel.Range | Excel.RangeAreas): void => {
          const rule = target.conditionalFormats.add("Custom");
          rule.custom.rule.formula = HIGHLIGHT_FORMULA;
          rule.custom.format.fill.color = fill;
        };
        if (this.capabilities.rangeAreas) {
          for (const addresses of chunkAddresses(cells)) {
            ops.push({
              bytes: addresses.length + 4 * COMMAND_OVERHEAD_BYTES,
              apply: () => addRule(context.workbook.worksheets.getItem(group.sheet).getRanges(addresses)),
            });
          }
        } else {
          // Without RangeAreas each cell gets its own rule; packed so no request passes the budget.
          for (let i = 0; i < cells.length; i += 500) {
            const chunk = cells.slice(i, i + 500);
            ops.push({
              bytes: chunk.length * 5 * COMMAND_OVERHEAD_BYTES,
              apply: () => {
                const sheet = context.workbook.worksheets.getItem(group.sheet);
                for (const cell of chunk) addRule(sheet.getRange(cell));
              },
            });
          }
        }
      }
      for (const batch of packOps(ops, this.budget)) {
        for (const queued of batch) queued.apply();
        // Size-driven chunks only (thousands of single-cell rules on ExcelApi 1.7/1.8).
        // eslint-disable-next-line office-addins/no-context-sync-in-loop
        await context.sync();
      }
    });
  }

  private suspendUntilNextSync(context: Excel.RequestContext): void {
    context.workbook.application.suspendApiCalculationUntilNextSync();
    if (this.capabilities.suspendScreenUpdating)
      context.workbook.application.suspendScreenUpdatingUntilNextSync();
  }

  /** Queues one generated sheet: values in row blocks, then styles, merges, sizes, print, mark. */
  private queueSheet(
    op: (bytes: number, apply: () => void) => void,
    slot: { sheet: Excel.Worksheet },
    replacing: boolean,
    spec: SheetSpec,
    { generatedAt, inputFingerprint }: { generatedAt: string; inputFingerprint: string | undefined },
    worksheets: Excel.WorksheetCollection,
  ): void {
    const caps = this.capabilities;
    const width = spec.columns.length;
    op(utf8Length(spec.name), () => {
      if (!replacing) {
        slot.sheet = worksheets.add(spec.name);
        return;
      }
      // Clear in place (not delete + add): keeps the sheet's identity, position and the undo stack.
      const all = slot.sheet.getRange();
      all.unmerge();
      all.clear("All");
      all.conditionalFormats.clearAll();
      all.format.useStandardWidth = true;
      all.format.useStandardHeight = true;
      slot.sheet.freezePanes.unfreeze();
      if (caps.pageLayout) slot.sheet.horizontalPageBreaks.removePageBreaks();
    });

    runs(spec.columns.map((c) => c.widthPt)).forEach(({ start, count, value }) =>
      op(16, () => (slot.sheet.getRangeByIndexes(0, start, 1, count).format.columnWidth = value)),
    );

    for (const block of rowBlocks(spec, Math.floor(this.budget / 2))) {
      op(block.bytes, () => {
        const range = slot.sheet.getRangeByIndexes(block.start, 0, block.count, width);
        // "@" before values: text cells must never be re-read as numbers, dates or formulas.
        range.numberFormat = block.formats;
        range.values = block.values;
      });
    }

    const allowIndent = caps.cellProperties;
    for (const { style, rects } of facetAreas(spec.rows, spec.styles)) {
      if (style.indent !== undefined && !allowIndent) continue;
      if (caps.rangeAreas) {
        const multiRow = rects.some((r) => r.rowCount > 1);
        const multiColumn = rects.some((r) => r.columnCount > 1);
        for (const addresses of chunkAddresses(rects.map(rectA1))) {
          op(addresses.length + 20 * COMMAND_OVERHEAD_BYTES, () => {
            applyCellStyle(slot.sheet.getRanges(addresses), style, { allowIndent, multiRow, multiColumn });
          });
        }
      } else {
        // Without RangeAreas (ExcelApi 1.7/1.8) each rectangle is its own range object.
        const perRect = (style.border ? 13 : 2) * COMMAND_OVERHEAD_BYTES;
        for (let i = 0; i < rects.length; i += 200) {
          const chunk = rects.slice(i, i + 200);
          op(chunk.length * perRect, () => {
            for (const rect of chunk) {
              applyCellStyle(
                slot.sheet.getRangeByIndexes(rect.row, rect.column, rect.rowCount, rect.columnCount),
                style,
                {
                  allowIndent,
                  multiRow: rect.rowCount > 1,
                  multiColumn: rect.columnCount > 1,
                },
              );
            }
          });
        }
      }
    }

    for (let i = 0; i < spec.merges.length; i += 200) {
      const chunk = spec.merges.slice(i, i + 200);
      op(chunk.length * COMMAND_OVERHEAD_BYTES, () => {
        for (const m of chunk)
          slot.sheet.getRangeByIndexes(m.row, m.column, m.rowCount, m.columnCount).merge(false);
      });
    }

    const heights = runs(spec.rows.map((r) => r.heightPt));
    op(heights.length * COMMAND_OVERHEAD_BYTES, () => {
      for (const { start, count, value } of heights) {
        slot.sheet.getRangeByIndexes(start, 0, count, 1).format.rowHeight = value;
      }
    });

    if (spec.frozenRows > 0) op(0, () => slot.sheet.freezePanes.freezeRows(spec.frozenRows));
    if (caps.pageLayout) op(jsonBytes(spec.print), () => applyPrint(slot.sheet, spec));

    const mark = formatOwnerMark(spec.owner, generatedAt, inputFingerprint);
    op(utf8Length(mark), () => {
      const cell = slot.sheet.getRangeByIndexes(0, ownerMarkColumn(width), 1, 1);
      cell.numberFormat = [["@"]];
      cell.values = [[mark]];
      cell.format.font.color = "#808080";
    });
    if (inputFingerprint !== undefined) {
      const note = ownerNoteText(generatedAt, inputFingerprint);
      op(utf8Length(note), () => {
        const cell = slot.sheet.getRangeByIndexes(0, ownerNoteColumn(width), 1, 1);
        cell.numberFormat = [["@"]];
        cell.values = [[note]];
        cell.format.font.color = "#808080";
      });
    }
  }
}

/**
 * Page setup, print titles, header/footer and page breaks of a generated sheet.
 * @apiSet ExcelApi 1.9
 */
function applyPrint(sheet: Excel.Worksheet, spec: SheetSpec): void {
  const print = spec.print;
  const layout = sheet.pageLayout;
  layout.paperSize = "A4";
  layout.orientation = print.orientation === "landscape" ? "Landscape" : "Portrait";
  // zoom must be assigned as a whole object; 0 pages tall = automatic.
  if (print.fitToWidth) layout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
  layout.centerHorizontally = print.centerHorizontally;
  if (print.titleRows) layout.setPrintTitleRows(`$${print.titleRows.first}:$${print.titleRows.last}`);
  layout.setPrintMargins("Inches", {
    top: print.margins.top,
    bottom: print.margins.bottom,
    left: print.margins.left,
    right: print.margins.right,
    header: print.margins.header,
    footer: print.margins.footer,
  });
  const codes = headerFooterCodes(print);
  const group = layout.headersFooters;
  if (codes.rightHeader) group.defaultForAllPages.rightHeader = codes.rightHeader;
  if (codes.centerFooter) group.defaultForAllPages.centerFooter = codes.centerFooter;
  if (codes.firstPage) {
    group.state = "FirstAndDefault";
    group.firstPage.rightHeader = codes.firstPage.rightHeader;
    group.firstPage.centerFooter = codes.firstPage.centerFooter;
  }
  if (print.firstPageNumber !== undefined) layout.firstPageNumber = print.firstPageNumber;
  for (const row of print.pageBreaksBefore) sheet.horizontalPageBreaks.add(`A${row}`);
  if (spec.rows.length > 0 && spec.columns.length > 0) {
    layout.setPrintArea(rangeA1(0, 0, spec.rows.length, spec.columns.length));
  }
}

/** Consecutive equal values as runs (widths and heights are set per run, not per row). */
function runs(values: readonly number[]): { start: number; count: number; value: number }[] {
  const out: { start: number; count: number; value: number }[] = [];
  values.forEach((value, i) => {
    const last = out[out.length - 1];
    if (last && last.value === value) last.count++;
    else out.push({ start: i, count: 1, value });
  });
  return out;
}

interface RowBlock {
  readonly start: number;
  readonly count: number;
  readonly bytes: number;
  readonly values: (string | number)[][];
  readonly formats: string[][];
}

/** Rows cut into blocks whose values + formats stay under `maxBytes` (size-driven, not count-driven). */
function rowBlocks(spec: SheetSpec, maxBytes: number): RowBlock[] {
  const blocks: RowBlock[] = [];
  let values: (string | number)[][] = [];
  let formats: string[][] = [];
  let bytes = 0;
  let start = 0;
  spec.rows.forEach((row, r) => {
    const rowValues = row.cells.map((cell) => {
      const value = cell?.value ?? null;
      return typeof value === "string" ? safeCellText(value) : (value ?? "");
    });
    const rowFormats = row.cells.map((cell) => {
      if (typeof cell?.value === "string") return "@";
      const style = cell?.style === undefined ? undefined : spec.styles[cell.style];
      return style?.numberFormat ?? "General";
    });
    const rowBytes = jsonBytes(rowValues) + jsonBytes(rowFormats);
    if (values.length > 0 && bytes + rowBytes > maxBytes) {
      blocks.push({ start, count: values.length, bytes, values, formats });
      values = [];
      formats = [];
      bytes = 0;
      start = r;
    }
    values.push(rowValues);
    formats.push(rowFormats);
    bytes += rowBytes;
  });
  if (values.length > 0) blocks.push({ start, count: values.length, bytes, values, formats });
  return blocks;
}

/** The first owner mark found in a row of values. */
/** A sheet by name (a null object when absent) with its first row's values queued: where owner marks are. */
function namedSheetWithFirstRow(context: Excel.RequestContext, name: string) {
  const sheet = context.workbook.worksheets.getItemOrNullObject(name);
  return { name, sheet, firstRow: sheet.getRange("1:1").getUsedRangeOrNullObject(true).load("values") };
}

function findOwnerMark(rows: readonly (readonly unknown[])[]): SheetInfo["owner"] {
  for (const value of rows[0] ?? []) {
    const mark = parseOwnerMark(value);
    if (mark) return mark;
  }
  return null;
}

/** Response bytes budgeted per cell read (values + valueTypes of Thai text). */
const READ_BYTES_PER_CELL = 100;

/** Excel on the web refuses requests and responses over 5 MB with these codes. */
function isPayloadLimitError(error: unknown): boolean {
  const text =
    error instanceof Error ? `${(error as { code?: string }).code ?? ""} ${error.message}` : String(error);
  return /PayloadSizeLimitExceeded/.test(text);
}

function toGrid(
  name: string,
  sheet: string,
  header: Excel.Range,
  values: unknown[][],
  valueTypes: string[][],
): TableGrid {
  const origin = addressOrigin(header.address);
  return {
    name,
    sheet,
    headerRow: origin.row,
    firstColumn: origin.column,
    headers: (header.values[0] ?? []).map((value: unknown) => String(value ?? "").trim()),
    rows: dropTrailingBlankRows(toCellRows(values, valueTypes)),
    // Rows typed below the table and merges are not read by this adapter yet.
    rowsBelow: [],
    firstRowBelow: origin.row + 1 + values.length,
    merges: [],
  };
}

/** 0-based origin of an address such as "'ตั้งค่า'!$B$3:$C$3". */
export function addressOrigin(address: string): { row: number; column: number } {
  const local = address.slice(address.lastIndexOf("!") + 1).replace(/\$/g, "");
  return fromA1(local.split(":")[0] ?? local);
}

function absolute(address: string): string {
  return address
    .split(":")
    .map((part) => part.replace(/^([A-Z]+)(\d+)$/, "$$$1$$$2"))
    .join(":");
}

/** Office.js values + valueTypes → CellValue (errors as `{ error }`, empty as null). */
function toCellRows(values: unknown[][], valueTypes: string[][]): CellValue[][] {
  return values.map((row, r) =>
    row.map((value, c): CellValue => {
      const type = valueTypes[r]?.[c];
      if (type === "Error") return { error: String(value) };
      if (type === "Empty" || value === "" || value === null || value === undefined) return null;
      if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return value;
      return String(value);
    }),
  );
}

/** A value as written through `range.values`: text stays literal text, errors are not written back. */
function officeValue(value: CellValue): string | number | boolean {
  if (value === null || typeof value === "object") return "";
  return typeof value === "string" ? safeCellText(value) : value;
}

/** Number formats of a template table's columns (General for other tables). */
function columnFormats(tableName: string, width: number): string[] {
  const template = TEMPLATE_TABLES.find((t) => t.table.toLowerCase() === tableName.toLowerCase());
  return Array.from({ length: width }, (_, c) => {
    const kind = template?.columns[c]?.kind;
    return kind ? TEMPLATE_NUMBER_FORMATS[kind] : "General";
  });
}

/** A new table's body is one empty row; trailing empty rows carry no entries. */
function dropTrailingBlankRows(rows: CellValue[][]): CellValue[][] {
  let end = rows.length;
  while (end > 0 && (rows[end - 1] ?? []).every((v) => v === null)) end--;
  return rows.slice(0, end);
}

/** One table's sheet name, header and body, queued for loading (both read paths share it). */
function tableRequests(context: Excel.RequestContext, names: readonly string[], bodyProperties: string) {
  return names.map((name) => {
    const table = context.workbook.tables.getItemOrNullObject(name);
    return {
      name,
      table,
      sheet: table.worksheet.load("name"),
      header: table.getHeaderRowRange().load("values,address"),
      body: table.getDataBodyRange().load(bodyProperties),
    };
  });
}
