import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { COMMAND_OPTIONS, OPTIONS } from "../../../src/cli/options";
import { runCli } from "../../cli/runCli";

describe("options each command takes", () => {
  let dir: string;
  beforeAll(() => (dir = mkdtempSync(join(tmpdir(), "action-plan-options-"))));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("every option belongs to some command (or is --lang/--help)", () => {
    const used = new Set(Object.values(COMMAND_OPTIONS).flat());
    expect(Object.keys(OPTIONS).filter((o) => !used.has(o as never) && o !== "lang" && o !== "help")).toEqual(
      [],
    );
  });

  it.each([
    [["build", "plan.xlsx", "-o", "out.xlsx", "--appendix"], "--appendix", "build"],
    [["validate", "plan.xlsx", "--pdf", "out.pdf"], "--pdf", "validate"],
    [["summary", "plan.xlsx", "--json", "--signature-mark"], "--signature-mark", "summary"],
  ])(
    "%j is refused in one line naming the option, before anything is read or written",
    async (argv, option, command) => {
      const run = await runCli(argv, { cwd: dir });
      expect(run.code).toBe(2);
      expect(run.stderr.split("\n")).toEqual([`คำสั่ง ${command} ไม่ใช้ตัวเลือก ${option} (ดู action-plan --help)`]);
    },
  );

  it("--lang and --help go with every command", async () => {
    const run = await runCli(["validate", "--help", "--lang", "en"], { cwd: dir });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("Usage: action-plan");
  });
});
