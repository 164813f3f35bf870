import { resolve } from "node:path";
import { CliFailure, EXIT } from "./CliFailure";
import type { CliIo } from "./CliIo";
import type { Language } from "../messages/Language";
import type { CliText } from "./cliText";
import type { CliValues } from "./options";

/** What every command gets: the world, the language and its texts, the options, its own arguments. */
export interface CliContext {
  readonly io: CliIo;
  readonly lang: Language;
  readonly text: CliText;
  readonly values: CliValues;
  /** The positionals after the command name. */
  readonly args: readonly string[];
}

/** A command: runs with its context, returns the exit code, throws CliFailure for one-line problems. */
export type Command = (context: CliContext) => Promise<number>;

/** `--lang`, else English when the locale is English, else Thai. */
export function languageOf(option: string | undefined, env: CliIo["env"]): Language {
  if (option === "th" || option === "en") return option;
  const envLang = env["LC_ALL"] || env["LANG"] || "";
  return /^en/iu.test(envLang) ? "en" : "th";
}

/** A path the user typed, taken from the working folder. */
export function pathFrom(context: CliContext, typed: string): string {
  return resolve(context.io.cwd, typed);
}

/** The command's first positional: the workbook it reads. */
export function inputPath(context: CliContext): string {
  const [path] = context.args;
  if (path === undefined) throw new CliFailure(context.text.needInput, EXIT.usage);
  return pathFrom(context, path);
}
