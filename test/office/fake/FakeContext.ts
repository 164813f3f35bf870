import type { FakeWorkbookState } from "../fakeWorkbookState";
import type { FakeStats } from "../FakeExcel";
import { utf8Bytes, type FakeProxy } from "./FakeProxy";
import { FakeRuntime, FakeWorkbook } from "./FakeWorkbook";

interface Command {
  readonly json: { readonly path: string } & Record<string, unknown>;
  readonly run: () => void;
}

/**
 * Bytes of one object in a request: Office.js sends each object's path once per request (its id,
 * type, parent and the method that makes it, about this much besides the method's name and arguments),
 * and every action after that refers to the object by id.
 */
const OBJECT_BYTES = 120;
/** Bytes of one action besides what it sets or calls (`{"Id":…,"ActionType":…,"ObjectPathId":…}`). */
const ACTION_BYTES = 60;

/** A request's size as Office.js would send it: every object (path prefix) once, then every action. */
export function requestBytes(commands: readonly Command["json"][]): number {
  const objects = new Set<string>();
  let bytes = 0;
  for (const { path, ...action } of commands) {
    let prefix = "";
    for (const segment of path.split("/")) {
      prefix = prefix === "" ? segment : `${prefix}/${segment}`;
      if (objects.has(prefix)) continue;
      objects.add(prefix);
      bytes += OBJECT_BYTES + utf8Bytes(segment);
    }
    bytes += ACTION_BYTES + utf8Bytes(JSON.stringify(action));
  }
  return bytes;
}

/**
 * One `Excel.run` context: commands queue until `sync()`, which measures the request (as Office.js
 * would send it: see requestBytes), applies it and answers.
 */
export class FakeContext {
  private commands: Command[] = [];
  private created: FakeProxy<unknown>[] = [];
  private responseBytes = 0;
  readonly workbook: FakeWorkbook;
  readonly runtime: FakeRuntime;

  constructor(
    readonly state: FakeWorkbookState,
    private readonly stats: FakeStats,
    private readonly minor: number,
    private readonly limit: number,
    private readonly responseLimit: number,
  ) {
    this.workbook = new FakeWorkbook(this);
    this.runtime = new FakeRuntime(this);
  }

  hasPending(): boolean {
    return this.commands.length > 0;
  }

  enqueue(json: Command["json"], run: () => void): void {
    this.commands.push({ json, run });
  }

  track(proxy: FakeProxy<unknown>): void {
    this.created.push(proxy);
  }

  addResponse(bytes: number): void {
    this.responseBytes += bytes;
  }

  requireSet(minor: number, member: string): void {
    if (this.minor < minor) throw new TypeError(`ApiNotFound: ${member} needs ExcelApi 1.${minor}`);
  }

  async sync(): Promise<void> {
    const commands = this.commands;
    const created = this.created;
    this.commands = [];
    this.created = [];
    this.responseBytes = 0;
    const bytes = requestBytes(commands.map((c) => c.json));
    this.stats.syncs++;
    this.stats.requestBytes.push(bytes);
    this.stats.maxRequestBytes = Math.max(this.stats.maxRequestBytes, bytes);
    if (bytes > this.limit) throw new Error(`RequestPayloadSizeLimitExceeded: ${bytes} bytes`);
    for (const command of commands) command.run();
    for (const proxy of created) proxy.settle();
    if (this.responseBytes > this.responseLimit) {
      this.stats.rejectedResponses++;
      throw new Error(`ResponsePayloadSizeLimitExceeded: ${this.responseBytes} bytes`);
    }
    this.stats.responseBytes.push(this.responseBytes);
    this.stats.maxResponseBytes = Math.max(this.stats.maxResponseBytes, this.responseBytes);
    await Promise.resolve();
  }
}
