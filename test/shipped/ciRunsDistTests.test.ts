import { readFileSync } from "node:fs";
import { resolve } from "node:path";

// The tests of the production build (*.dist.test.ts) are not part of `npx jest` (there is no dist/ yet):
// CI must run them after building, or they would be skipped without anyone noticing.
describe(".ci/run", () => {
  const ci = readFileSync(resolve(__dirname, "../../.ci/run"), "utf8")
    .split("\n")
    .filter((line) => !line.trim().startsWith("#"));
  const lineOf = (command: string) => ci.findIndex((line) => line.trim().startsWith(command));

  it("runs the tests of dist/ after the production build", () => {
    expect(lineOf("npm run build")).toBeGreaterThan(0);
    expect(lineOf("npm run test:dist")).toBeGreaterThan(lineOf("npm run build"));
  });

  it("runs the browser test after the build too", () => {
    expect(lineOf("npm run test:e2e")).toBeGreaterThan(lineOf("npm run build"));
  });
});
