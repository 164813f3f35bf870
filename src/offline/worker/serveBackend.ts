import type { OfflineBackend, WorkProgress } from "../session/OfflineBackend";
import {
  BACKEND_METHODS,
  type CallMessage,
  type MessageEnd,
  type ReplyMessage,
  transferablesOf,
} from "./protocol";
import { transportError } from "./transportError";

type AnyCall = (request: unknown, onProgress: (progress: WorkProgress) => void) => Promise<unknown>;

/**
 * Answers the page's calls with `backend`, one at a time in the order they came (the work is one
 * workbook's, and parsing is not to be interleaved): progress as it goes, then the result or the error.
 */
export function serveBackend(end: MessageEnd, backend: OfflineBackend): void {
  let queue: Promise<void> = Promise.resolve();
  const reply = (message: ReplyMessage) => end.postMessage(message, transferablesOf(message));
  end.addEventListener("message", (event: MessageEvent) => {
    const { id, method, request } = event.data as CallMessage;
    queue = queue.then(async () => {
      try {
        if (!BACKEND_METHODS.includes(method)) throw new Error(`Unknown call: ${String(method)}`);
        const call = (backend[method] as AnyCall).bind(backend);
        const result = await call(request, (progress) => reply({ id, kind: "progress", progress }));
        reply({ id, kind: "done", result });
      } catch (error) {
        reply({ id, kind: "failed", error: transportError(error) });
      }
    });
  });
}
