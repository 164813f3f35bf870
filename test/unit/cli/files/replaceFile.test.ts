import {
  chmodSync,
  linkSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { replaceFile, writeFileAtomic } from "../../../../src/cli/files/replaceFile";

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "action-plan-replace-"));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** Writes half of the new bytes, then fails: a full disk or a converter that dies midway. */
const failingMidway = async (temp: string): Promise<void> => {
  await writeFile(temp, "NEW BYTES, ONLY HALF");
  throw new Error("disk full");
};

describe("replaceFile", () => {
  it("writes a new file, making missing folders, and leaves nothing else behind", async () => {
    const target = join(dir, "new", "deeper", "out.xlsx");
    await writeFileAtomic(target, Buffer.from("complete"));
    expect(readFileSync(target, "utf8")).toBe("complete");
    expect(readdirSync(dirname(target))).toEqual(["out.xlsx"]);
  });

  it("replaces an existing file whole, keeping its permission bits", async () => {
    const target = join(dir, "out.xlsx");
    writeFileSync(target, "old bytes, a longer file than the new one");
    chmodSync(target, 0o640);
    await writeFileAtomic(target, Buffer.from("new"));
    expect(readFileSync(target, "utf8")).toBe("new");
    expect(statSync(target).mode & 0o777).toBe(0o640);
    expect(readdirSync(dir)).toEqual(["out.xlsx"]);
  });

  it("gives the writer a new, empty, hidden file in the target's folder, under a name no one can guess", async () => {
    const target = join(dir, "out.xlsx");
    writeFileSync(target, "old");
    const seen: string[] = [];
    for (let i = 0; i < 2; i += 1)
      await replaceFile(target, async (temp) => {
        seen.push(temp);
        expect(dirname(temp)).toBe(dir);
        expect(readFileSync(temp, "utf8")).toBe("");
        // The target is untouched while the new file is written.
        expect(readFileSync(target, "utf8")).toBe(i === 0 ? "old" : "second");
        await writeFile(temp, "second");
      });
    expect(seen[0]).not.toBe(seen[1]);
    for (const temp of seen) expect(temp).toMatch(/\/\.out\.xlsx\.[0-9a-f]{24}\.tmp$/u);
  });

  it("keeps an existing target's bytes and removes its own file when the write fails midway", async () => {
    const target = join(dir, "out.pdf");
    writeFileSync(target, "the PDF printed last week");
    await expect(replaceFile(target, failingMidway)).rejects.toThrow("disk full");
    expect(readFileSync(target, "utf8")).toBe("the PDF printed last week");
    expect(readdirSync(dir)).toEqual(["out.pdf"]);
  });

  it("leaves no file at all when a new target's write fails", async () => {
    await expect(replaceFile(join(dir, "out.pdf"), failingMidway)).rejects.toThrow("disk full");
    expect(readdirSync(dir)).toEqual([]);
  });

  it("fails without a trace where the target is a folder, which stays as it was", async () => {
    mkdirSync(join(dir, "out.xlsx"));
    writeFileSync(join(dir, "out.xlsx", "inside.txt"), "kept");
    await expect(writeFileAtomic(join(dir, "out.xlsx"), Buffer.from("x"))).rejects.toThrow();
    expect(readdirSync(dir)).toEqual(["out.xlsx"]);
    expect(readFileSync(join(dir, "out.xlsx", "inside.txt"), "utf8")).toBe("kept");
  });

  it("writes through a symbolic link: the file it leads to is replaced in its own folder, the link stays", async () => {
    mkdirSync(join(dir, "shared"));
    const real = join(dir, "shared", "current.xlsx");
    writeFileSync(real, "old");
    const link = join(dir, "out.xlsx");
    symlinkSync(real, link);
    await replaceFile(link, async (temp) => {
      expect(dirname(temp)).toBe(join(dir, "shared"));
      await writeFile(temp, "new");
    });
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readFileSync(real, "utf8")).toBe("new");
    expect(readdirSync(join(dir, "shared"))).toEqual(["current.xlsx"]);
  });

  it("writes through a dangling link to the file it names", async () => {
    const link = join(dir, "out.xlsx");
    symlinkSync("made-later.xlsx", link);
    await writeFileAtomic(link, Buffer.from("new"));
    expect(readFileSync(join(dir, "made-later.xlsx"), "utf8")).toBe("new");
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
  });

  it("replaces a hard-linked name by a new file: the other name keeps the old bytes", async () => {
    const target = join(dir, "out.xlsx");
    writeFileSync(target, "old");
    linkSync(target, join(dir, "other-name.xlsx"));
    await writeFileAtomic(target, Buffer.from("new"));
    expect(readFileSync(target, "utf8")).toBe("new");
    expect(readFileSync(join(dir, "other-name.xlsx"), "utf8")).toBe("old");
  });
});
