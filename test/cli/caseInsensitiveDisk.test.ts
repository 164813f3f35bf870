import { spawnSync } from "node:child_process";
import {
  accessSync,
  constants,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { caseInsensitiveFolder } from "../../src/cli/files/caseInsensitiveFolder";
import { writeSamplePlan } from "../fixtures/planWorkbook";
import { runCli } from "./runCli";

/**
 * A real case-insensitive disk: a FAT image mounted through FUSE (Debian's fusefat and dosfstools,
 * installed by .ci/run). Where they are missing the suite is skipped; the decision itself is also
 * tested with an injected probe (test/unit/cli/files/fileClash.test.ts).
 */
function canMountFat(): boolean {
  const found = (tool: string): boolean => spawnSync("sh", ["-c", `command -v ${tool}`]).status === 0;
  if (!found("fusefat") || !found("mkfs.fat") || !found("fusermount")) return false;
  try {
    accessSync("/dev/fuse", constants.R_OK | constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

const describeOnFat = canMountFat() ? describe : describe.skip;

describeOnFat("on a case-insensitive disk (FAT through FUSE)", () => {
  let work: string;
  let disk: string;
  let planBytes: Buffer;

  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), "action-plan-fat-"));
    const image = join(work, "fat.img");
    disk = join(work, "disk");
    writeFileSync(image, "");
    spawnSync("truncate", ["-s", "16M", image]);
    expect(spawnSync("mkfs.fat", [image]).status).toBe(0);
    mkdirSync(disk);
    expect(spawnSync("fusefat", ["-o", "rw+", image, disk], { timeout: 20_000 }).status).toBe(0);
    await writeSamplePlan(join(disk, "plan.xlsx"));
    planBytes = readFileSync(join(disk, "plan.xlsx"));
  }, 30_000);

  afterAll(() => {
    spawnSync("fusermount", ["-u", disk]);
    rmSync(work, { recursive: true, force: true });
  });

  it("is found case-insensitive by the probe, though each spelling of a name has its own inode there", async () => {
    expect(await caseInsensitiveFolder(disk)).toBe(true);
    expect(readFileSync(join(disk, "PLAN.XLSX")).equals(planBytes)).toBe(true);
    // Why device and inode alone cannot tell: FUSE numbers the two spellings apart.
    expect(statSync(join(disk, "PLAN.XLSX")).ino).not.toBe(statSync(join(disk, "plan.xlsx")).ino);
  });

  it("refuses -o PLAN.XLSX for the input plan.xlsx, saying it is the letter case", async () => {
    const run = await runCli(["build", "plan.xlsx", "-o", "PLAN.XLSX", "--lang", "en"], { cwd: disk });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("the names differ only in letter case, which this folder ignores");
    expect(run.stderr.trim().split("\n")).toHaveLength(1);
    expect(readFileSync(join(disk, "plan.xlsx")).equals(planBytes)).toBe(true);
    expect(readdirSync(disk)).toEqual(["plan.xlsx"]);
  });

  it("refuses -o out.xlsx with --pdf OUT.XLSX, neither yet written", async () => {
    const run = await runCli(["build", "plan.xlsx", "-o", "out.xlsx", "--pdf", "OUT.XLSX"], { cwd: disk });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("ตัวพิมพ์เล็ก-ใหญ่");
    expect(readdirSync(disk)).toEqual(["plan.xlsx"]);
  });

  it("builds there, replacing by rename, with no file left behind", async () => {
    writeFileSync(join(disk, "out.xlsx"), "last week's built workbook");
    const run = await runCli(["build", "plan.xlsx", "-o", "out.xlsx"], { cwd: disk });
    expect(run.code).toBe(0);
    expect(readFileSync(join(disk, "out.xlsx")).subarray(0, 2).toString()).toBe("PK");
    expect(readdirSync(disk).sort()).toEqual(["out.xlsx", "plan.xlsx"]);
  });
});
