// Profiling aid (not part of npm run bench): times the core scenario's two halves per run, e.g.
//   npx esbuild --bundle --platform=node --external:exceljs scripts/bench/profileCore.ts --outfile=/tmp/core.cjs
//   node --cpu-prof /tmp/core.cjs 50000 5
import { performance } from "node:perf_hooks";
import { analysePlan } from "../../src/domain/analysePlan";
import { rollupPlan } from "../../src/domain/rollup/rollupPlan";
import { scaledGrids } from "./scaledGrids";

const rows = Number(process.argv[2] ?? 5000);
const runs = Number(process.argv[3] ?? 10);
const grids = scaledGrids(rows);
for (let i = 0; i < runs; i++) {
  const cpu = process.cpuUsage();
  const start = performance.now();
  const analysis = analysePlan(grids);
  const mid = performance.now();
  rollupPlan(analysis.plan, { edition: null, excludeUnbudgeted: false });
  const end = performance.now();
  const used = process.cpuUsage(cpu);
  const cpuMs = (used.user + used.system) / 1000;
  process.stdout.write(
    `analyse ${(mid - start).toFixed(1)} rollup ${(end - mid).toFixed(1)} cpu ${cpuMs.toFixed(1)}\n`,
  );
}
