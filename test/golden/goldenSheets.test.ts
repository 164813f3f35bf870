import * as fs from "node:fs";
import * as path from "node:path";
import { layoutOfficialTables } from "../../src/domain/layout/layoutOfficialTables";
import { renderSheetMarkdown } from "./renderSheetMarkdown";
import { samplePlan } from "../fixtures/samplePlan";

/** Golden Markdown pictures of the sample plan's sheets; `UPDATE_GOLDEN=1 npx jest test/golden` rewrites them. */
const cases = [
  { edition: "หลัก", thaiDigits: false },
  { edition: "เพิ่มเติม 1/2570", thaiDigits: false },
  { edition: null, thaiDigits: true },
] as const;

describe.each(cases)("golden sheets for edition $edition", ({ edition, thaiDigits }) => {
  const sheets = layoutOfficialTables(samplePlan(), { edition, thaiDigits });
  test.each(sheets.map((s) => [s.name, s] as const))("%s matches its golden file", (name, sheet) => {
    const file = path.join(__dirname, `${name}.md`);
    const actual = renderSheetMarkdown(sheet);
    if (process.env["UPDATE_GOLDEN"] === "1") fs.writeFileSync(file, actual);
    expect(actual).toBe(fs.readFileSync(file, "utf8"));
  });
});
