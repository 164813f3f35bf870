import fc from "fast-check";
import { arbitraryAsOf, arbitraryFollowUpPlan } from "../../../builders/arbitraryFollowUp";
import { aPlan, aProject, monthMask } from "../../../builders/planBuilders";
import { samplePlanWithFollowUp } from "../../../fixtures/sampleFollowUp";
import { WORK_PLANS } from "../../../../src/domain/catalog/workPlans";
import { reportProgress } from "../../../../src/domain/followUp/reportProgress";
import { NO_FOLLOW_UP } from "../../../../src/domain/model/followUp";
import { LayoutOptionsSchema } from "../../../../src/domain/layout/LayoutOptions";
import { layoutFollowUpReport } from "../../../../src/domain/layout/layoutFollowUpReport";
import {
  layoutAllFollowUpSheets,
  layoutFollowUpSheets,
} from "../../../../src/domain/layout/layoutFollowUpSheets";
import { parseOwnerMark, formatOwnerMark } from "../../../../src/domain/layout/ownerMark";
import { reportSheetName } from "../../../../src/domain/layout/reportSheetName";
import type { SheetSpec } from "../../../../src/domain/layout/SheetSpec";

const options = LayoutOptionsSchema.parse({ edition: null });
const texts = (spec: SheetSpec, row: number): string[] =>
  (spec.rows[row]?.cells ?? []).map((c) =>
    c?.value === null || c?.value === undefined ? "" : String(c.value),
  );

/** 0-based rows whose first cell reads `text`. */
const rowsReading = (spec: SheetSpec, text: string): number[] =>
  spec.rows.flatMap((row, i) => (row.cells[0]?.value === text ? [i] : []));

