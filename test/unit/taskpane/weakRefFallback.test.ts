// Safari 14.0 has no WeakRef; Fluent UI's focus management needs one at start-up.
describe("weakRefFallback", () => {
  const scope = globalThis as { WeakRef?: unknown };
  const native = scope.WeakRef;
  afterEach(() => {
    scope.WeakRef = native;
  });

  it("stands in for a missing WeakRef: deref gives the target back", async () => {
    delete scope.WeakRef;
    await jest.isolateModulesAsync(async () => {
      await import("../../../src/taskpane/weakRefFallback");
    });
    const target = { id: 1 };
    const Ref = scope.WeakRef as new (t: object) => { deref(): unknown };
    expect(new Ref(target).deref()).toBe(target);
  });

  it("leaves a native WeakRef alone", async () => {
    await jest.isolateModulesAsync(async () => {
      await import("../../../src/taskpane/weakRefFallback");
    });
    expect(scope.WeakRef).toBe(native);
  });
});
