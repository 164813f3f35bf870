import type { FakeSheet, Rect } from "../fakeWorkbookState";
import type { FakeContext } from "./FakeContext";

/** UTF-8 length of a string, as the request and response sizes are measured. */
export function utf8Bytes(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : 3;
  }
  return bytes;
}

/** Cells of one sheet in one or more rectangles: what a Range or RangeAreas stands for. */
export interface Area {
  readonly sheet: FakeSheet;
  readonly rects: readonly Rect[];
}

/** Base of every proxy: queued loads, loaded-property reads, null-object state after sync. */
export abstract class FakeProxy<T> {
  private loaded: Record<string, unknown> | null = null;
  private nullState: boolean | undefined;

  constructor(
    readonly context: FakeContext,
    readonly path: string,
    private readonly resolver: () => T | null,
  ) {
    context.track(this as FakeProxy<unknown>);
  }

  get isNullObject(): boolean {
    if (this.nullState === undefined)
      throw new Error(`isNullObject of ${this.path} is known only after context.sync()`);
    return this.nullState;
  }

  settle(): void {
    if (this.nullState !== undefined) return;
    try {
      this.nullState = this.resolver() === null;
    } catch {
      this.nullState = true;
    }
  }

  resolve(): T | null {
    return this.resolver();
  }

  target(): T {
    const target = this.resolver();
    if (target === null) throw new Error(`ItemNotFound: ${this.path}`);
    return target;
  }

  load(properties?: string | string[] | Record<string, unknown>): this {
    const names =
      properties === undefined
        ? ["*"]
        : typeof properties === "string"
          ? properties.split(",").map((p) => p.trim())
          : Array.isArray(properties)
            ? properties
            : Object.keys(properties);
    this.context.enqueue({ path: this.path, load: names }, () => {
      const target = this.resolver();
      const snapshot: Record<string, unknown> = { ...(this.loaded ?? {}) };
      if (target !== null) for (const name of names) snapshot[name] = this.snapshot(target, name);
      this.loaded = snapshot;
      this.nullState = target === null;
      this.context.addResponse(utf8Bytes(JSON.stringify(snapshot)));
    });
    return this;
  }

  /** Marks properties as loaded (children of a loaded collection). */
  preload(values: Record<string, unknown>): void {
    this.loaded = { ...(this.loaded ?? {}), ...values };
    this.nullState = false;
  }

  protected abstract snapshot(target: T, property: string): unknown;

  protected read<V>(property: string): V {
    if (!this.loaded || !(property in this.loaded)) {
      throw new Error(`PropertyNotLoaded: ${this.path}.${property} (load it and call context.sync() first)`);
    }
    if (this.nullState) throw new Error(`InvalidObjectPath: ${this.path} is a null object`);
    return this.loaded[property] as V;
  }

  protected command(action: string, args: unknown, run: (target: T) => void): void {
    this.context.enqueue({ path: this.path, action, args }, () => run(this.target()));
  }
}
