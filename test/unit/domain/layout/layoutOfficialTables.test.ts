import fc from "fast-check";
import { FISCAL_MONTHS } from "../../../../src/domain/model/months";
import type { Plan } from "../../../../src/domain/model/plan";
import { aPlan, aProject, anEdition, monthMask } from "../../../builders/planBuilders";
import { samplePlan, sampleExpected } from "../../../fixtures/samplePlan";
import { cellAt, cellHeight, rowOf, rowsStyled, valueAt } from "./_lib/sheetQueries";
import {
  BODY_PT,
  NUMBER_FORMATS,
  THAI_DIGITS_FORMAT_PREFIX,
} from "../../../../src/domain/layout/_lib/officialStyles";
import { fitWidth, rowHeightForLines } from "../../../../src/domain/layout/_lib/SheetBuilder";
import { estimateTextWidth } from "../../../../src/domain/text/estimateTextWidth";
import { layoutOfficialTables } from "../../../../src/domain/layout/layoutOfficialTables";
import { sheetNameFor } from "../../../../src/domain/layout/sheetNameFor";
import type { SheetSpec } from "../../../../src/domain/layout/SheetSpec";

const HEADINGS = ["strategyHeading", "workPlanHeading"];
const sheets = (
  plan: Plan,
  edition: string | null,
  extra: { thaiDigits?: boolean; excludeUnbudgeted?: boolean; schedule?: "arrow" | "fill" } = {},
) => layoutOfficialTables(plan, { edition, ...extra });
const [pd01, pd02, pd021, notice] = sheets(samplePlan(), "หลัก") as [
  SheetSpec,
  SheetSpec,
  SheetSpec,
  SheetSpec,
];
/** Month columns of ผด.02/ผด.02/1: G (ต.ค.) … R (ก.ย.). */
const MONTH_COLUMNS = "GHIJKLMNOPQR".split("");

