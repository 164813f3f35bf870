import { linkSync, mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { CaseProbe } from "../../../../src/cli/files/caseInsensitiveFolder";
import { caseInsensitiveFolder } from "../../../../src/cli/files/caseInsensitiveFolder";
import { fileClash } from "../../../../src/cli/files/fileClash";

let dir: string;
let input: string;
beforeAll(() => {
  dir = realpathSync(mkdtempSync(join(tmpdir(), "action-plan-clash-")));
  input = join(dir, "plan.xlsx");
  writeFileSync(input, "the user's plan");
  writeFileSync(join(dir, "other.xlsx"), "another file");
  mkdirSync(join(dir, "sub"));
  symlinkSync(input, join(dir, "link-to-plan.xlsx"));
  symlinkSync(dir, join(dir, "sub", "up"));
  linkSync(input, join(dir, "hard-plan.xlsx"));
  // On this (case-sensitive) disk a second file can have the input's name in capitals.
  writeFileSync(join(dir, "PLAN.xlsx"), "a different file");
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const sensitive: CaseProbe = async () => false;
const insensitive: CaseProbe = async () => true;

describe("fileClash", () => {
  it("finds the same path written otherwise: with .., with ./, relative to the working folder", async () => {
    expect(await fileClash(input, join(dir, "sub", "..", "plan.xlsx"), sensitive)).toBe("same-path");
    expect(await fileClash(input, `${dir}/./plan.xlsx`, sensitive)).toBe("same-path");
    expect(await fileClash(input, join(dir, "new.pdf"), sensitive)).toBeNull();
  });

  it("finds a symbolic link to the file, or through a linked folder", async () => {
    expect(await fileClash(join(dir, "link-to-plan.xlsx"), input, sensitive)).toBe("link");
    expect(await fileClash(input, join(dir, "sub", "up", "plan.xlsx"), sensitive)).toBe("link");
    // Two outputs not yet written, reached through the folder link: still one file.
    expect(await fileClash(join(dir, "sub", "up", "out.pdf"), join(dir, "out.pdf"), sensitive)).toBe("link");
  });

  it("finds a hard link: another name, the same device and inode", async () => {
    expect(await fileClash(join(dir, "hard-plan.xlsx"), input, sensitive)).toBe("hard-link");
  });

  it("tells two files apart, existing or not", async () => {
    expect(await fileClash(input, join(dir, "other.xlsx"), sensitive)).toBeNull();
    expect(await fileClash(join(dir, "out.xlsx"), join(dir, "out.pdf"), sensitive)).toBeNull();
  });

  it("takes names differing only in case as one file when the folder ignores case, and asks only then", async () => {
    const probe = jest.fn(insensitive);
    expect(await fileClash(input, join(dir, "PLAN.xlsx"), probe)).toBe("case");
    expect(probe).toHaveBeenCalledWith(dir);
    // Outputs not written yet, in a folder still to be made: the nearest existing folder is asked.
    expect(await fileClash(join(dir, "new", "OUT.pdf"), join(dir, "new", "out.pdf"), probe)).toBe("case");
    expect(probe).toHaveBeenLastCalledWith(dir);
    probe.mockClear();
    expect(await fileClash(input, join(dir, "other.xlsx"), probe)).toBeNull();
    expect(probe).not.toHaveBeenCalled();
  });

  it("takes them as two files on a case-sensitive folder, asked for real", async () => {
    expect(await fileClash(input, join(dir, "PLAN.xlsx"), caseInsensitiveFolder)).toBeNull();
    expect(await fileClash(input, join(dir, "PLAN.xlsx"), sensitive)).toBeNull();
  });
});
