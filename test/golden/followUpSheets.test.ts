import * as fs from "node:fs";
import * as path from "node:path";
import { layoutFollowUpSheets, type FollowUpSheetSet } from "../../src/domain/layout/layoutFollowUpSheets";
import { samplePlanWithFollowUp } from "../fixtures/sampleFollowUp";
import { renderSheetMarkdown } from "./renderSheetMarkdown";

/**
 * Golden Markdown pictures of the follow-up sheets of the sample plan with its recorded follow-up
 * (test/golden/followUp/); `UPDATE_GOLDEN=1 npx jest test/golden` rewrites them.
 */
const cases: readonly { set: FollowUpSheetSet; edition: string | null; thaiDigits: boolean }[] = [
  { set: "6", edition: null, thaiDigits: false },
  { set: "december", edition: null, thaiDigits: false },
  { set: "6", edition: "เพิ่มเติม 1/2570", thaiDigits: true },
];

const dir = path.join(__dirname, "followUp");
const update = process.env["UPDATE_GOLDEN"] === "1";
const sheets = cases.flatMap(({ set, edition, thaiDigits }) =>
  layoutFollowUpSheets(samplePlanWithFollowUp(), set, { edition, thaiDigits }),
);

test.each(sheets.map((s) => [s.name, s] as const))("%s matches its golden file", (name, sheet) => {
  const file = path.join(dir, `${name}.md`);
  const actual = renderSheetMarkdown(sheet);
  if (update) fs.writeFileSync(file, actual);
  expect(actual).toBe(fs.readFileSync(file, "utf8"));
});

test("every follow-up golden file belongs to a sheet the cases produce", () => {
  const produced = new Set(sheets.map((sheet) => `${sheet.name}.md`));
  const orphans = fs.readdirSync(dir).filter((file) => file.endsWith(".md") && !produced.has(file));
  if (update) for (const file of orphans) fs.rmSync(path.join(dir, file));
  else expect(orphans).toEqual([]);
});
