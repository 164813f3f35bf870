import {
  existsSync,
  linkSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import fsPromises from "node:fs/promises";
import { tmpdir } from "node:os";
import { basename, dirname, join } from "node:path";
import type { PdfConverter } from "../../src/cli/convertToPdf";
import { writeSamplePlan } from "../fixtures/planWorkbook";
import { runCli, type CliRun } from "./runCli";

let dir: string;
let planBytes: Buffer;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "action-plan-outputs-"));
  await writeSamplePlan(join(dir, "plan.xlsx"));
  planBytes = readFileSync(join(dir, "plan.xlsx"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));
afterEach(() => jest.restoreAllMocks());

/** A fresh folder holding a copy of the plan, for a test that looks at every file in it. */
function folderWithPlan(name: string): string {
  const folder = join(dir, name);
  mkdirSync(folder);
  writeFileSync(join(folder, "plan.xlsx"), planBytes);
  return folder;
}

/** Refused as the README says: one line, exit 2, the input as it was, nothing new written. */
function expectRefused(run: CliRun, folder: string, files: readonly string[]): void {
  expect(run.code).toBe(2);
  expect(run.stderr.trim().split("\n")).toHaveLength(1);
  expect(readFileSync(join(folder, "plan.xlsx")).equals(planBytes)).toBe(true);
  expect(readdirSync(folder).sort()).toEqual([...files].sort());
}

/** A converter that writes a PDF's start and dies: LibreOffice killed, the disk full. */
const dyingConverter: PdfConverter = async (_xlsx, pdf) => {
  writeFileSync(pdf, "%PDF-1.7 half a file");
  return { ok: false, reason: "failed", detail: "soffice was killed" };
};

describe("outputs that are the input are refused before anything is written", () => {
  it("--pdf naming the input: the workbook is neither replaced by a PDF nor is -o written", async () => {
    const folder = folderWithPlan("pdf-is-input");
    const run = await runCli(["build", "plan.xlsx", "-o", "out.xlsx", "--pdf", "plan.xlsx", "--lang", "en"], {
      cwd: folder,
    });
    expectRefused(run, folder, ["plan.xlsx"]);
    expect(run.stderr).toBe(
      `--pdf ${join(folder, "plan.xlsx")} is the input file ${join(folder, "plan.xlsx")} (the same path); ` +
        "nothing was written: the input is never written over, name another file",
    );
  });

  it("-o as a symbolic link to the input, and a folder link on the way", async () => {
    const folder = folderWithPlan("symlink");
    symlinkSync(join(folder, "plan.xlsx"), join(folder, "latest.xlsx"));
    symlinkSync(folder, join(folder, "here"));
    const link = await runCli(["build", "plan.xlsx", "-o", "latest.xlsx", "--lang", "en"], { cwd: folder });
    expectRefused(link, folder, ["plan.xlsx", "latest.xlsx", "here"]);
    expect(link.stderr).toContain("through a symbolic link");
    expect(lstatSync(join(folder, "latest.xlsx")).isSymbolicLink()).toBe(true);
    const viaFolder = await runCli(["build", "plan.xlsx", "-o", "here/plan.xlsx"], { cwd: folder });
    expectRefused(viaFolder, folder, ["plan.xlsx", "latest.xlsx", "here"]);
    expect(viaFolder.stderr).toContain("ลิงก์สัญลักษณ์");
  });

  it("-o as a hard link to the input, in build and in import", async () => {
    const folder = folderWithPlan("hardlink");
    linkSync(join(folder, "plan.xlsx"), join(folder, "copy.xlsx"));
    const build = await runCli(["build", "plan.xlsx", "-o", "copy.xlsx", "--lang", "en"], { cwd: folder });
    expectRefused(build, folder, ["plan.xlsx", "copy.xlsx"]);
    expect(build.stderr).toContain("a hard link to the same file");
    const imported = await runCli(["import", "copy.xlsx", "-o", "plan.xlsx"], { cwd: folder });
    expectRefused(imported, folder, ["plan.xlsx", "copy.xlsx"]);
    expect(imported.stderr).toContain("ฮาร์ดลิงก์");
  });

  it("-o written another way: through .., from another working folder, as an absolute path", async () => {
    const folder = folderWithPlan("paths");
    mkdirSync(join(folder, "sub"));
    for (const [cwd, out] of [
      [folder, "sub/../plan.xlsx"],
      [join(folder, "sub"), "../plan.xlsx"],
      [join(folder, "sub"), join(folder, "plan.xlsx")],
    ] as const) {
      const run = await runCli(["build", join(folder, "plan.xlsx"), "-o", out], { cwd });
      expectRefused(run, folder, ["plan.xlsx", "sub"]);
    }
  });

  it("takes PLAN.xlsx as another file on this case-sensitive disk, and writes it", async () => {
    const folder = folderWithPlan("case-sensitive");
    const run = await runCli(["build", "plan.xlsx", "-o", "PLAN.xlsx"], { cwd: folder });
    expect(run.code).toBe(0);
    expect(readFileSync(join(folder, "plan.xlsx")).equals(planBytes)).toBe(true);
    expect(readdirSync(folder).sort()).toEqual(["PLAN.xlsx", "plan.xlsx"]);
  });
});

