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

type OptionName = keyof typeof OPTIONS;
const PRINT_CHOICES: readonly OptionName[] = [
  "thai-digits",
  "exclude-unbudgeted",
  "font",
  "edition-label",
  "schedule",
  "signature-mark",
];

/** The options each command reads besides --lang and --help; any other is refused, not ignored. */
export const COMMAND_OPTIONS: Readonly<Record<string, readonly OptionName[]>> = {
  template: [],
  validate: ["json"],
  summary: ["json", "edition"],
  build: ["output", "pdf", "consolidated", ...PRINT_CHOICES],
  book: ["output", "pdf", "edition", "emblem", "logo", "appendix", ...PRINT_CHOICES],
  report: ["json", "edition", "as-of", "output", "pdf", "thai-digits", "font", "signature-mark"],
  import: ["output", "sheet"],
  "import-devplan": ["output", "sheet", "year", "first-page"],
  demo: [...PRINT_CHOICES, "appendix"],
};

/** The options given that `command` does not read, as typed (e.g. "--appendix"). */
export function optionsNotFor(command: string, values: CliValues): string[] {
  const allowed = new Set<string>([...(COMMAND_OPTIONS[command] ?? []), "lang", "help"]);
  return Object.entries(values)
    .filter(([name, value]) => value !== undefined && !allowed.has(name))
    .map(([name]) => (name === "output" ? "-o" : `--${name}`));
}

/**
 * The command line split into options and positionals (the command and its files).
 * @throws TypeError (from parseArgs) on an unknown option or a missing option value
 */
export function parseOptions(argv: readonly string[]) {
  return parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
}

export type CliValues = ReturnType<typeof parseOptions>["values"];
