import { FakeWorkbookState } from "./fakeWorkbookState";
import { FakeContext } from "./fake/FakeContext";

/**
 * A recording fake of the Excel JavaScript API subset OfficeWorkbook uses. Commands queue until
 * `context.sync()`, which counts the round trip, measures the request (UTF-8 JSON of the queued
 * commands) and fails like Excel on the web above the payload limit; reading a property that was
 * not loaded and synced throws. Members newer than `apiVersion` throw as if absent.
 * Plain TypeScript (no jest/node imports): the e2e browser stub bundles it.
 */
export interface FakeExcelOptions {
  readonly apiVersion?: "1.7" | "1.8" | "1.9" | "1.13";
  /** Excel on the web rejects requests above 5 MB. */
  readonly payloadLimitBytes?: number;
  /** …and responses above 5 MB. */
  readonly responseLimitBytes?: number;
  readonly state?: FakeWorkbookState;
}

export interface FakeStats {
  syncs: number;
  /** Bytes of each request sent, in order. */
  readonly requestBytes: number[];
  maxRequestBytes: number;
  /** Bytes of each response delivered, in order (refused ones are counted in rejectedResponses). */
  readonly responseBytes: number[];
  /** Largest response delivered. */
  maxResponseBytes: number;
  rejectedResponses: number;
  reset(): void;
}

export interface FakeExcel {
  readonly run: <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;
  /** A context for direct use (tests that call helpers taking a context). */
  readonly context: Excel.RequestContext;
  readonly state: FakeWorkbookState;
  readonly stats: FakeStats;
  /** The ExcelApi version this fake answers as (capabilitiesOf(apiVersion) matches isSetSupported). */
  readonly apiVersion: "1.7" | "1.8" | "1.9" | "1.13";
  isSetSupported(name: string, minVersion?: string): boolean;
}

export const WEB_PAYLOAD_LIMIT_BYTES = 5 * 1024 * 1024;

export function createFakeExcel(options: FakeExcelOptions = {}): FakeExcel {
  const state = options.state ?? new FakeWorkbookState();
  const apiVersion = options.apiVersion ?? "1.9";
  const minor = Number(apiVersion.split(".")[1]);
  const stats: FakeStats = {
    syncs: 0,
    requestBytes: [],
    responseBytes: [],
    maxRequestBytes: 0,
    maxResponseBytes: 0,
    rejectedResponses: 0,
    reset() {
      this.rejectedResponses = 0;
      this.syncs = 0;
      this.requestBytes.length = 0;
      this.responseBytes.length = 0;
      this.maxRequestBytes = 0;
      this.maxResponseBytes = 0;
    },
  };
  const limit = options.payloadLimitBytes ?? WEB_PAYLOAD_LIMIT_BYTES;
  const responseLimit = options.responseLimitBytes ?? WEB_PAYLOAD_LIMIT_BYTES;
  const newContext = (): FakeContext => new FakeContext(state, stats, minor, limit, responseLimit);
  return {
    state,
    stats,
    apiVersion,
    context: newContext() as unknown as Excel.RequestContext,
    isSetSupported: (name, min) => name === "ExcelApi" && Number((min ?? "1.1").split(".")[1] ?? 1) <= minor,
    run: async <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> => {
      const context = newContext();
      const result = await batch(context as unknown as Excel.RequestContext);
      // Excel.run sends whatever is still queued when the batch returns.
      if (context.hasPending()) await context.sync();
      return result;
    },
  };
}

/** Installs `Excel` and `Office` globals backed by the fake (for the task pane in a browser or jsdom). */
export function installOfficeGlobals(fake: FakeExcel, host: { displayLanguage?: string } = {}): () => void {
  const scope = globalThis as Record<string, unknown>;
  const before = { Excel: scope["Excel"], Office: scope["Office"] };
  scope["Excel"] = { run: fake.run };
  scope["Office"] = {
    HostType: { Excel: "Excel" },
    onReady: async () => ({ host: "Excel", platform: "OfficeOnline" }),
    context: {
      displayLanguage: host.displayLanguage ?? "th-TH",
      requirements: { isSetSupported: (name: string, min?: string) => fake.isSetSupported(name, min) },
    },
  };
  return () => {
    scope["Excel"] = before.Excel;
    scope["Office"] = before.Office;
  };
}