describe("outputs that are each other are refused", () => {
  it("--pdf equal to -o: an existing workbook there is kept, and no PDF replaces it", async () => {
    const folder = folderWithPlan("pdf-is-output");
    writeFileSync(join(folder, "out.xlsx"), "last week's built workbook");
    const run = await runCli(
      ["build", "plan.xlsx", "-o", "out.xlsx", "--pdf", "./out.xlsx", "--lang", "en"],
      {
        cwd: folder,
      },
    );
    expectRefused(run, folder, ["plan.xlsx", "out.xlsx"]);
    expect(readFileSync(join(folder, "out.xlsx"), "utf8")).toBe("last week's built workbook");
    expect(run.stderr).toContain(
      `-o ${join(folder, "out.xlsx")} and --pdf ${join(folder, "out.xlsx")} are one file`,
    );
  });

  it("--pdf as a link to -o", async () => {
    const folder = folderWithPlan("pdf-links-output");
    symlinkSync("out.xlsx", join(folder, "out.pdf"));
    const run = await runCli(["build", "plan.xlsx", "-o", "out.xlsx", "--pdf", "out.pdf"], { cwd: folder });
    expectRefused(run, folder, ["plan.xlsx", "out.pdf"]);
  });
});

describe("outputs are written whole or not at all", () => {
  it("keeps an existing PDF's bytes and leaves no temporary file when the converter dies midway", async () => {
    const folder = folderWithPlan("dying-converter");
    writeFileSync(join(folder, "out.pdf"), "the PDF that was signed");
    const run = await runCli(["build", "plan.xlsx", "-o", "out.xlsx", "--pdf", "out.pdf"], {
      cwd: folder,
      convertToPdf: dyingConverter,
    });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("soffice was killed");
    expect(readFileSync(join(folder, "out.pdf"), "utf8")).toBe("the PDF that was signed");
    expect(readdirSync(folder).sort()).toEqual(["out.pdf", "out.xlsx", "plan.xlsx"]);
  });

  it("keeps an existing PDF when the converter throws, and when LibreOffice is missing", async () => {
    const folder = folderWithPlan("throwing-converter");
    writeFileSync(join(folder, "out.pdf"), "the PDF that was signed");
    const throwing = await runCli(["build", "plan.xlsx", "-o", "out.xlsx", "--pdf", "out.pdf"], {
      cwd: folder,
      convertToPdf: async (_xlsx, pdf) => {
        writeFileSync(pdf, "%PDF half");
        throw new Error("EIO: i/o error, write");
      },
    });
    expect(throwing.code).toBe(2);
    expect(throwing.stderr.trim().split("\n")).toEqual([expect.stringContaining("EIO")]);
    const missing = await runCli(["build", "plan.xlsx", "-o", "out.xlsx", "--pdf", "out.pdf"], {
      cwd: folder,
    });
    expect(missing.code).toBe(0);
    expect(readFileSync(join(folder, "out.pdf"), "utf8")).toBe("the PDF that was signed");
    expect(readdirSync(folder).sort()).toEqual(["out.pdf", "out.xlsx", "plan.xlsx"]);
  });

  it("keeps an existing workbook's bytes and leaves no temporary file when the disk fills midway", async () => {
    const folder = folderWithPlan("disk-full");
    writeFileSync(join(folder, "out.xlsx"), "last week's built workbook");
    const realWrite = fsPromises.writeFile;
    jest.spyOn(fsPromises, "writeFile").mockImplementation(async (path, data, options) => {
      if (typeof path !== "string" || !path.startsWith(folder) || !(data instanceof Uint8Array))
        return realWrite(path, data, options);
      await realWrite(path, data.subarray(0, data.length >> 1));
      throw Object.assign(new Error("ENOSPC: no space left on device, write"), { code: "ENOSPC" });
    });
    const run = await runCli(["build", "plan.xlsx", "-o", "out.xlsx", "--lang", "en"], { cwd: folder });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      `Cannot write ${join(folder, "out.xlsx")}: ENOSPC: no space left on device, write (a file already there is unchanged)`,
    );
    expect(readFileSync(join(folder, "out.xlsx"), "utf8")).toBe("last week's built workbook");
    expect(readdirSync(folder).sort()).toEqual(["out.xlsx", "plan.xlsx"]);
  });

  it("prints from a copy in a private temporary folder, into a hidden new file beside the PDF", async () => {
    const folder = folderWithPlan("where-temp-files-go");
    const seen: { xlsx: string; pdf: string }[] = [];
    const run = await runCli(["build", "plan.xlsx", "-o", "out.xlsx", "--pdf", "out.pdf"], {
      cwd: folder,
      convertToPdf: async (xlsx, pdf) => {
        seen.push({ xlsx, pdf });
        expect(existsSync(join(folder, "out.pdf"))).toBe(false);
        writeFileSync(pdf, "%PDF-1.7 whole");
        return { ok: true };
      },
    });
    expect(run.code).toBe(0);
    const [{ xlsx, pdf } = { xlsx: "", pdf: "" }] = seen;
    expect(dirname(xlsx).startsWith(folder)).toBe(false);
    expect(existsSync(dirname(xlsx))).toBe(false);
    expect(dirname(pdf)).toBe(folder);
    expect(basename(pdf)).toMatch(/^\.out\.pdf\.[0-9a-f]{24}\.tmp$/u);
    expect(readFileSync(join(folder, "out.pdf"), "utf8")).toBe("%PDF-1.7 whole");
    expect(readdirSync(folder).sort()).toEqual(["out.pdf", "out.xlsx", "plan.xlsx"]);
  });

  it("writes through an output that is a symbolic link elsewhere: the link stays, its file is replaced", async () => {
    const folder = folderWithPlan("output-link");
    mkdirSync(join(folder, "shared"));
    writeFileSync(join(folder, "shared", "current.xlsx"), "last week's built workbook");
    symlinkSync(join(folder, "shared", "current.xlsx"), join(folder, "out.xlsx"));
    const run = await runCli(["build", "plan.xlsx", "-o", "out.xlsx"], { cwd: folder });
    expect(run.code).toBe(0);
    expect(lstatSync(join(folder, "out.xlsx")).isSymbolicLink()).toBe(true);
    expect(
      readFileSync(join(folder, "shared", "current.xlsx"))
        .subarray(0, 2)
        .toString(),
    ).toBe("PK");
    expect(readdirSync(join(folder, "shared"))).toEqual(["current.xlsx"]);
  });
});
