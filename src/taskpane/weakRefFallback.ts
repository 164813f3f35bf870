/**
 * Safari 14.0 (the WebKit of macOS 10.14 to 11.2 before the April 2021 update) has no WeakRef, and Fluent
 * UI's focus management (tabster, keyborg) makes WeakRefs unconditionally. A strong reference stands in:
 * the pane then keeps the few elements it focused until it closes. Imported first by index.tsx.
 */
class StrongRef<T extends object> {
  constructor(private readonly target: T) {}

  deref(): T {
    return this.target;
  }
}

const scope = globalThis as { WeakRef?: unknown };
if (typeof scope.WeakRef !== "function") scope.WeakRef = StrongRef;

// A module, not a script: its names stay out of the global scope.
export {};
