import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";

const PYTHON = "/usr/bin/python3";
const GNU_TIME = "/usr/bin/time";
const ROWS = 1_048_576;

/** Wall seconds and peak memory (KB) of one CLI run, measured by GNU time around a fresh process. */
function measured(cli: string, args: readonly string[], cwd: string): { seconds: number; maxRssKb: number } {
  const run = spawnSync(GNU_TIME, ["-f", "%e %M", process.execPath, cli, ...args], { cwd, encoding: "utf8" });
  const last = run.stderr.trim().split("\n").at(-1) ?? "";
  const [seconds = "NaN", rss = "NaN"] = last.split(" ");
  return { seconds: Number(seconds), maxRssKb: Number(rss) };
}

/**
 * validate and build on the sample plan with and without an unrelated sheet of a million rows × 6
 * (made by test/realworld/add_big_sheet.py): the figures and their ratios, each the best of `runs`.
 */
export async function hugeSheetBench(
  cli: string,
  sampleBytes: Uint8Array,
  root: string,
  print: (line: Record<string, unknown>) => void,
): Promise<void> {
  if (!existsSync(PYTHON) || !existsSync(GNU_TIME)) {
    print({ scenario: "huge-unrelated-sheet", skipped: "needs /usr/bin/python3 and GNU time" });
    return;
  }
  const dir = await mkdtemp(join(tmpdir(), "action-plan-huge-"));
  try {
    await writeFile(join(dir, "plan.xlsx"), sampleBytes);
    spawnSync(
      PYTHON,
      [join(root, "test", "realworld", "add_big_sheet.py"), "plan.xlsx", "huge.xlsx", String(ROWS)],
      {
        cwd: dir,
      },
    );
    const runs = 3;
    for (const command of ["validate", "build"] as const) {
      const args = (file: string) =>
        command === "validate" ? ["validate", file] : ["build", file, "-o", `out-${file}`];
      const best = (file: string) => {
        const results = Array.from({ length: runs }, () => measured(cli, args(file), dir));
        return {
          seconds: Math.min(...results.map((r) => r.seconds)),
          maxRssKb: Math.min(...results.map((r) => r.maxRssKb)),
        };
      };
      const plain = best("plan.xlsx");
      const huge = best("huge.xlsx");
      print({
        scenario: "huge-unrelated-sheet",
        command,
        rows: ROWS,
        seconds: huge.seconds,
        plainSeconds: plain.seconds,
        timesPlain: Math.round((huge.seconds / plain.seconds) * 100) / 100,
        maxRssMb: Math.round(huge.maxRssKb / 1024),
        plainMaxRssMb: Math.round(plain.maxRssKb / 1024),
        memoryTimesPlain: Math.round((huge.maxRssKb / plain.maxRssKb) * 100) / 100,
        runs,
      });
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
