import { execFileSync } from "node:child_process";
import { writeFile } from "node:fs/promises";
import * as path from "node:path";
import { XlsxWorkbook } from "../../src/adapters/xlsx/XlsxWorkbook";
import { officialFontEnvironment } from "../../src/cli/officialFontConfig";
import type { SheetSpec } from "../../src/domain/layout/SheetSpec";
import { hasCommand } from "./pdfPages";

/**
 * `describe` when LibreOffice and poppler-utils are installed, else `describe.skip`; in CI
 * (process.env.CI) a missing soffice fails.
 */
export function describeWhenPrinting(): jest.Describe {
  const available = hasCommand("soffice") && hasCommand("pdfinfo", "-v");
  if (!available && process.env["CI"]) throw new Error("print check needs soffice and poppler-utils in CI");
  return available ? describe : describe.skip;
}

/**
 * Writes each sheet to a workbook of its own in `dir` (so each PDF holds exactly that sheet's pages),
 * as `name.xlsx`, and prints them all through the exceljs writer and LibreOffice, with TH SarabunPSK
 * aliased to TH Sarabun New (dev dependency) so LibreOffice lays text out with the real metrics.
 * @returns the PDF of each sheet, in order
 */
export async function printSheets(
  sheets: readonly { spec: SheetSpec; name: string }[],
  dir: string,
): Promise<string[]> {
  const inputs: string[] = [];
  for (const { spec, name } of sheets) {
    const workbook = XlsxWorkbook.create();
    await workbook.writeSheets([spec], "2026-11-27T00:00:00Z");
    const file = path.join(dir, `${name}.xlsx`);
    await writeFile(file, await workbook.toBuffer());
    inputs.push(file);
  }
  const fontEnv = await officialFontEnvironment(path.join(dir, "fonts"));
  execFileSync("soffice", ["--headless", "--norestore", "--convert-to", "pdf", "--outdir", dir, ...inputs], {
    env: { ...process.env, HOME: dir, ...fontEnv },
    stdio: "ignore",
    timeout: 240_000,
  });
  return inputs.map((file) => file.replace(/\.xlsx$/u, ".pdf"));
}