describe("layoutOfficialTables", () => {
  test("lays out ผด.01, ผด.02, ผด.02/1 and the notice in book order", () => {
    expect(sheets(samplePlan(), "หลัก").map((s) => s.name)).toEqual(["ผด.01", "ผด.02", "ผด.02-1", "ประกาศ"]);
    expect(sheets(samplePlan(), "เพิ่มเติม 1/2570").map((s) => s.name)).toEqual([
      "ผด.01 เพิ่มเติม 1-2570",
      "ผด.02 เพิ่มเติม 1-2570",
      "ผด.02-1 เพิ่มเติม 1-2570",
      "ประกาศ เพิ่มเติม 1-2570",
    ]);
  });

  test("ผด.01 รวมทั้งสิ้น equals the fixture's independently computed totals and reads 100.00", () => {
    const total = rowOf(pd01, "รวมทั้งสิ้น");
    expect(valueAt(pd01, `B${total}`)).toBe(sampleExpected.main.projects);
    expect(valueAt(pd01, `D${total}`)).toBe(sampleExpected.main.budget);
    expect(valueAt(pd01, `C${total}`)).toBe(100);
    expect(valueAt(pd01, `E${total}`)).toBe(100);
    expect(cellAt(pd01, `D${total}`)?.style).toBe("totalBaht");
    expect(pd01.styles["totalPercent"]?.numberFormat).toBe(NUMBER_FORMATS.percent);
  });

  test("ผด.01 each strategy's รวม adds up its work-plan rows as displayed", () => {
    const totals = pd01.rows.flatMap((row, i) => (row.cells[0]?.value === "รวม" ? [i] : []));
    let first = 0;
    for (const t of totals) {
      const heading = pd01.rows.findIndex(
        (row, i) => i >= first && row.cells[0]?.style === "strategyHeading",
      );
      const children = pd01.rows.slice(heading + 1, t);
      for (const column of [1, 2, 3, 4]) {
        const sum = children.reduce(
          (acc, row) => acc + Math.round(Number(row.cells[column]?.value) * 100),
          0,
        );
        expect(sum).toBe(Math.round(Number(pd01.rows[t]?.cells[column]?.value) * 100));
      }
      first = t + 1;
    }
    expect(totals).toHaveLength(4);
  });

  test("ผด.01 strategy headings span the whole table, tall enough for their bold text", () => {
    const headings = pd01.rows.flatMap((row, i) => (row.cells[0]?.style === "strategyHeading" ? [i] : []));
    expect(headings.length).toBeGreaterThan(0);
    for (const row of headings) {
      expect(pd01.merges).toContainEqual({ row, column: 0, rowCount: 1, columnCount: pd01.columns.length });
      expect(pd01.rows[row]?.cells.slice(1).every((c) => c === null)).toBe(true);
    }
  });

  test("ผด.01 can leave out other agencies' and no-budget projects", () => {
    const [all] = sheets(samplePlan(), null) as [SheetSpec];
    const [budgeted] = sheets(samplePlan(), null, { excludeUnbudgeted: true }) as [SheetSpec];
    // Sample: one AGENCY project and one NONE project across all editions.
    expect(valueAt(all, `B${rowOf(all, "รวมทั้งสิ้น")}`)).toBe(sampleExpected.allEditions.projects);
    expect(valueAt(budgeted, `B${rowOf(budgeted, "รวมทั้งสิ้น")}`)).toBe(sampleExpected.allEditions.projects - 2);
  });

  test("ผด.02 has the form code top right and a two-row header with the B.E. years over the months", () => {
    expect(valueAt(pd02, "O1")).toBe("แบบ ผด.02");
    expect(pd02.print.headerRight).toBe("แบบ ผด.02");
    expect(pd02.merges).toContainEqual({ row: 0, column: 14, rowCount: 1, columnCount: 4 });
    const top = 5;
    expect(valueAt(pd02, `A${top}`)).toBe("ที่");
    // Heading lines are broken by hand between phrases.
    expect(valueAt(pd02, `C${top}`)).toBe("รายละเอียดของกิจกรรม\nที่เกิดขึ้นจากโครงการ");
    expect(valueAt(pd02, `G${top}`)).toBe("พ.ศ. 2569");
    expect(valueAt(pd02, `J${top}`)).toBe("พ.ศ. 2570");
    expect(pd02.merges).toEqual(
      expect.arrayContaining([
        { row: 4, column: 0, rowCount: 2, columnCount: 1 },
        { row: 4, column: 6, rowCount: 1, columnCount: 3 },
        { row: 4, column: 9, rowCount: 1, columnCount: 9 },
      ]),
    );
    expect(MONTH_COLUMNS.map((c) => valueAt(pd02, `${c}${top + 1}`))).toEqual([...FISCAL_MONTHS]);
    expect(pd02.print.titleRows).toEqual({ first: 5, last: 6 });
  });

  test("ผด.02 numbering restarts at 1 under every work plan", () => {
    const headings = rowsStyled(pd02, "workPlanHeading");
    const workPlanCount = Object.values(sampleExpected.main.byStrategy).reduce(
      (n, s) => n + Object.keys(s.workPlans).length,
      0,
    );
    expect(headings.length).toBe(workPlanCount);
    for (const heading of headings) {
      const numbers: unknown[] = [];
      // An item's number cell is merged down over its first line's half rows (styled as its parts).
      for (
        let row = heading + 1;
        row <= pd02.rows.length && (cellAt(pd02, `A${row}`)?.style ?? "").startsWith("seq");
        row += 1
      ) {
        if (valueAt(pd02, `A${row}`) !== null) numbers.push(valueAt(pd02, `A${row}`));
      }
      expect(numbers).toEqual(numbers.map((_, i) => i + 1));
      expect(numbers.length).toBeGreaterThan(0);
    }
  });

  test("ผด.02 draws each contiguous period as its own arrow line, heads at both ends, by default", () => {
    const plan = samplePlan();
    for (const project of plan.projects.filter((p) => p.edition === "หลัก")) {
      const row = rowOf(pd02, project.name);
      // The line is the upper half row's bottom border across the months the project runs.
      const lined = MONTH_COLUMNS.map((c) => pd02.styles[cellAt(pd02, `${c}${row}`)?.style ?? ""]?.border);
      expect(lined.map((border) => border?.bottom === "medium")).toEqual(project.months);
      expect(MONTH_COLUMNS.some((c) => pd02.styles[cellAt(pd02, `${c}${row}`)?.style ?? ""]?.fill)).toBe(
        false,
      );
    }
    // อุบัติเหตุ: ธ.ค.–ม.ค. and เม.ย.: a head at each end of the first run (< on ธ.ค., > on ม.ค.), a > on เม.ย.
    const roads = rowOf(pd02, "โครงการป้องกันและลดอุบัติเหตุทางถนนช่วงเทศกาลปีใหม่และสงกรานต์");
    const heads = (row: number) =>
      ["I", "J", "K", "M"].map((c) => {
        const border = pd02.styles[cellAt(pd02, `${c}${row}`)?.style ?? ""]?.border ?? {};
        return `${border.diagonalUp ? "/" : ""}${border.diagonalDown ? "\\" : ""}`;
      });
    expect(heads(roads)).toEqual(["/", "\\", "", "\\"]);
    expect(heads(roads + 1)).toEqual(["\\", "/", "", "/"]);
    // Both halves and the project's text cells, merged down over them, are kept on one page.
    expect(pd02.merges).toContainEqual({ row: roads - 1, column: 1, rowCount: 3, columnCount: 1 });
  });

  test("ผด.02 can draw each contiguous period as a filled bar instead", () => {
    const plan = samplePlan();
    const [, filledPd02] = sheets(plan, "หลัก", { schedule: "fill" }) as [SheetSpec, SheetSpec];
    const pd02 = filledPd02;
    for (const project of plan.projects.filter((p) => p.edition === "หลัก")) {
      const row = rowOf(pd02, project.name);
      const filled = MONTH_COLUMNS.map((c) =>
        Boolean(pd02.styles[cellAt(pd02, `${c}${row}`)?.style ?? ""]?.fill),
      );
      expect(filled).toEqual(project.months);
    }
    // อุดหนุนอาหารกลางวัน: พ.ย. and พ.ค. → two single-month bars; อุบัติเหตุ: ธ.ค.–ม.ค. and เม.ย.
    const lunch = rowOf(pd02, "โครงการอุดหนุนอาหารกลางวันโรงเรียนสังกัด สพฐ.");
    expect([cellAt(pd02, `H${lunch}`)?.style, cellAt(pd02, `N${lunch}`)?.style]).toEqual([
      "barSingle",
      "barSingle",
    ]);
    const roads = rowOf(pd02, "โครงการป้องกันและลดอุบัติเหตุทางถนนช่วงเทศกาลปีใหม่และสงกรานต์");
    expect(["I", "J", "K", "M"].map((c) => cellAt(pd02, `${c}${roads}`)?.style)).toEqual([
      "barStart",
      "barEnd",
      "month",
      "barSingle",
    ]);
    expect(pd02.styles["barMid"]?.border).toEqual({ top: "thin", bottom: "thin" });
  });

  test("ผด.02/1 groups equipment by type in official order, then by work plan", () => {
    const groups = rowsStyled(pd021, "strategyHeading").map((r) => valueAt(pd021, `A${r}`));
    expect(groups).toEqual([
      "1. ครุภัณฑ์สำนักงาน",
      "2. ครุภัณฑ์ยานพาหนะและขนส่ง",
      "3. ครุภัณฑ์การเกษตร",
      "4. ครุภัณฑ์คอมพิวเตอร์หรืออิเล็กทรอนิกส์",
    ]);
    expect(valueAt(pd021, `A${rowsStyled(pd021, "workPlanHeading")[0] ?? 0}`)).toBe("1.1 แผนงานบริหารงานทั่วไป");
    expect(valueAt(pd021, "B5")).toBe("ครุภัณฑ์");
  });

  test("every row has an explicit height and one cell per column", () => {
    for (const sheet of [pd01, pd02, pd021, notice]) {
      for (const row of sheet.rows) {
        expect(row.heightPt).toBeGreaterThan(0);
        expect(row.cells).toHaveLength(sheet.columns.length);
      }
    }
  });

  test("tall rows are given room for their wrapped lines", () => {
    const row = rowOf(pd02, "โครงการสนับสนุนค่าใช้จ่ายการบริหารสถานศึกษา (ค่าอาหารกลางวันศูนย์พัฒนาเด็กเล็ก)");
    const short = rowOf(pd02, "โครงการอาหารเสริม (นม)");
    expect(cellHeight(pd02, row, 1)).toBeGreaterThan(cellHeight(pd02, short, 1));
  });

  test("long texts carry their line breaks, each line fitting its column, and the row is as tall as its longest cell", () => {
    const bodyFirst = 2;
    for (const sheet of [pd02, pd021]) {
      const bodyRows = sheet.rows.flatMap((row, r) =>
        row.cells[0]?.style === "seq" && typeof row.cells[0].value === "number" ? [r + 1] : [],
      );
      expect(bodyRows.length).toBeGreaterThan(0);
      for (const r of bodyRows) {
        const row = sheet.rows[r - 1]!;
        const cells = row.cells.slice(bodyFirst - 1, 6);
        const lines = Math.max(
          ...cells.map((c) => (typeof c?.value === "string" ? c.value.split("\n").length : 1)),
        );
        expect(cellHeight(sheet, r, 1)).toBe(rowHeightForLines(lines, BODY_PT));
        cells.forEach((cell, i) => {
          if (typeof cell?.value !== "string") return;
          const width = fitWidth(sheet.columns[bodyFirst - 1 + i]?.widthPt ?? 0);
          for (const line of cell.value.split("\n")) {
            // A single word wider than its column is the one thing that may still overflow.
            if (line.includes(" ")) expect(estimateTextWidth(line, BODY_PT)).toBeLessThanOrEqual(width);
          }
        });
      }
    }
    // สาย…หนองสระ หมู่ที่ 3: the village number stays with หมู่ที่.
    const road = pd02.rows[rowOf(pd02, "โครงการก่อสร้างถนนคอนกรีตเสริมเหล็ก สายบ้านนายสมชาย – หนองสระ หมู่ที่ 3") - 1];
    expect(String(road?.cells[1]?.value).split("\n").at(-1)).toMatch(/หมู่ที่ 3$/u);
  });

  test("the consolidated set is ผด.01, ผด.02 and ผด.02-1 without a notice (a notice announces one edition)", () => {
    expect(sheets(samplePlan(), null).map((s) => s.name)).toEqual([
      "ผด.01 ฉบับรวม",
      "ผด.02 ฉบับรวม",
      "ผด.02-1 ฉบับรวม",
    ]);
    expect(sheets(samplePlan(), "หลัก").map((s) => s.owner.kind)).toEqual(["pd01", "pd02", "pd021", "notice"]);
  });

  test("print setup: A4, landscape tables and portrait notice, fit to width, page-number footer", () => {
    for (const sheet of [pd01, pd02, pd021]) {
      expect(sheet.print).toMatchObject({
        paper: "A4",
        orientation: "landscape",
        fitToWidth: true,
        footerCenter: "หน้า &P",
        // Each form numbers its own pages, and its first row already shows the form code.
        firstPageNumber: 1,
        headerOnFirstPage: false,
        headerFooterFont: { name: "TH SarabunPSK", sizePt: 14 },
      });
    }
    expect(notice.print.orientation).toBe("portrait");
    expect(notice.print.headerOnFirstPage).toBeUndefined();
    expect(pd01.print.headerRight).toBe("แบบ ผด.01");
    expect(pd021.print.headerRight).toBe("แบบ ผด.02/1");
  });
});

