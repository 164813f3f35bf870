import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { IssueJson } from "../../src/cli/main";
import { writeSamplePlan } from "../fixtures/planWorkbook";

const root = join(__dirname, "..", "..");
let dir: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "action-plan-bin-"));
  // The real bundle, built as `npm run build:cli` builds it.
  execFileSync(process.execPath, [join(root, "scripts", "build-cli.mjs")], { cwd: root, stdio: "pipe" });
  await writeSamplePlan(join(dir, "plan.xlsx"), (w) => w.setCell("โครงการ", "C22", "แผนงานการพานิชย์"));
}, 60_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("the built bin/action-plan.cjs", () => {
  it("validates a workbook in a separate process and prints the JSON contract", () => {
    const run = spawnSync(
      process.execPath,
      [join(root, "bin", "action-plan.cjs"), "validate", "plan.xlsx", "--json"],
      {
        cwd: dir,
        encoding: "utf8",
        env: { ...process.env, LANG: "en_US.UTF-8" },
      },
    );
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    const issues = JSON.parse(run.stdout) as IssueJson[];
    expect(issues).toContainEqual(
      expect.objectContaining({
        severity: "warning",
        code: "work-plan-alias",
        sheet: "โครงการ",
        cell: "C22",
      }),
    );
    expect(Object.keys(issues[0] ?? {})).toEqual(["severity", "code", "sheet", "cell", "message"]);
  });

  it("exits 2 with one line on a missing file", () => {
    const run = spawnSync(
      process.execPath,
      [join(root, "bin", "action-plan.cjs"), "validate", "missing.xlsx"],
      {
        cwd: dir,
        encoding: "utf8",
      },
    );
    expect(run.status).toBe(2);
    expect(run.stderr.trim().split("\n")).toHaveLength(1);
  });
});