describe("the follow-up sheets", () => {
  const plan = samplePlanWithFollowUp();

  it("are the 6-month report, the 12-month report and the notice, marked as the tool's", () => {
    const sheets = layoutAllFollowUpSheets(plan, { edition: null });
    expect(sheets.map((s) => [s.name, s.owner.kind, s.owner.edition, s.print.orientation])).toEqual([
      ["รายงานผล 6 เดือน", "report6", "ฉบับรวม", "landscape"],
      ["รายงานผล 12 เดือน", "report12", "ฉบับรวม", "landscape"],
      ["ประกาศผลการติดตาม", "reportNotice", "ฉบับรวม", "portrait"],
    ]);
    for (const sheet of sheets)
      expect(parseOwnerMark(formatOwnerMark(sheet.owner, "2027-04-05T00:00:00Z"))?.kind).toBe(
        sheet.owner.kind,
      );
    expect(layoutFollowUpSheets(plan, "december", { edition: null }).map((s) => s.name)).toEqual([
      "รายงานผล 12 เดือน",
      "ประกาศผลการติดตาม",
    ]);
  });

  it("print the report's figures in the total rows, as of the round's last day", () => {
    const [six] = layoutFollowUpSheets(plan, "6", { edition: null });
    if (!six) throw new Error("no sheet");
    const report = reportProgress(plan, { edition: null, asOf: "2027-03-31" });
    expect(texts(six, 3)[0]).toBe("ข้อมูล ณ วันที่ 31 มีนาคม พ.ศ. 2570");
    const [byStrategy] = rowsReading(six, "รวมทั้งสิ้น");
    const total = six.rows[byStrategy ?? -1]?.cells.map((c) => c?.value) ?? [];
    const t = report.total;
    expect(total).toEqual([
      "รวมทั้งสิ้น",
      t.projects,
      ...["ดำเนินการแล้วเสร็จ", "อยู่ระหว่างดำเนินการ", "ยังไม่ดำเนินการ", "ยกเลิก", "ไม่สามารถดำเนินการได้"].flatMap(
        (s) => [
          t.byStatus[s as keyof typeof t.byStatus],
          t.statusPercent[s as keyof typeof t.byStatus] / 100,
        ],
      ),
      t.budget / 100,
      t.contracted / 100,
      t.disbursed / 100,
      (t.disbursedPercent ?? 0) / 100,
    ]);
  });

  it("repeat a table's header at the top of every page that continues it", () => {
    const many = aPlan({
      strategies: Array.from({ length: 8 }, (_, i) => ({ number: i + 1, name: `ยุทธศาสตร์ที่ ${i + 1}` })),
      projects: Array.from({ length: 60 }, (_, i) =>
        aProject({
          name: `โครงการ ${i}`,
          strategyNumber: (i % 8) + 1,
          workPlan: WORK_PLANS[i % WORK_PLANS.length]?.name ?? "",
          months: monthMask(i % 12),
          followUp: { ...NO_FOLLOW_UP, problems: i % 3 === 0 ? "ปัญหาที่บันทึกไว้ยาวพอสมควร ".repeat(4) : "" },
        }),
      ),
    });
    const [sheet] = layoutFollowUpSheets(many, "12", { edition: null });
    if (!sheet) throw new Error("no sheet");
    expect(sheet.print.pageBreaksBefore.length).toBeGreaterThan(2);
    for (const start of sheet.print.pageBreaksBefore) {
      // A page starts with a table's header (a copy where the table continues) or a section's start
      // (the blank row before its title).
      const first = sheet.rows[start - 1]?.cells[0] ?? null;
      const next = sheet.rows[start]?.cells[0] ?? null;
      expect({ start, first: first?.style ?? next?.style }).toEqual({
        start,
        first: first === null ? "sectionTitle" : "header",
      });
    }
    expect(sheet.print.titleRows).toBeUndefined();
  });

  it("lay out any plan: every page after the first starts at a header or a section", () => {
    fc.assert(
      fc.property(arbitraryFollowUpPlan, arbitraryAsOf, (arbitrary, asOf) => {
        const report = reportProgress(arbitrary, { edition: null, asOf });
        const sheet = layoutFollowUpReport(arbitrary, report, "6", options);
        for (const start of sheet.print.pageBreaksBefore) {
          const style = sheet.rows[start - 1]?.cells[0]?.style;
          expect(style === "header" || style === undefined).toBe(true);
        }
        for (const row of sheet.rows) expect(row.cells).toHaveLength(sheet.columns.length);
      }),
      { numRuns: 40 },
    );
  });

  it("name the sheets of one edition within Excel's 31 characters, the edition whole", () => {
    expect(reportSheetName("report6", "หลัก")).toBe("รายงานผล 6 เดือน หลัก");
    expect(reportSheetName("report12", "เปลี่ยนแปลง 10/2570")).toBe("ผล 12 เดือน เปลี่ยนแปลง 10-2570");
    expect(reportSheetName("reportNotice", "เพิ่มเติม 1/2570")).toBe("ประกาศผล เพิ่มเติม 1-2570");
    for (const kind of ["report6", "report12", "reportNotice"] as const)
      for (const edition of ["แก้ไข 12/2570", "เปลี่ยนแปลง 9/2571"])
        expect(reportSheetName(kind, edition).length).toBeLessThanOrEqual(31);
  });

  it("write the notice of the results with its figures and the dates recorded", () => {
    const withDates = {
      ...plan,
      followUpReports: [
        {
          round: "12" as const,
          presentedDate: "2027-12-10",
          announcementDate: "2027-12-15",
          postingStart: null,
          postingEnd: null,
        },
      ],
    };
    const [, notice] = layoutFollowUpSheets(withDates, "december", { edition: null });
    const all = (notice?.rows ?? []).flatMap((r) => r.cells.map((c) => String(c?.value ?? ""))).join("");
    const compact = all.replace(/\s/gu, "");
    expect(compact).toContain("เรื่องประกาศผลการติดตามและประเมินผลแผนพัฒนาท้องถิ่นประจำปีงบประมาณพ.ศ.2570");
    expect(compact).toContain("ข้อ29(5)");
    expect(compact).toContain("เมื่อวันที่10ธันวาคมพ.ศ.2570");
    expect(compact).toContain("ประกาศณวันที่15ธันวาคมพ.ศ.2570");
    expect(compact).toContain("มีโครงการตามแผน24โครงการแล้วเสร็จ5โครงการ");
    expect(compact).toContain("เบิกจ่าย1,679,162.50บาทจากงบประมาณ15,212,525.00บาท(ร้อยละ11.04)");
  });
});
