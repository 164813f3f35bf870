// Bundles the command line (src/cli) and the benchmarks with esbuild for Node 20 (CommonJS).
import { build } from "esbuild";
import { existsSync, rmSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { dirname, join } from "node:path";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");

const common = {
  bundle: true,
  platform: "node",
  format: "cjs",
  target: "node20",
  // exceljs stays a normal dependency: it is large and resolves its own optional requires.
  external: ["exceljs"],
  sourcemap: "linked",
  logLevel: "warning",
  absWorkingDir: root,
};

await build({ ...common, entryPoints: ["src/cli/index.ts"], outfile: "lib/action-plan.cjs" });
await build({ ...common, entryPoints: ["scripts/bench/benchMain.ts"], outfile: "lib/bench.cjs" });

// Another engineer's Office-adapter benchmark: bundled only once it exists.
const officeBench = "src/adapters/office/bench/officeBench.ts";
const officeOut = join(root, "lib", "office-bench.cjs");
if (existsSync(join(root, officeBench))) {
  await build({ ...common, entryPoints: [officeBench], outfile: officeOut });
} else {
  rmSync(officeOut, { force: true });
}
