import { existsSync } from "node:fs";
import { mkdir, rm } from "node:fs/promises";
import { dirname, resolve } from "node:path";
import { parseArgs } from "node:util";
import { XlsxWorkbook } from "../adapters/xlsx/XlsxWorkbook";
import { buildTables } from "../app/buildTables";
import { analyseWorkbook, todayFromClock } from "../app/analyseWorkbook";
import type { FontChoice } from "../app/AppServices";
import { importSheet } from "../app/importSheet";
import { insertTemplate } from "../app/insertTemplate";
import { SheetNameTakenError } from "../app/WorkbookPort";
import type { SkippedRow } from "../domain/import/ImportResult";
import { MAIN_EDITION, parseEditionCode } from "../domain/model/editionCode";
import type { Plan } from "../domain/model/plan";
import { SETTING_KEYS } from "../domain/template/templateSpec";
import { TemplateStructureError } from "../domain/parse/TemplateStructureError";
import { rollupPlan } from "../domain/rollup/rollupPlan";
import { toSummaryJson } from "../domain/rollup/toSummaryJson";
import type { Issue, IssueCode, Severity } from "../domain/validate/Issue";
import { formatIssue } from "../messages/formatIssue";
import { formatStructureError } from "../messages/formatStructureError";
import { sampleTemplateRows } from "../sample/samplePlan";
import { cliText, type CliText, type Lang } from "./cliText";
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

/** Exit codes: 0 fine, 1 the plan has errors (or a PDF failed), 2 usage or input problem, 3 a bug. */
export const EXIT = { ok: 0, planErrors: 1, usage: 2, internal: 3 } as const;

/** A problem to report in one line with this exit code (never a stack trace). */
class CliFailure extends Error {
  constructor(
    message: string,
    readonly exitCode: number,
  ) {
    super(message);
  }
}

const OPTIONS = {
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
} as const;

type Values = {
  json?: boolean;
  edition?: string;
  output?: string;
  pdf?: string;
  lang?: string;
  help?: boolean;
  "thai-digits"?: boolean;
  "exclude-unbudgeted"?: boolean;
  consolidated?: boolean;
  sheet?: string;
  font?: string;
};

interface Context {
  readonly io: CliIo;
  readonly lang: Lang;
  readonly text: CliText;
  readonly values: Values;
  readonly args: readonly string[];
}

function languageOf(option: string | undefined, env: CliIo["env"]): Lang {
  if (option === "th" || option === "en") return option;
  const envLang = env["LC_ALL"] || env["LANG"] || "";
  return /^en/iu.test(envLang) ? "en" : "th";
}

/**
 * Runs the `action-plan` command line (PRODUCT.md §5) and returns the exit code.
 * @example await main(["validate", "plan.xlsx", "--json"], nodeIo()) //=> 0 | 1 | 2
 */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  let lang = languageOf(undefined, io.env);
  try {
    let parsed: { values: Values; positionals: string[] };
    try {
      parsed = parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
    } catch (error) {
      throw new CliFailure(
        cliText(lang).badArgs(error instanceof Error ? error.message : String(error)),
        EXIT.usage,
      );
    }
    const { values, positionals } = parsed;
    if (values.lang !== undefined && values.lang !== "th" && values.lang !== "en") {
      throw new CliFailure(cliText(lang).badLang(values.lang), EXIT.usage);
    }
    lang = languageOf(values.lang, io.env);
    const text = cliText(lang);
    const [command, ...args] = positionals;
    if (values.help || command === "help") {
      io.stdout(text.usage);
      return EXIT.ok;
    }
    if (command === undefined) {
      io.stderr(text.usage);
      throw new CliFailure(text.noCommand, EXIT.usage);
    }
    const context: Context = { io, lang, text, values, args };
    switch (command) {
      case "template":
        return await templateCommand(context);
      case "validate":
        return await validateCommand(context);
      case "summary":
        return await summaryCommand(context);
      case "build":
        return await buildCommand(context);
      case "demo":
        return await demoCommand(context);
      case "import":
        return await importCommand(context);
      default:
        throw new CliFailure(text.unknownCommand(command), EXIT.usage);
    }
  } catch (error) {
    const text = cliText(lang);
    if (error instanceof CliFailure) {
      io.stderr(error.message);
      return error.exitCode;
    }
    if (error instanceof TemplateStructureError) {
      io.stderr(formatStructureError(error, lang));
      return EXIT.usage;
    }
    if (error instanceof SheetNameTakenError) {
      io.stderr(text.sheetTaken(error.sheet));
      return EXIT.usage;
    }
    io.stderr(text.internal(error instanceof Error ? error.message : String(error)));
    return EXIT.internal;
  }
}

