// npm run bench: one JSON line per scenario (bundles built by scripts/build-cli.mjs).
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { dirname, join } from "node:path";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const require = createRequire(import.meta.url);
const print = (line) => process.stdout.write(`${JSON.stringify(line)}\n`);

const { runBench } = require(join(root, "lib", "bench.cjs"));
await runBench(print);

// The Office adapter's benchmark against its recording fake (syncs and request sizes per command).
const { runOfficeBench } = require(join(root, "lib", "office-bench.cjs"));
for (const line of await runOfficeBench()) print(line);
