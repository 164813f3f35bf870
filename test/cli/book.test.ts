import { mkdtempSync, rmSync, writeFileSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Workbook } from "exceljs";
import { writeSamplePlan } from "../fixtures/planWorkbook";
import { runCli } from "./runCli";

let dir: string;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "action-plan-book-"));
  await writeSamplePlan(join(dir, "plan.xlsx"));
}, 60_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const sheetNames = async (file: string): Promise<string[]> => {
  const workbook = new Workbook();
  await workbook.xlsx.readFile(file);
  return workbook.worksheets.map((s) => s.name);
};

describe("book IN.xlsx -o OUT.xlsx [--edition CODE]", () => {
  it("writes the book of the main edition in book order after the input sheets", async () => {
    const run = await runCli(["book", "plan.xlsx", "-o", "book.xlsx"], { cwd: dir });
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    const names = await sheetNames(join(dir, "book.xlsx"));
    const book = ["ปก", "ประกาศ", "คำนำ", "สารบัญ", "บทนำ", "ส่วนที่ 2", "ผด.01", "ผด.02", "ผด.02-1"];
    expect(names.slice(-book.length)).toEqual(book);
  }, 60_000);

  it("on a workbook whose tables were built before, puts the book's sheets together in book order", async () => {
    expect((await runCli(["build", "plan.xlsx", "-o", "built.xlsx"], { cwd: dir })).code).toBe(0);
    const built = await sheetNames(join(dir, "built.xlsx"));
    // The build's ผด.01 comes before where the book's ปก would be added (at the end).
    expect(built).toContain("ผด.01");
    const run = await runCli(["book", "built.xlsx", "-o", "rebook.xlsx"], { cwd: dir });
    expect(run.code).toBe(0);
    const names = await sheetNames(join(dir, "rebook.xlsx"));
    const book = ["ปก", "ประกาศ", "คำนำ", "สารบัญ", "บทนำ", "ส่วนที่ 2", "ผด.01", "ผด.02", "ผด.02-1"];
    const start = names.indexOf("ปก");
    expect(names.slice(start, start + book.length)).toEqual(book);
    // The other sheets keep their order around it.
    const others = (list: string[]) => list.filter((n) => !book.includes(n));
    expect(others(names)).toEqual(others(built));
  }, 60_000);

  it("writes the book of the edition named, with its suffix", async () => {
    const run = await runCli(["book", "plan.xlsx", "-o", "book1.xlsx", "--edition", "เพิ่มเติม 1/2570"], {
      cwd: dir,
    });
    expect(run.code).toBe(0);
    expect(await sheetNames(join(dir, "book1.xlsx"))).toContain("สารบัญ เพิ่มเติม 1-2570");
  }, 60_000);

  it("refuses an unknown edition, a missing -o and an unreadable picture in one line, writing nothing", async () => {
    const unknown = await runCli(["book", "plan.xlsx", "-o", "x.xlsx", "--edition", "เพิ่มเติม 9/2570"], {
      cwd: dir,
    });
    expect(unknown.code).toBe(2);
    expect(unknown.stderr.split("\n")).toHaveLength(1);
    expect((await runCli(["book", "plan.xlsx"], { cwd: dir })).code).toBe(2);
    const picture = await runCli(["book", "plan.xlsx", "-o", "y.xlsx", "--emblem", "missing.png"], {
      cwd: dir,
    });
    expect(picture.code).toBe(2);
    expect(existsSync(join(dir, "x.xlsx")) || existsSync(join(dir, "y.xlsx"))).toBe(false);
  }, 60_000);

  it("warns when the emblem file is no picture, and still writes the book", async () => {
    writeFileSync(join(dir, "not-a-picture.png"), "hello");
    const run = await runCli(["book", "plan.xlsx", "-o", "z.xlsx", "--emblem", "not-a-picture.png"], {
      cwd: dir,
    });
    expect(run.code).toBe(0);
    expect(run.stderr).toContain("ตราครุฑ");
  }, 60_000);

  it("demo DIR writes the sample's book too, and says where", async () => {
    const run = await runCli(["demo", "demo"], { cwd: dir });
    expect(run.code).toBe(0);
    const book = join(dir, "demo", "sample-plan-2570-book.xlsx");
    expect(run.stdout).toContain(book);
    expect((await sheetNames(book)).slice(-9)[0]).toBe("ปก");
  }, 60_000);
});