function inputPath(context: Context): string {
  const [path] = context.args;
  if (path === undefined) throw new CliFailure(context.text.needInput, EXIT.usage);
  return resolve(context.io.cwd, path);
}

async function openWorkbook(context: Context, path: string): Promise<XlsxWorkbook> {
  if (!existsSync(path)) throw new CliFailure(context.text.fileNotFound(path), EXIT.usage);
  try {
    return await XlsxWorkbook.open(path);
  } catch {
    // exceljs reports a non-zip or damaged file with internal detail the user cannot act on.
    throw new CliFailure(context.text.notWorkbook(path), EXIT.usage);
  }
}

/**
 * Creates the missing folders of `dir`, outermost first. Not `mkdir(dir, { recursive: true })`: Node's
 * recursive mkdir loops forever where a folder cannot be made (e.g. under /proc).
 */
async function makeFolders(dir: string): Promise<void> {
  const missing: string[] = [];
  for (let folder = dir; !existsSync(folder) && dirname(folder) !== folder; folder = dirname(folder)) {
    missing.unshift(folder);
  }
  for (const folder of missing) await mkdir(folder);
}

async function saveWorkbook(context: Context, workbook: XlsxWorkbook, path: string): Promise<void> {
  try {
    await makeFolders(dirname(path));
    await workbook.save(path);
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    throw new CliFailure(context.text.cannotWrite(path, why), EXIT.usage);
  }
}

/** One issue as printed by `validate --json` (PRODUCT.md §5); no location → null sheet and cell. */
export interface IssueJson {
  readonly severity: Severity;
  readonly code: IssueCode;
  readonly sheet: string | null;
  readonly cell: string | null;
  readonly message: string;
}

function issueJson(issue: Issue, lang: Lang): IssueJson {
  return {
    severity: issue.severity,
    code: issue.code,
    sheet: issue.location?.sheet ?? null,
    cell: issue.location?.cell ?? null,
    message: formatIssue(issue, lang),
  };
}

function issueLine(issue: Issue, context: Context): string {
  const where = issue.location ? `${issue.location.sheet}!${issue.location.cell}` : "-";
  const severity = issue.severity === "error" ? context.text.error : context.text.warning;
  return `${severity}\t${where}\t${formatIssue(issue, context.lang)}`;
}

function printIssues(issues: readonly Issue[], context: Context, print: (text: string) => void): void {
  for (const issue of issues) print(issueLine(issue, context));
  const errors = issues.filter((i) => i.severity === "error").length;
  print(issues.length === 0 ? context.text.noIssues : context.text.counts(errors, issues.length - errors));
}

async function templateCommand(context: Context): Promise<number> {
  const [path] = context.args;
  if (path === undefined) throw new CliFailure(context.text.needOutput, EXIT.usage);
  const out = resolve(context.io.cwd, path);
  // A blank template must never replace a workbook someone has filled in.
  if (existsSync(out)) throw new CliFailure(context.text.outputExists(out), EXIT.usage);
  const workbook = XlsxWorkbook.create();
  await insertTemplate(workbook);
  await saveWorkbook(context, workbook, out);
  context.io.stdout(context.text.templateWritten(out));
  return EXIT.ok;
}

/** Generated sheets built from other data than the input tables hold now (issue #7). */
async function staleSheets(workbook: XlsxWorkbook, current: string): Promise<string[]> {
  return (await workbook.listSheets())
    .filter((s) => s.owner !== null && s.owner.inputFingerprint !== current)
    .map((s) => s.name);
}

async function validateCommand(context: Context): Promise<number> {
  const workbook = await openWorkbook(context, inputPath(context));
  const { issues, inputFingerprint } = await analyseWorkbook(workbook, todayFromClock(context.io.now));
  const stale = await staleSheets(workbook, inputFingerprint);
  // Not an issue of the plan, and never in the JSON: stdout stays the issue list.
  if (stale.length > 0) context.io.stderr(context.text.staleSheets(stale.join(", ")));
  if (context.values.json) {
    context.io.stdout(
      JSON.stringify(
        issues.map((i) => issueJson(i, context.lang)),
        null,
        2,
      ),
    );
  } else {
    printIssues(issues, context, context.io.stdout);
  }
  return issues.some((i) => i.severity === "error") ? EXIT.planErrors : EXIT.ok;
}

