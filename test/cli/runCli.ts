import { main, type CliIo } from "../../src/cli/main";
import type { PdfConverter } from "../../src/cli/convertToPdf";

export interface CliRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

const noLibreOffice: PdfConverter = async () => ({ ok: false, reason: "unavailable", detail: "soffice" });

/** Runs the CLI in-process with captured output, a fixed clock and (by default) no LibreOffice. */
export async function runCli(
  argv: readonly string[],
  options: { cwd: string; env?: Record<string, string>; convertToPdf?: PdfConverter },
): Promise<CliRun> {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    stdout: (text) => out.push(text),
    stderr: (text) => err.push(text),
    env: options.env ?? { LANG: "th_TH.UTF-8" },
    cwd: options.cwd,
    now: () => "2026-11-27T03:00:00.000Z",
    convertToPdf: options.convertToPdf ?? noLibreOffice,
  };
  const code = await main(argv, io);
  return { code, stdout: out.join("\n"), stderr: err.join("\n") };
}
