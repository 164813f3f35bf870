/** The `Excel.run` overload the adapter uses; tests pass the fake's `run`. */
export type ExcelRunner = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;
