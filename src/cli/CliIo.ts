import { libreOfficePdf, type PdfConverter } from "./convertToPdf";

/** Where the CLI talks to the world; tests pass fakes and read what was printed. */
export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly cwd: string;
  /** ISO timestamp written into the generated sheets' owner marks. */
  readonly now: () => string;
  readonly convertToPdf: PdfConverter;
}

export function nodeIo(): CliIo {
  return {
    stdout: (text) => process.stdout.write(`${text}\n`),
    stderr: (text) => process.stderr.write(`${text}\n`),
    env: process.env,
    cwd: process.cwd(),
    now: () => new Date().toISOString(),
    convertToPdf: libreOfficePdf,
  };
}
