import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { CliFailure } from "../../../src/cli/CliFailure";
import type { Language } from "../../../src/messages/Language";
import { cliText } from "../../../src/cli/cliText";
import type { CaseProbe } from "../../../src/cli/files/caseInsensitiveFolder";
import { refuseClashingOutputs } from "../../../src/cli/refuseClashingOutputs";

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "action-plan-refuse-"));
  writeFileSync(join(dir, "plan.xlsx"), "the user's plan");
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** What the command would print, or null when it goes on. */
async function refusal(
  lang: Language,
  outputs: [string, string][],
  probe: CaseProbe,
): Promise<string | null> {
  const named = outputs.map(([option, file]) => ({ option, path: join(dir, file) }));
  try {
    await refuseClashingOutputs(cliText(lang), join(dir, "plan.xlsx"), named, probe);
    return null;
  } catch (error) {
    if (!(error instanceof CliFailure)) throw error;
    expect(error.exitCode).toBe(2);
    return error.message;
  }
}

const insensitive: CaseProbe = async () => true;
const sensitive: CaseProbe = async () => false;

describe("refuseClashingOutputs with the folder's case-insensitivity injected", () => {
  it("refuses -o Plan.XLSX for plan.xlsx where the folder ignores case, in one line naming both and why", async () => {
    const en = await refusal("en", [["-o", "Plan.XLSX"]], insensitive);
    expect(en).toBe(
      `-o ${join(dir, "Plan.XLSX")} is the input file ${join(dir, "plan.xlsx")} ` +
        "(the names differ only in letter case, which this folder ignores); nothing was written: " +
        "the input is never written over, name another file",
    );
    const th = await refusal("th", [["-o", "Plan.XLSX"]], insensitive);
    expect(th).toContain(join(dir, "Plan.XLSX"));
    expect(th).toContain("ตัวพิมพ์เล็ก-ใหญ่");
    expect(th?.split("\n")).toHaveLength(1);
  });

  it("refuses -o and --pdf differing in case alone, where the folder ignores case", async () => {
    const outputs: [string, string][] = [
      ["-o", "out.xlsx"],
      ["--pdf", "OUT.xlsx"],
    ];
    expect(await refusal("en", outputs, insensitive)).toBe(
      `-o ${join(dir, "out.xlsx")} and --pdf ${join(dir, "OUT.xlsx")} are one file ` +
        "(the names differ only in letter case, which this folder ignores); nothing was written: " +
        "give them different names",
    );
    expect(await refusal("en", outputs, sensitive)).toBeNull();
  });

  it("lets distinct outputs through", async () => {
    const outputs: [string, string][] = [
      ["-o", "out.xlsx"],
      ["--pdf", "out.pdf"],
    ];
    expect(await refusal("th", outputs, insensitive)).toBeNull();
  });
});
