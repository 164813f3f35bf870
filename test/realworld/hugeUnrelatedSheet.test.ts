import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import * as inflate from "../../src/adapters/xlsx/zip/inflateEntry";
import { XlsxWorkbook } from "../../src/adapters/xlsx/XlsxWorkbook";
import { analyseWorkbook } from "../../src/app/analyseWorkbook";
import { buildTables } from "../../src/app/buildTables";
import { samplePlanBytes } from "../fixtures/planWorkbook";
import { PYTHON } from "../tools/openpyxl";

const ROWS = 200_000;
const OPTIONS = {
  editions: ["หลัก"],
  consolidated: false,
  thaiDigits: false,
  excludeUnbudgeted: false,
  font: "TH SarabunPSK",
} as const;
const CLOCK = () => "2026-11-27T03:00:00.000Z";

let dir: string;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "action-plan-huge-"));
  writeFileSync(join(dir, "plan.xlsx"), await samplePlanBytes());
  execFileSync(
    PYTHON,
    [join(__dirname, "add_big_sheet.py"), join(dir, "plan.xlsx"), join(dir, "huge.xlsx"), String(ROWS)],
    {
      timeout: 120_000,
    },
  );
}, 180_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Bytes inflated from parts whose name contains `name`, while `work` runs. */
async function inflatedFrom(name: string, work: () => Promise<unknown>): Promise<number> {
  let bytes = 0;
  const { streamEntry, inflateEntry } = inflate;
  const stream = jest.spyOn(inflate, "streamEntry");
  const whole = jest.spyOn(inflate, "inflateEntry");
  stream.mockImplementation((archive, entry, onChunk) => {
    streamEntry(archive, entry, (chunk) => {
      if (entry.name.includes(name)) bytes += chunk.length;
      return onChunk(chunk);
    });
  });
  whole.mockImplementation((archive, entry) => {
    const data = inflateEntry(archive, entry);
    if (entry.name.includes(name)) bytes += data.length;
    return data;
  });
  try {
    await work();
  } finally {
    stream.mockRestore();
    whole.mockRestore();
  }
  return bytes;
}

describe(`a workbook with an unrelated sheet of ${ROWS.toLocaleString("en")} rows`, () => {
  it("gives the same answer as without it", async () => {
    const plain = await analyseWorkbook(await XlsxWorkbook.fromBuffer(readFileSync(join(dir, "plan.xlsx"))));
    const huge = await analyseWorkbook(await XlsxWorkbook.fromBuffer(readFileSync(join(dir, "huge.xlsx"))));
    expect(huge.issues).toEqual(plain.issues);
    expect(huge.plan).toEqual(plain.plan);
    expect(huge.inputFingerprint).toBe(plain.inputFingerprint);
  });

  it("reads no more of that sheet than its first rows, to validate and to build", async () => {
    const book = await XlsxWorkbook.fromBuffer(readFileSync(join(dir, "huge.xlsx")));
    // Its first row is read (for an owner mark); its shared strings only as far as that row needs.
    expect(await inflatedFrom("sheetBig", () => analyseWorkbook(book))).toBe(0);
    expect(await inflatedFrom("sheetBig", () => buildTables(book, OPTIONS, CLOCK))).toBeLessThan(1024 * 1024);
    expect(await inflatedFrom("sharedStrings", () => book.listSheets())).toBeLessThan(1024 * 1024);
  });

  it("keeps the sheet byte for byte in the built copy", async () => {
    const book = await XlsxWorkbook.fromBuffer(readFileSync(join(dir, "huge.xlsx")));
    await buildTables(book, OPTIONS, CLOCK);
    const out = await book.toBuffer();
    const reread = await XlsxWorkbook.fromBuffer(out);
    expect((await reread.listSheets()).map((s) => s.name)).toContain("ข้อมูลดิบ");
    expect(out.length).toBeGreaterThan(readFileSync(join(dir, "huge.xlsx")).length * 0.9);
  });
});
