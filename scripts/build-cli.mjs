// Bundles the command line (src/cli) and the benchmarks with esbuild for Node 20 (CommonJS).
import { build } from "esbuild";
import { fileURLToPath } from "node:url";
import { dirname, join } from "node:path";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");

const common = {
  bundle: true,
  platform: "node",
  format: "cjs",
  target: "node20",
  sourcemap: "linked",
  logLevel: "warning",
  absWorkingDir: root,
};

await build({ ...common, entryPoints: ["src/cli/index.ts"], outfile: "lib/action-plan.cjs" });
await build({ ...common, entryPoints: ["scripts/bench/benchMain.ts"], outfile: "lib/bench.cjs" });

// The Office adapter's benchmark against its recording fake (syncs and request sizes per command).
await build({
  ...common,
  entryPoints: ["scripts/bench/officeBench.ts"],
  outfile: "lib/office-bench.cjs",
});
