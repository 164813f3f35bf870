// npm run bench: one JSON line per scenario (bundles built by scripts/build-cli.mjs).
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { dirname, join } from "node:path";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const require = createRequire(import.meta.url);
const print = (line) => process.stdout.write(`${JSON.stringify(line)}\n`);

const { runBench } = require(join(root, "lib", "bench.cjs"));
await runBench(print);

// The Office adapter's benchmark, when its engineer has written it (bundled only if the source exists).
const officeBundle = join(root, "lib", "office-bench.cjs");
if (existsSync(officeBundle)) {
  const { runOfficeBench } = require(officeBundle);
  for (const line of await runOfficeBench()) print(line);
}