describe("page breaks", () => {
  /** A plan long enough to span several pages, with many short work-plan groups. */
  function longPlan(count: number, seed: number): Plan {
    const workPlans = [
      "แผนงานบริหารงานทั่วไป",
      "แผนงานการศึกษา",
      "แผนงานสาธารณสุข",
      "แผนงานเคหะและชุมชน",
      "แผนงานการเกษตร",
    ];
    return aPlan({
      projects: Array.from({ length: count }, (_, i) =>
        aProject({
          strategyNumber: 1 + ((i * 7 + seed) % 3),
          workPlan: workPlans[(i * 3 + seed) % workPlans.length] ?? "แผนงานการศึกษา",
          name: `โครงการที่ ${i + 1} ${"ก่อสร้างถนน ".repeat((i + seed) % 5)}`,
          months: monthMask(i % 12),
        }),
      ),
    });
  }

  test("no group heading is ever the last row before a page break", () => {
    fc.assert(
      fc.property(fc.integer({ min: 20, max: 120 }), fc.integer({ min: 0, max: 50 }), (count, seed) => {
        for (const sheet of sheets(longPlan(count, seed), "หลัก").slice(0, 3)) {
          for (const start of sheet.print.pageBreaksBefore) {
            const last = sheet.rows[start - 2];
            expect(HEADINGS).not.toContain(last?.cells[0]?.style);
          }
        }
      }),
      { numRuns: 25 },
    );
  });

  test("a long ผด.02 is split into pages that each fit A4 landscape at the fit-to-width zoom", () => {
    const [, long] = sheets(longPlan(120, 1), "หลัก") as [SheetSpec, SheetSpec];
    const breaks = long.print.pageBreaksBefore;
    expect(breaks.length).toBeGreaterThan(3);
    const totalWidth = long.columns.reduce((a, c) => a + c.widthPt, 0);
    const scale = Math.min(1, (841.89 - 0.8 * 72) / totalWidth);
    const page = (595.28 - 1.2 * 72) / scale;
    const header = long.rows.slice(4, 6).reduce((a, r) => a + r.heightPt, 0);
    [1, ...breaks, long.rows.length + 1].reduce((start, end, i) => {
      const height =
        long.rows.slice(start - 1, end - 1).reduce((a, r) => a + r.heightPt, 0) + (i > 1 ? header : 0);
      expect(height).toBeLessThanOrEqual(page);
      return end;
    });
  });
});

