import { spawn } from "node:child_process";
import { mkdtemp, rename, rm, copyFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { pathToFileURL } from "node:url";
import { officialFontEnvironment } from "./officialFontConfig";

export type PdfResult =
  | { readonly ok: true }
  | { readonly ok: false; readonly reason: "unavailable" | "failed"; readonly detail: string };

/**
 * Converts an .xlsx file to PDF; injected into the CLI so tests need no LibreOffice. `pdfPath` is a new
 * file of the caller's beside the target (see replaceFile): the converter fills it, and the caller
 * renames it over the target only when the result is ok.
 */
export type PdfConverter = (xlsxPath: string, pdfPath: string) => Promise<PdfResult>;

const TIMEOUT_MS = 180_000;

function run(
  command: string,
  args: readonly string[],
  env: Record<string, string>,
): Promise<{ code: number | null; stderr: string; missing: boolean }> {
  return new Promise((resolve) => {
    let stderr = "";
    const child = spawn(command, args, {
      stdio: ["ignore", "ignore", "pipe"],
      timeout: TIMEOUT_MS,
      env: { ...process.env, ...env },
    });
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.on("error", (error: NodeJS.ErrnoException) =>
      resolve({ code: null, stderr: error.message, missing: error.code === "ENOENT" }),
    );
    child.on("close", (code) => resolve({ code, stderr, missing: false }));
  });
}

/**
 * PDF through LibreOffice (`soffice --headless --convert-to pdf`), with a throw-away profile so a
 * running LibreOffice or a locked profile does not block it. Hidden sheets are not printed.
 */
export const libreOfficePdf: PdfConverter = async (xlsxPath, pdfPath) => {
  const work = await mkdtemp(join(tmpdir(), "action-plan-pdf-"));
  try {
    const input = join(work, "book.xlsx");
    await copyFile(xlsxPath, input);
    const profile = pathToFileURL(join(work, "profile")).href;
    const result = await run(
      "soffice",
      [`-env:UserInstallation=${profile}`, "--headless", "--convert-to", "pdf", "--outdir", work, input],
      await officialFontEnvironment(join(work, "fonts")),
    );
    if (result.missing) return { ok: false, reason: "unavailable", detail: "soffice" };
    const produced = join(work, `${basename(input, ".xlsx")}.pdf`);
    try {
      await rename(produced, pdfPath);
    } catch {
      try {
        // rename fails across file systems (the temp folder is often another one); copy instead.
        await copyFile(produced, pdfPath);
      } catch {
        return {
          ok: false,
          reason: "failed",
          detail: result.stderr.trim().split("\n")[0] ?? `exit ${result.code}`,
        };
      }
    }
    return { ok: true };
  } finally {
    await rm(work, { recursive: true, force: true });
  }
};
