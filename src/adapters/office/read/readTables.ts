import type { TableGrid } from "../../../domain/grid/TableGrid";
import type { ExcelRunner } from "../ExcelRunner";
import type { OfficeSettings } from "../OfficeSettings";
import { rectOfAddress } from "./areasOf";
import { officeCellRows } from "./officeCellValue";
import { isPayloadLimitError } from "./payloadLimit";
import { tableGridOf } from "./tableGridOf";

/** Response bytes budgeted per cell read (values + valueTypes of Thai text). */
const READ_BYTES_PER_CELL = 100;

/**
 * 1 sync: every table's header and body, wherever it sits. When the answer is too big for one
 * response (Excel on the web: 5 MB), reads again in row blocks of ~4 MB each.
 */
export async function readTables(
  run: ExcelRunner,
  names: readonly string[],
  settings: OfficeSettings,
): Promise<TableGrid[]> {
  try {
    return await run((context) => readAtOnce(context, names));
  } catch (error) {
    if (!isPayloadLimitError(error)) throw error;
    return run((context) => readInBlocks(context, names, settings.budgetBytes));
  }
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

async function readAtOnce(context: Excel.RequestContext, names: readonly string[]): Promise<TableGrid[]> {
  const requests = tableRequests(context, names, "values,valueTypes");
  await context.sync();
  return requests
    .filter((request) => !request.table.isNullObject)
    .map((request) =>
      tableGridOf({
        name: request.name,
        sheet: request.sheet.name,
        headerAddress: request.header.address,
        headerValues: request.header.values,
        body: officeCellRows(request.body.values, request.body.valueTypes as string[][]),
      }),
    );
}

async function readInBlocks(
  context: Excel.RequestContext,
  names: readonly string[],
  budgetBytes: number,
): Promise<TableGrid[]> {
  const requests = tableRequests(context, names, "rowCount,columnCount");
  await context.sync();
  const found = requests.filter((request) => !request.table.isNullObject);
  const cellsPerSync = Math.max(1, Math.floor(budgetBytes / READ_BYTES_PER_CELL));
  const blocks = found.flatMap((request, index) => {
    const origin = rectOfAddress(request.header.address);
    const columns = Math.max(1, request.body.columnCount);
    const rowsPerBlock = Math.max(1, Math.floor(cellsPerSync / columns));
    const out: {
      index: number;
      row: number;
      count: number;
      columns: number;
      column: number;
      sheet: Excel.Worksheet;
    }[] = [];
    for (let r = 0; r < request.body.rowCount; r += rowsPerBlock) {
      out.push({
        index,
        row: origin.row + 1 + r,
        count: Math.min(rowsPerBlock, request.body.rowCount - r),
        columns,
        column: origin.column,
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
      .getRangeByIndexes(block.row, block.column, block.count, block.columns)
      .load("values,valueTypes");
    pending.push({ index: block.index, range });
    cells += block.count * block.columns;
  }
  if (pending.length > 0) await flush();
  return found.map((request, index) =>
    tableGridOf({
      name: request.name,
      sheet: request.sheet.name,
      headerAddress: request.header.address,
      headerValues: request.header.values,
      body: officeCellRows(values[index] ?? [], types[index] ?? []),
    }),
  );
}
