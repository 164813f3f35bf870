import type { ExcelRunner } from "./ExcelRunner";

/** An input table changed (by this user or a co-author); generated tables may now be stale. */
export interface TableChange {
  readonly table: string;
  readonly source: "Local" | "Remote";
  readonly address: string;
}

/**
 * Subscribes to `onChanged` of the input tables that exist (2 syncs). The handler only calls
 * `onChange`: no dialogs from events, since they fire for every co-author.
 * @returns an unsubscribe function (1 sync).
 */
export async function watchInputTables(
  run: ExcelRunner,
  tableNames: readonly string[],
  onChange: (change: TableChange) => void,
): Promise<() => Promise<void>> {
  const results = await run(async (context) => {
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
