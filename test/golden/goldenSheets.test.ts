import * as fs from "node:fs";
import * as path from "node:path";
import { layoutOfficialTables } from "../../src/domain/layout/layoutOfficialTables";
import { CHANGED_EDITION, changedEditionPlan } from "../fixtures/changedEditionPlan";
import { samplePlan } from "../fixtures/samplePlan";
import { renderSheetMarkdown } from "./renderSheetMarkdown";

/** Golden Markdown pictures of the sample plan's sheets; `UPDATE_GOLDEN=1 npx jest test/golden` rewrites them. */
const cases = [
  { edition: "หลัก", thaiDigits: false },
  { edition: "เพิ่มเติม 1/2570", thaiDigits: false },
  { edition: null, thaiDigits: true },
] as const;

const update = process.env["UPDATE_GOLDEN"] === "1";
const goldenFile = (sheet: string): string => `${sheet}.md`;
const sheetsOf = cases.map(({ edition, thaiDigits }) => layoutOfficialTables(samplePlan(), { edition, thaiDigits }));
/** A เปลี่ยนแปลง edition's comparison sheet for the committee (its other sheets are ผด. tables like the rest). */
const comparisonSheets = layoutOfficialTables(changedEditionPlan(), { edition: CHANGED_EDITION }).filter(
  (sheet) => sheet.owner.kind === "comparison",
);

describe.each([
  ...cases.map((c, i) => ({ ...c, sheets: sheetsOf[i] ?? [] })),
  { edition: CHANGED_EDITION, thaiDigits: false, sheets: comparisonSheets },
])(
  "golden sheets for edition $edition",
  ({ sheets }) => {
    test.each(sheets.map((s) => [s.name, s] as const))("%s matches its golden file", (name, sheet) => {
      const file = path.join(__dirname, goldenFile(name));
      const actual = renderSheetMarkdown(sheet);
      if (update) fs.writeFileSync(file, actual);
      expect(actual).toBe(fs.readFileSync(file, "utf8"));
    });
  },
);

test("every golden file belongs to a sheet the cases produce (no orphan stays behind)", () => {
  const produced = new Set([...sheetsOf.flat(), ...comparisonSheets].map((sheet) => goldenFile(sheet.name)));
  const orphans = fs.readdirSync(__dirname).filter((file) => file.endsWith(".md") && !produced.has(file));
  if (update) for (const file of orphans) fs.rmSync(path.join(__dirname, file));
  else expect(orphans).toEqual([]);
});