/** Edition codes of the plan, main first. */
function editionsOf(plan: Plan): string[] {
  const codes = [
    ...plan.editions.map((e) => e.code),
    ...plan.projects.map((p) => p.edition),
    ...plan.equipment.map((e) => e.edition),
  ];
  const unique = [...new Set(codes)];
  return [...unique.filter((c) => c === MAIN_EDITION), ...unique.filter((c) => c !== MAIN_EDITION)];
}

async function summaryCommand(context: Context): Promise<number> {
  if (!context.values.json) throw new CliFailure(context.text.summaryNeedsJson, EXIT.usage);
  const workbook = await openWorkbook(context, inputPath(context));
  const { plan, issues } = await analyseWorkbook(workbook);
  const errors = issues.filter((i) => i.severity === "error").length;
  // stdout stays the JSON; the totals leave out rows whose key cells could not be read.
  if (errors > 0) context.io.stderr(context.text.summaryWithErrors(errors));
  let edition: string | null = null;
  if (context.values.edition !== undefined) {
    const known = editionsOf(plan);
    const parsed = parseEditionCode(context.values.edition);
    if (parsed === null || !known.includes(parsed.code)) {
      throw new CliFailure(context.text.unknownEdition(context.values.edition, known.join(", ")), EXIT.usage);
    }
    edition = parsed.code;
  }
  const summary = rollupPlan(plan, { edition, excludeUnbudgeted: false });
  context.io.stdout(JSON.stringify(toSummaryJson(summary, plan), null, 2));
  return EXIT.ok;
}

interface BuildResult {
  readonly code: number;
  readonly sheets: readonly string[];
}

/** `--font`: the family name with or without "TH", spaces or ๙, in any case. */
function fontOf(context: Context): FontChoice {
  const option = context.values.font;
  if (option === undefined) return "TH SarabunPSK";
  const key = option.toLowerCase().replace(/\s+|๙/gu, "").replace(/^th/u, "");
  if (key === "sarabunpsk") return "TH SarabunPSK";
  if (key === "sarabunit") return "TH SarabunIT๙";
  throw new CliFailure(context.text.badFont(option), EXIT.usage);
}

/**
 * Reads IN, adds the tables, writes OUT (and the PDF); shared by `build` and `demo`.
 * @param consolidated also the ฉบับรวม set (on request; it only adds something with several editions)
 */
async function buildWorkbook(
  context: Context,
  workbook: XlsxWorkbook,
  out: string,
  pdf: string | null,
  consolidated: boolean,
): Promise<BuildResult> {
  const { plan } = await analyseWorkbook(workbook);
  const editions = editionsOf(plan);
  const report = await buildTables(
    workbook,
    {
      editions,
      consolidated: consolidated && editions.length > 1,
      thaiDigits: context.values["thai-digits"] ?? false,
      excludeUnbudgeted: context.values["exclude-unbudgeted"] ?? false,
      font: fontOf(context),
    },
    context.io.now,
  );
  if (report.blockingIssues.length > 0) {
    for (const issue of report.blockingIssues) context.io.stderr(issueLine(issue, context));
    context.io.stderr(context.text.blocked(report.blockingIssues.length));
    return { code: EXIT.planErrors, sheets: [] };
  }
  await saveWorkbook(context, workbook, out);
  context.io.stdout(context.text.built(out, report.sheets.join(", ")));
  if (report.removedSheets.length > 0)
    context.io.stdout(context.text.removedSheets(report.removedSheets.join(", ")));
  if (pdf === null) return { code: EXIT.ok, sheets: report.sheets };
  return { code: await writePdf(context, workbook, pdf), sheets: report.sheets };
}

/** Prints only the generated sheets: the input sheets are hidden in a temporary copy. */
async function writePdf(context: Context, workbook: XlsxWorkbook, pdf: string): Promise<number> {
  const generated = new Set((await workbook.listSheets()).filter((s) => s.owner !== null).map((s) => s.name));
  const restore = workbook.hideSheetsExcept(generated);
  const tmpXlsx = `${pdf}.tmp.xlsx`;
  try {
    await saveWorkbook(context, workbook, tmpXlsx);
  } finally {
    restore();
  }
  try {
    const result = await context.io.convertToPdf(tmpXlsx, pdf);
    if (result.ok) {
      context.io.stdout(context.text.pdfWritten(pdf));
      return EXIT.ok;
    }
    // No LibreOffice is not a failure of the build: the workbook is there, say how to print it.
    if (result.reason === "unavailable") {
      context.io.stderr(context.text.pdfUnavailable);
      return EXIT.ok;
    }
    context.io.stderr(context.text.pdfFailed(result.detail));
    return EXIT.planErrors;
  } finally {
    await rm(tmpXlsx, { force: true });
  }
}

