import type { OfflineBackend, WorkProgress } from "../session/OfflineBackend";
import type { TransportedError } from "./transportError";

/** The backend's methods, each one message: `backend[method](request, onProgress)`. */
export const BACKEND_METHODS = [
  "open",
  "overview",
  "validate",
  "summarize",
  "timeline",
  "blankTemplate",
  "withTemplate",
  "importSheet",
  "markedCopy",
  "build",
  "followUp",
  "followUpSheets",
  "book",
] as const satisfies readonly (keyof OfflineBackend)[];

export type BackendMethod = (typeof BACKEND_METHODS)[number];

export interface CallMessage {
  readonly id: number;
  readonly method: BackendMethod;
  readonly request: unknown;
}

export type ReplyMessage =
  | { readonly id: number; readonly kind: "progress"; readonly progress: WorkProgress }
  | { readonly id: number; readonly kind: "done"; readonly result: unknown }
  | { readonly id: number; readonly kind: "failed"; readonly error: TransportedError };

/** What both ends of the channel need: a Worker, the worker's own scope, or a MessagePort. */
export interface MessageEnd {
  postMessage(message: unknown, transfer?: Transferable[]): void;
  addEventListener(type: "message", listener: (event: MessageEvent) => void): void;
}

/** The buffers of downloads in a message, to hand over to the other thread instead of copying them. */
export function transferablesOf(value: unknown): Transferable[] {
  const found = new Set<ArrayBuffer>();
  const visit = (v: unknown, depth: number): void => {
    if (depth > 3 || v === null || typeof v !== "object") return;
    if (v instanceof Uint8Array) {
      if (v.byteOffset === 0 && v.byteLength === v.buffer.byteLength && v.buffer instanceof ArrayBuffer)
        found.add(v.buffer);
      return;
    }
    if (Array.isArray(v)) return;
    for (const child of Object.values(v)) visit(child, depth + 1);
  };
  visit(value, 0);
  return [...found];
}
