import type { OfflineBackend, OnProgress } from "../session/OfflineBackend";
import { type BackendMethod, type MessageEnd, type ReplyMessage, transferablesOf } from "./protocol";
import { errorFromTransport } from "./transportError";

interface Pending {
  readonly resolve: (result: unknown) => void;
  readonly reject: (error: Error) => void;
  readonly onProgress: OnProgress | undefined;
}

/** The page's side of the worker: every OfflineBackend call becomes one message and its answer. */
export class WorkerBackend implements OfflineBackend {
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();

  constructor(private readonly end: MessageEnd) {
    end.addEventListener("message", (event: MessageEvent) => {
      const message = event.data as ReplyMessage;
      const call = this.pending.get(message.id);
      if (!call) return;
      if (message.kind === "progress") {
        call.onProgress?.(message.progress);
        return;
      }
      this.pending.delete(message.id);
      if (message.kind === "done") call.resolve(message.result);
      else call.reject(errorFromTransport(message.error));
    });
  }

  /** Fails every call still waiting (the worker stopped: a crash, or the page gave it up). */
  failAll(error: Error): void {
    for (const call of this.pending.values()) call.reject(error);
    this.pending.clear();
  }

  private call<R>(method: BackendMethod, request?: unknown, onProgress?: OnProgress): Promise<R> {
    const id = this.nextId++;
    return new Promise<R>((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (result: unknown) => void, reject, onProgress });
      const message = { id, method, request };
      this.end.postMessage(message, transferablesOf(message));
    });
  }

  open: OfflineBackend["open"] = (request, onProgress) => this.call("open", request, onProgress);
  overview: OfflineBackend["overview"] = (request, onProgress) => this.call("overview", request, onProgress);
  validate: OfflineBackend["validate"] = (request, onProgress) => this.call("validate", request, onProgress);
  summarize: OfflineBackend["summarize"] = (request) => this.call("summarize", request);
  timeline: OfflineBackend["timeline"] = (request) => this.call("timeline", request);
  blankTemplate: OfflineBackend["blankTemplate"] = () => this.call("blankTemplate");
  withTemplate: OfflineBackend["withTemplate"] = () => this.call("withTemplate");
  importSheet: OfflineBackend["importSheet"] = () => this.call("importSheet");
  markedCopy: OfflineBackend["markedCopy"] = (request, onProgress) =>
    this.call("markedCopy", request, onProgress);
  build: OfflineBackend["build"] = (request, onProgress) => this.call("build", request, onProgress);
  followUp: OfflineBackend["followUp"] = (request) => this.call("followUp", request);
  followUpSheets: OfflineBackend["followUpSheets"] = (request, onProgress) =>
    this.call("followUpSheets", request, onProgress);
  book: OfflineBackend["book"] = (request, onProgress) => this.call("book", request, onProgress);
}
