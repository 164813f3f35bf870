/** One queued piece of work: what it costs in the request and how to queue it. */
export interface QueuedOp {
  readonly bytes: number;
  readonly apply: () => void;
}

/**
 * Packs ops, in order, into requests whose estimated size stays under the budget (an op larger
 * than the budget travels alone; callers cut values into row blocks well below it).
 */
export function packOps(ops: readonly QueuedOp[], budgetBytes: number): QueuedOp[][] {
  const batches: QueuedOp[][] = [];
  let current: QueuedOp[] = [];
  let size = 0;
  for (const op of ops) {
    if (current.length > 0 && size + op.bytes > budgetBytes) {
      batches.push(current);
      current = [];
      size = 0;
    }
    current.push(op);
    size += op.bytes;
  }
  if (current.length > 0) batches.push(current);
  return batches;
}