describe("the notice (ประกาศ)", () => {
  const text = (sheet: SheetSpec): string[] =>
    sheet.rows.flatMap((row) =>
      row.cells.flatMap((c) => (typeof c?.value === "string" ? [c.value.replace(/\u00A0/gu, " ")] : [])),
    );
  const editions = [
    anEdition(),
    anEdition({ code: "เพิ่มเติม 1/2570", kind: "เพิ่มเติม", number: 1 }),
    anEdition({ code: "เปลี่ยนแปลง 1/2570", kind: "เปลี่ยนแปลง", number: 1 }),
    anEdition({
      code: "แก้ไข 1/2570",
      kind: "แก้ไข",
      number: 1,
      committeeReviewDate: "2027-02-27",
      announcementDate: "2027-03-03",
    }),
  ];
  const plan = aPlan({
    editions,
    settings: {
      ...aPlan().settings,
      executiveName: "นายทดสอบ ใจดี",
      executivePosition: "นายกองค์การบริหารส่วนตำบลทดสอบ",
    },
  });
  const noticeFor = (edition: string | null): SheetSpec => sheets(plan, edition)[3] as SheetSpec;

  test.each([
    ["หลัก", "เรื่อง ประกาศใช้แผนการดำเนินงาน ประจำปีงบประมาณ พ.ศ. 2570"],
    ["เพิ่มเติม 1/2570", "เรื่อง ประกาศใช้แผนการดำเนินงาน ประจำปีงบประมาณ พ.ศ. 2570 เพิ่มเติม ครั้งที่ 1/2570"],
    ["เปลี่ยนแปลง 1/2570", "เรื่อง ประกาศใช้แผนการดำเนินงาน ประจำปีงบประมาณ พ.ศ. 2570 เปลี่ยนแปลง ครั้งที่ 1/2570"],
    ["แก้ไข 1/2570", "เรื่อง ประกาศใช้แผนการดำเนินงาน ประจำปีงบประมาณ พ.ศ. 2570 แก้ไข ครั้งที่ 1/2570"],
  ])("edition %s has the subject line %s", (edition, subject) => {
    const lines = text(noticeFor(edition));
    expect(lines[0]).toBe("ประกาศองค์การบริหารส่วนตำบลทดสอบ");
    // A subject too long for one line breaks only at a space, never inside ประจำปีงบประมาณ.
    expect(lines.slice(1, lines.indexOf("-------------------------------------")).join(" ")).toBe(subject);
  });

  test.each([
    ["ฉบับที่", "เรื่อง ประกาศใช้แผนการดำเนินงาน ประจำปีงบประมาณ พ.ศ. 2570 เพิ่มเติม ฉบับที่ 1"],
    ["(ฉบับที่)", "เรื่อง ประกาศใช้แผนการดำเนินงาน ประจำปีงบประมาณ พ.ศ. 2570 เพิ่มเติม (ฉบับที่ 1)"],
  ] as const)("the edition may be labelled %s", (editionLabel, subject) => {
    const sheet = layoutOfficialTables(plan, { edition: "เพิ่มเติม 1/2570", editionLabel })[3] as SheetSpec;
    const lines = text(sheet);
    expect(lines.slice(1, lines.indexOf("-------------------------------------")).join(" ")).toBe(subject);
    // The tables' title lines name the edition the same way.
    const [pd01Labelled] = layoutOfficialTables(plan, { edition: "เพิ่มเติม 1/2570", editionLabel });
    expect(valueAt(pd01Labelled!, "A3")).toBe(subject.replace("เรื่อง ประกาศใช้", ""));
  });

  test("the title lines are centred on the page and the signature block right of centre", () => {
    const sheet = noticeFor("เปลี่ยนแปลง 1/2570");
    const left = sheet.print.margins.left * 72;
    const pageCentre = 595.28 / 2;
    const centreOf = (row: number): number => {
      const column = sheet.rows[row]?.cells.findIndex((c) => c !== null) ?? -1;
      const merge = sheet.merges.find((m) => m.row === row && m.column === column);
      const widths = sheet.columns.map((c) => c.widthPt);
      const before = widths.slice(0, column).reduce((a, b) => a + b, 0);
      const span = widths.slice(column, column + (merge?.columnCount ?? 1)).reduce((a, b) => a + b, 0);
      return left + before + span / 2;
    };
    const rowWith = (value: string): number =>
      sheet.rows.findIndex((r) => r.cells.some((c) => c?.value === value));
    expect(Math.abs(centreOf(rowWith("ประกาศองค์การบริหารส่วนตำบลทดสอบ")) - pageCentre)).toBeLessThan(2);
    expect(centreOf(rowWith("(นายทดสอบ ใจดี)"))).toBeGreaterThan(pageCentre + 40);
  });

  test("no notice line breaks inside the organisation's place name", () => {
    for (const edition of ["หลัก", "เพิ่มเติม 1/2570"]) {
      const notice = sheets(samplePlan(), edition)[3] as SheetSpec;
      const texts = notice.rows.flatMap((row) =>
        row.cells.map((c) => c?.value).filter((v) => typeof v === "string"),
      );
      const withPlace = texts.filter((t) => /หนอง|แสงทอง/u.test(String(t)));
      expect(withPlace.length).toBeGreaterThan(0);
      expect(withPlace.filter((t) => !String(t).includes("หนองแสงทอง"))).toEqual([]);
    }
  });

  test("every notice line fits the width of its merged row with room for cell padding", () => {
    for (const edition of editions.map((e) => e.code)) {
      for (const thaiDigits of [false, true]) {
        const sheet = sheets(plan, edition, { thaiDigits })[3] as SheetSpec;
        const widths = sheet.columns.map((c) => c.widthPt);
        sheet.rows.forEach((row, r) => {
          const column = row.cells.findIndex((c) => c !== null);
          const cell = row.cells[column];
          if (typeof cell?.value !== "string") return;
          const merge = sheet.merges.find((m) => m.row === r && m.column === column);
          const span = widths.slice(column, column + (merge?.columnCount ?? 1)).reduce((a, b) => a + b, 0);
          const bold = cell.style !== undefined && sheet.styles[cell.style]?.font?.bold === true;
          expect(estimateTextWidth(cell.value, 16, bold)).toBeLessThanOrEqual(span - 6);
        });
        // One page, with room for the emblem above the heading.
        const height = sheet.rows.reduce((sum, row) => sum + row.heightPt, 0);
        expect(height).toBeLessThanOrEqual(
          841.89 - (sheet.print.margins.top + sheet.print.margins.bottom) * 72,
        );
        expect(sheet.rows[0]?.heightPt).toBeGreaterThanOrEqual(40);
        expect(sheet.print.pageBreaksBefore).toEqual([]);
      }
    }
  });

  test("the body cites ข้อ 26 (2) and ข้อ 27 and the fiscal-year span", () => {
    const body = text(noticeFor("หลัก")).join("");
    expect(body).toContain("ข้อ 26 (2) และข้อ 27");
    expect(body.replace(/ /gu, "")).toContain("(1ตุลาคม2569–30กันยายน2570)");
  });

  test("a known announcement date is printed; an unknown one leaves the dotted form", () => {
    expect(text(noticeFor("แก้ไข 1/2570"))).toContain("ประกาศ ณ วันที่ 3 มีนาคม พ.ศ. 2570");
    expect(text(noticeFor("แก้ไข 1/2570")).join("")).toContain("เมื่อวันที่ 27 กุมภาพันธ์ พ.ศ. 2570");
    expect(text(noticeFor("หลัก"))).toContain("ประกาศ ณ วันที่ ..... เดือน ............... พ.ศ. .....");
    expect(text(noticeFor("หลัก")).join("")).not.toContain("เมื่อวันที่");
  });

  test("the signature block gives the name in brackets and the position, room to sign above them", () => {
    const sheet = noticeFor("หลัก");
    expect(text(sheet).slice(-2)).toEqual(["(นายทดสอบ ใจดี)", "นายกองค์การบริหารส่วนตำบลทดสอบ"]);
    expect(text(sheet).some((line) => line.includes("ลงชื่อ"))).toBe(false);
    const name = sheet.rows.findIndex((r) => r.cells.some((c) => c?.value === "(นายทดสอบ ใจดี)"));
    expect(sheet.rows[name - 1]?.cells.every((c) => c === null || c.value === null)).toBe(true);
    // A typed copy may carry the signing line.
    const copy = layoutOfficialTables(plan, { edition: "หลัก", signatureMark: true })[3] as SheetSpec;
    expect(text(copy).slice(-3)).toEqual([
      expect.stringMatching(/^\(ลงชื่อ\) \.+$/u),
      "(นายทดสอบ ใจดี)",
      "นายกองค์การบริหารส่วนตำบลทดสอบ",
    ]);
  });

  test("the notice says what brought the edition and when, and the approval date", () => {
    const dated = aPlan({
      ...plan,
      editions: [
        anEdition({
          code: "เพิ่มเติม 1/2570",
          kind: "เพิ่มเติม",
          number: 1,
          trigger: "supplementaryBudget",
          triggerDate: "2027-01-15",
          committeeReviewDate: "2027-01-30",
          approvalDate: "2027-02-03",
        }),
      ],
    });
    const body = text(layoutOfficialTables(dated, { edition: "เพิ่มเติม 1/2570" })[3] as SheetSpec).join("");
    expect(body.replace(/ /gu, "")).toContain(
      "ได้ประกาศใช้ข้อบัญญัติงบประมาณรายจ่ายเพิ่มเติมประจำปีงบประมาณพ.ศ.2570เมื่อวันที่15มกราคมพ.ศ.2570",
    );
    expect(body.replace(/ /gu, "")).toContain("ได้พิจารณาอนุมัติแล้วเมื่อวันที่3กุมภาพันธ์พ.ศ.2570");
  });

  test("the body's lines but each paragraph's last are justified where their spaces allow", () => {
    const sheet = noticeFor("หลัก");
    const styleOf = (row: SheetSpec["rows"][number]) =>
      row.cells.find((c) => c !== null && c.value !== null)?.style;
    const body = sheet.rows.filter((r) => ["noticeText", "noticeJustified"].includes(styleOf(r) ?? ""));
    expect(body.some((r) => styleOf(r) === "noticeJustified")).toBe(true);
    expect(sheet.styles["noticeJustified"]?.distributed).toBe(true);
    // The paragraph closing with จึงประกาศให้ทราบโดยทั่วกัน is one line, never spread.
    const closing = body.find((r) => r.cells.some((c) => c?.value === "จึงประกาศให้ทราบโดยทั่วกัน"));
    expect(closing && styleOf(closing)).toBe("noticeText");
  });

  test("notice lines are pre-split to fit the page width: every line is a single merged row", () => {
    const sheet = noticeFor("หลัก");
    const width = sheet.columns.reduce((a, c) => a + c.widthPt, 0);
    expect(width).toBeLessThanOrEqual(595.28 - (sheet.print.margins.left + sheet.print.margins.right) * 72);
    expect(Object.values(sheet.styles).filter((s) => s.wrap === true && s.font?.sizePt === 16)).toEqual([]);
  });
});

