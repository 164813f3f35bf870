// Unexpected console output is a bug: a test that logs fails, so warnings cannot pile up unseen.
for (const method of ["log", "info", "warn", "error", "debug"] as const) {
  jest.spyOn(console, method).mockImplementation((...args: unknown[]) => {
    throw new Error(`Unexpected console.${method}: ${args.map(String).join(" ")}`);
  });
}
