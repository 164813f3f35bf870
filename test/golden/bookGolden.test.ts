import * as fs from "node:fs";
import * as path from "node:path";
import { planTextsFrom } from "../../src/domain/book/planTextsFrom";
import { layoutBook } from "../../src/domain/layout/layoutBook";
import { samplePlan } from "../fixtures/samplePlan";
import { renderSheetMarkdown } from "./renderSheetMarkdown";

/** Golden Markdown pictures of the sample plan's book (values and styles); `UPDATE_GOLDEN=1` rewrites them. */
const cases = [
  { edition: "หลัก", thaiDigits: false },
  { edition: "เพิ่มเติม 1/2570", thaiDigits: true },
] as const;

const update = process.env["UPDATE_GOLDEN"] === "1";
const dir = path.join(__dirname, "book");
const books = cases.map(({ edition, thaiDigits }) =>
  layoutBook(samplePlan(), planTextsFrom(undefined, samplePlan()), { edition, thaiDigits }),
);

describe.each(cases.map((c, i) => ({ ...c, book: books[i] })))("the book of edition $edition", ({ book }) => {
  test.each((book?.sheets ?? []).map((s) => [s.name, s] as const))("%s matches its golden file", (name, sheet) => {
    const file = path.join(dir, `${name}.md`);
    const actual = renderSheetMarkdown(sheet);
    if (update) fs.writeFileSync(file, actual);
    expect(actual).toBe(fs.readFileSync(file, "utf8"));
  });
});

test("every golden file of the book belongs to a sheet the cases produce", () => {
  const produced = new Set(books.flatMap((b) => b.sheets.map((s) => `${s.name}.md`)));
  const orphans = fs.readdirSync(dir).filter((file) => !produced.has(file));
  if (update) for (const file of orphans) fs.rmSync(path.join(dir, file));
  else expect(orphans).toEqual([]);
});