async function buildCommand(context: Context): Promise<number> {
  const input = inputPath(context);
  if (context.values.output === undefined) throw new CliFailure(context.text.needBuildOutput, EXIT.usage);
  const out = resolve(context.io.cwd, context.values.output);
  const pdf = context.values.pdf === undefined ? null : resolve(context.io.cwd, context.values.pdf);
  // The command line works on a copy: the input file is never written.
  if (out === input) throw new CliFailure(context.text.sameOutput(out), EXIT.usage);
  const workbook = await openWorkbook(context, input);
  return (await buildWorkbook(context, workbook, out, pdf, context.values.consolidated ?? false)).code;
}

async function demoCommand(context: Context): Promise<number> {
  const dir = resolve(context.io.cwd, context.args[0] ?? "out/demo");
  const inputFile = resolve(dir, "sample-plan-2570.xlsx");
  const outFile = resolve(dir, "sample-plan-2570-tables.xlsx");
  const pdfFile = resolve(dir, "sample-plan-2570-tables.pdf");
  const workbook = XlsxWorkbook.create();
  await insertTemplate(workbook);
  for (const [table, rows] of Object.entries(sampleTemplateRows())) workbook.writeTableRows(table, rows);
  await saveWorkbook(context, workbook, inputFile);
  context.io.stdout(context.text.demoInput(inputFile));
  // The demo shows everything, the consolidated set included.
  const built = await buildWorkbook(context, await XlsxWorkbook.open(inputFile), outFile, pdfFile, true);
  if (built.sheets.length > 0) context.io.stdout(context.text.demoOutput(outFile));
  return built.code;
}

/** Skipped rows grouped by reason, in sheet order: "A12, B20". */
function skippedLines(skipped: readonly SkippedRow[], text: CliText): string[] {
  const byReason = new Map<SkippedRow["reason"], string[]>();
  for (const row of skipped) byReason.set(row.reason, [...(byReason.get(row.reason) ?? []), row.cell]);
  return [...byReason].map(([reason, cells]) => text.skippedRows(text.skipReason[reason], cells.join(", ")));
}

async function importCommand(context: Context): Promise<number> {
  const input = inputPath(context);
  if (context.values.output === undefined) throw new CliFailure(context.text.needImportOutput, EXIT.usage);
  const out = resolve(context.io.cwd, context.values.output);
  // The source workbook stays as the user made it; the import goes into a copy.
  if (out === input) throw new CliFailure(context.text.sameOutput(out), EXIT.usage);
  const workbook = await openWorkbook(context, input);
  const wanted = context.values.sheet ?? null;
  if (wanted !== null) {
    const names = (await workbook.listSheets()).map((s) => s.name);
    if (!names.includes(wanted))
      throw new CliFailure(context.text.noSuchSheet(wanted, names.join(", ")), EXIT.usage);
  }
  const report = await importSheet(workbook, wanted);
  const { io, text } = context;
  switch (report.outcome) {
    case "no-sheet":
      throw new CliFailure(text.noPd02Sheet, EXIT.usage);
    case "refused":
      for (const issue of report.issues) io.stderr(issueLine(issue, context));
      io.stderr(text.importRefused(report.sheet ?? ""));
      return EXIT.planErrors;
    case "projects-not-empty":
      io.stderr(text.projectsNotEmpty);
      return EXIT.planErrors;
    case "imported":
      break;
  }
  await saveWorkbook(context, workbook, out);
  io.stdout(text.imported(report.sheet ?? "", report.rowsImported, report.strategiesImported, out));
  for (const line of skippedLines(report.skipped, text)) io.stdout(line);
  if (report.settingsWritten.length > 0)
    io.stdout(text.settingsWritten(report.settingsWritten.map((key) => SETTING_KEYS[key]).join(", ")));
  if (report.organisationName === "") io.stdout(text.settingsMissing);
  if (report.issues.length > 0) printIssues(report.issues, context, io.stdout);
  io.stdout(text.nextSteps(out));
  return EXIT.ok;
}
