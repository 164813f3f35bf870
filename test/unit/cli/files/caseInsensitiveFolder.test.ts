import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { caseInsensitiveFolder } from "../../../../src/cli/files/caseInsensitiveFolder";

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "action-plan-case-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("caseInsensitiveFolder", () => {
  it("says case-sensitive on this machine's temp folder (Linux ext4/overlay), leaving no file", async () => {
    expect(await caseInsensitiveFolder(dir)).toBe(false);
    expect(readdirSync(dir)).toEqual([]);
  });

  it("assumes insensitive where it cannot probe: refusing is the safe mistake", async () => {
    expect(await caseInsensitiveFolder(join(dir, "no-such-folder"))).toBe(true);
  });
});
