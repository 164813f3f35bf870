import { parseArgs, type ParseArgsConfig } from "node:util";

/** Every option of every command; the values' types come from this table through parseArgs. */
export const OPTIONS = {
  json: { type: "boolean" },
  edition: { type: "string" },
  output: { type: "string", short: "o" },
  pdf: { type: "string" },
  lang: { type: "string" },
  help: { type: "boolean", short: "h" },
  "thai-digits": { type: "boolean" },
  "exclude-unbudgeted": { type: "boolean" },
  consolidated: { type: "boolean" },
  sheet: { type: "string" },
  font: { type: "string" },
  "as-of": { type: "string" },
  year: { type: "string" },
  "first-page": { type: "string" },
  emblem: { type: "string" },
  logo: { type: "string" },
  "edition-label": { type: "string" },
  schedule: { type: "string" },
  "signature-mark": { type: "boolean" },
  appendix: { type: "boolean" },
} as const satisfies NonNullable<ParseArgsConfig["options"]>;

/**
 * The command line split into options and positionals (the command and its files).
 * @throws TypeError (from parseArgs) on an unknown option or a missing option value
 */
export function parseOptions(argv: readonly string[]) {
  return parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
}

export type CliValues = ReturnType<typeof parseOptions>["values"];
