import { spawnSync } from "node:child_process";
import { join } from "node:path";

const root = join(__dirname, "..", "..");

describe("TH Sarabun metrics", () => {
  test("the checked-in width tables are what the generator reads from the installed font", () => {
    const run = spawnSync(process.execPath, [join(root, "scripts", "make-font-metrics.mjs"), "--check"], {
      cwd: root,
      encoding: "utf8",
    });
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
  });
});