describe("Thai digits", () => {
  const all = sheets(samplePlan(), "หลัก", { thaiDigits: true });

  test("printed text has no Arabic digits and numbers keep a Thai-digit format", () => {
    for (const sheet of all) {
      for (const row of sheet.rows) {
        for (const cell of row.cells)
          if (typeof cell?.value === "string") expect(cell.value).not.toMatch(/[0-9]/u);
      }
      for (const style of Object.values(sheet.styles)) {
        if (style.numberFormat) expect(style.numberFormat.startsWith(THAI_DIGITS_FORMAT_PREFIX)).toBe(true);
      }
    }
    expect(
      all[3]?.rows.some((r) => r.cells.some((c) => c?.value === "ประกาศ ณ วันที่ ๑๐ ตุลาคม พ.ศ. ๒๕๖๙")),
    ).toBe(true);
  });

  test("numbers stay numeric", () => {
    const pd = all[0] as SheetSpec;
    expect(valueAt(pd, `D${rowOf(pd, "รวมทั้งสิ้น")}`)).toBe(sampleExpected.main.budget);
  });
});

describe("sheetNameFor", () => {
  test("main edition uses the bare form code; others append the edition with / replaced", () => {
    expect(sheetNameFor("pd021", "หลัก")).toBe("ผด.02-1");
    expect(sheetNameFor("notice", "แก้ไข 2/2570")).toBe("ประกาศ แก้ไข 2-2570");
    expect(sheetNameFor("pd01", null)).toBe("ผด.01 ฉบับรวม");
  });

  test("names are at most 31 characters with none of []:*?/\\", () => {
    fc.assert(
      fc.property(
        fc.constantFrom("pd01", "pd02", "pd021", "notice" as const),
        fc.constantFrom("เพิ่มเติม", "เปลี่ยนแปลง", "แก้ไข"),
        fc.integer({ min: 1, max: 999 }),
        fc.integer({ min: 2500, max: 2599 }),
        (kind, editionKind, n, year) => {
          const name = sheetNameFor(kind, `${editionKind} ${n}/${year}`);
          expect(name.length).toBeLessThanOrEqual(31);
          expect(name).not.toMatch(/[[\]:*?/\\]/u);
        },
      ),
    );
  });
});
