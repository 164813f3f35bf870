import { SheetNameTakenError } from "../app/WorkbookPort";
import { TemplateStructureError } from "../domain/parse/TemplateStructureError";
import { formatStructureError } from "../messages/formatStructureError";
import { CliFailure, EXIT } from "./CliFailure";
import { type CliContext, type Command, languageOf } from "./CliContext";
import type { CliIo } from "./CliIo";
import type { Language } from "../messages/Language";
import { cliText } from "./cliText";
import { bookCommand } from "./commands/book";
import { buildCommand } from "./commands/build";
import { demoCommand } from "./commands/demo";
import { importCommand } from "./commands/import";
import { reportCommand } from "./commands/report";
import { importDevPlanCommand } from "./commands/importDevPlan";
import { summaryCommand } from "./commands/summary";
import { templateCommand } from "./commands/template";
import { validateCommand } from "./commands/validate";
import { optionsNotFor, parseOptions } from "./options";

export { EXIT } from "./CliFailure";
export { nodeIo, type CliIo } from "./CliIo";
export type { IssueJson } from "./printIssues";

/** The commands by name; each lives in commands/, with its usage line in cliText. */
const COMMANDS: ReadonlyMap<string, Command> = new Map([
  ["template", templateCommand],
  ["validate", validateCommand],
  ["summary", summaryCommand],
  ["build", buildCommand],
  ["demo", demoCommand],
  ["import", importCommand],
  ["report", reportCommand],
  ["import-devplan", importDevPlanCommand],
  ["book", bookCommand],
]);

/** The options and positionals; an unknown option or language is a CliFailure (exit 2). */
function parsedArgs(argv: readonly string[], lang: Language): ReturnType<typeof parseOptions> {
  let parsed: ReturnType<typeof parseOptions>;
  try {
    parsed = parseOptions(argv);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new CliFailure(cliText(lang).badArgs(detail), EXIT.usage);
  }
  const chosen = parsed.values.lang;
  if (chosen !== undefined && chosen !== "th" && chosen !== "en") {
    throw new CliFailure(cliText(lang).badLang(chosen), EXIT.usage);
  }
  return parsed;
}

/** One line for what went wrong, and its exit code; never a stack trace. */
function reportFailure(error: unknown, io: CliIo, lang: Language): number {
  if (error instanceof CliFailure) {
    io.stderr(error.message);
    return error.exitCode;
  }
  if (error instanceof TemplateStructureError) {
    io.stderr(formatStructureError(error, lang));
    return EXIT.usage;
  }
  if (error instanceof SheetNameTakenError) {
    io.stderr(cliText(lang).sheetTaken(error.sheet));
    return EXIT.usage;
  }
  io.stderr(cliText(lang).internal(error instanceof Error ? error.message : String(error)));
  return EXIT.internal;
}

/**
 * Runs the `action-plan` command line (commands and exit codes as the README lists them) and returns the exit code.
 * @example await main(["validate", "plan.xlsx", "--json"], nodeIo()) //=> 0 | 1 | 2
 */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  let lang = languageOf(undefined, io.env);
  try {
    const { values, positionals } = parsedArgs(argv, lang);
    lang = languageOf(values.lang, io.env);
    const text = cliText(lang);
    const [name, ...args] = positionals;
    if (values.help || name === "help") {
      io.stdout(text.usage);
      return EXIT.ok;
    }
    if (name === undefined) {
      io.stderr(text.usage);
      throw new CliFailure(text.noCommand, EXIT.usage);
    }
    const command = COMMANDS.get(name);
    if (command === undefined) throw new CliFailure(text.unknownCommand(name), EXIT.usage);
    // An option the command does not read would be silently ignored (build --appendix): say so instead.
    const stray = optionsNotFor(name, values);
    if (stray.length > 0) throw new CliFailure(text.optionNotFor(stray.join(", "), name), EXIT.usage);
    const context: CliContext = { io, lang, text, values, args };
    return await command(context);
  } catch (error) {
    return reportFailure(error, io, lang);
  }
}
