import type { CellValue } from "../../../domain/grid/CellValue";
import { officeCellRows } from "./officeCellValue";

/** A rectangle of one sheet to read, with the answer's expected bytes per cell (values + value types). */
export interface BlockRead {
  readonly sheet: Excel.Worksheet;
  readonly row: number;
  readonly column: number;
  readonly rowCount: number;
  readonly columnCount: number;
  readonly bytesPerCell: number;
}

/**
 * Reads rectangles' values in size-driven syncs: each is cut into row blocks and the blocks packed
 * so that no answer is expected above `budgetBytes` (never one sync per row or per table).
 * `alongside` queues other loads for the first of these syncs (there is one sync for them even when
 * nothing else is read).
 * @returns each read's rows, in order
 */
export async function readInBlocks(
  context: Excel.RequestContext,
  reads: readonly BlockRead[],
  budgetBytes: number,
  alongside?: () => void,
): Promise<CellValue[][][]> {
  const rows: CellValue[][][] = reads.map(() => []);
  const blocks = reads.flatMap((read, index) => {
    const rowBytes = Math.max(1, read.bytesPerCell * read.columnCount);
    const perBlock = Math.max(1, Math.floor(budgetBytes / rowBytes));
    const out: { index: number; row: number; count: number; bytes: number }[] = [];
    for (let r = 0; r < read.rowCount; r += perBlock) {
      const count = Math.min(perBlock, read.rowCount - r);
      out.push({ index, row: read.row + r, count, bytes: count * rowBytes });
    }
    return out;
  });
  let pending: { index: number; range: Excel.Range }[] = [];
  let bytes = 0;
  let first = alongside !== undefined;
  alongside?.();
  const flush = async (): Promise<void> => {
    await context.sync();
    for (const { index, range } of pending)
      rows[index]?.push(...officeCellRows(range.values, range.valueTypes as string[][]));
    pending = [];
    bytes = 0;
    first = false;
  };
  for (const block of blocks) {
    if (pending.length > 0 && bytes + block.bytes > budgetBytes) {
      // Size-driven: one answer per ~4 MB of cells.
      await flush();
    }
    const read = reads[block.index];
    if (!read) continue;
    const range = read.sheet
      .getRangeByIndexes(block.row, read.column, block.count, read.columnCount)
      .load("values,valueTypes");
    pending.push({ index: block.index, range });
    bytes += block.bytes;
  }
  if (pending.length > 0 || first) await flush();
  return rows;
}
