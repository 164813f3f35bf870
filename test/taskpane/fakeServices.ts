import type { PlanOverview, ValidationReport } from "../../src/app/AppServices";
import type { FollowUpView } from "../../src/app/followUpOfWorkbook";
import { followUpTimeline } from "../../src/domain/editions/followUpTimeline";
import { reportProgress } from "../../src/domain/followUp/reportProgress";
import { NO_FOLLOW_UP } from "../../src/domain/model/followUp";
import { aPlan, aProject, monthMask } from "../builders/planBuilders";
import type { ImportReport } from "../../src/app/importSheet";
import type { PlanSummary } from "../../src/domain/rollup/PlanSummary";
import type { Issue } from "../../src/domain/validate/Issue";
import { issueAtCell } from "../../src/domain/validate/issueAt";
import type { TaskPaneServices } from "../../src/taskpane/TaskPaneServices";

/** Services answering with a small plan; each test overrides what it is about. */
export const OVERVIEW: PlanOverview = {
  organisationName: "องค์การบริหารส่วนตำบลหนองบัว",
  fiscalYear: 2570,
  editions: ["หลัก", "เพิ่มเติม 1/2570"],
  templatePresent: true,
  missingTables: [],
  inputFingerprint: "a1b2c3d4",
  generatedSheets: [],
};

export function issue(
  severity: Issue["severity"],
  sheet: string,
  cell: string,
  code: "unreadable-budget" | "work-plan-alias" = "unreadable-budget",
): Issue {
  return code === "work-plan-alias"
    ? issueAtCell(code, severity, sheet, cell, { value: "แผนงานการพานิชย์", canonical: "แผนงานการพาณิชย์" })
    : issueAtCell(code, severity, sheet, cell, { value: "abc" });
}

export function report(issues: Issue[]): ValidationReport {
  return {
    issues,
    errorCount: issues.filter((i) => i.severity === "error").length,
    warningCount: issues.filter((i) => i.severity === "warning").length,
  };
}

/** Two strategies, 3 projects: 1,234,567.50 + 100,000.00 + 65,432.50 baht = 1,400,000.00 baht. */
export const SUMMARY: PlanSummary = {
  fiscalYear: 2570,
  edition: null,
  total: { projects: 3, budget: 140_000_000, projectsPercent: 10000, budgetPercent: 10000 },
  strategies: [
    {
      number: 1,
      name: "การพัฒนาโครงสร้างพื้นฐาน",
      projects: 2,
      budget: 133_456_750,
      projectsPercent: 6667,
      budgetPercent: 9533,
      workPlans: [
        {
          name: "แผนงานอุตสาหกรรมและการโยธา",
          projects: 2,
          budget: 133_456_750,
          projectsPercent: 6667,
          budgetPercent: 9533,
          units: ["กองช่าง"],
        },
      ],
    },
    {
      number: 2,
      name: "การพัฒนาคุณภาพชีวิต",
      projects: 1,
      budget: 6_543_250,
      projectsPercent: 3333,
      budgetPercent: 467,
      workPlans: [
        {
          name: "แผนงานสาธารณสุข",
          projects: 1,
          budget: 6_543_250,
          projectsPercent: 3333,
          budgetPercent: 467,
          units: ["กองสาธารณสุข"],
        },
      ],
    },
  ],
  fundingSources: [
    { source: "ORD", projects: 2, budget: 133_456_750 },
    { source: "ACC", projects: 1, budget: 6_543_250 },
  ],
  strategyByFunding: [],
  months: [
    { month: 0, projects: 2 },
    { month: 5, projects: 1 },
  ],
  equipment: { items: 0, budget: 0, types: [] },
};

/**
 * The follow-up of a small plan as of 2 ธ.ค. 2569: strategy 1 has one project completed (ถนน, 95,000 of
 * 100,000 baht disbursed) and one not started though planned for ต.ค. (ฝายกั้นน้ำ, at โครงการ!AD3);
 * strategy 2 one in progress (อบรม, 5,000 of 20,000 disbursed).
 */
const FOLLOW_UP_PLAN = aPlan({
  projects: [
    aProject({
      name: "ถนน",
      strategyNumber: 1,
      budget: 100_000_00,
      months: monthMask(0, 1),
      source: { sheet: "โครงการ", table: "Projects", row: 2, columns: { status: "AD", name: "D" } },
      followUp: {
        ...NO_FOLLOW_UP,
        status: "ดำเนินการแล้วเสร็จ",
        disbursed: 95_000_00,
        completionDate: "2026-11-20",
      },
    }),
    aProject({
      name: "ฝายกั้นน้ำ",
      strategyNumber: 1,
      budget: 300_000_00,
      months: monthMask(0),
      source: { sheet: "โครงการ", table: "Projects", row: 3, columns: { status: "AD", name: "D" } },
      followUp: { ...NO_FOLLOW_UP, problems: "รอผู้รับจ้าง" },
    }),
    aProject({
      name: "อบรม",
      strategyNumber: 2,
      budget: 20_000_00,
      months: monthMask(2, 3),
      followUp: { ...NO_FOLLOW_UP, status: "อยู่ระหว่างดำเนินการ", disbursed: 5_000_00 },
    }),
  ],
});

export const FOLLOW_UP_VIEW: FollowUpView = {
  report: reportProgress(FOLLOW_UP_PLAN, { edition: null, asOf: "2026-12-02" }),
  timeline: followUpTimeline(FOLLOW_UP_PLAN, "2026-12-02"),
  recorded: true,
};

export function fakeServices(overrides: Partial<TaskPaneServices> = {}): jest.Mocked<TaskPaneServices> {
  return {
    overview: jest.fn(async () => OVERVIEW),
    insertTemplate: jest.fn(async () => ({ created: [], kept: [], missingHeaders: {}, degraded: [] })),
    importActiveSheet: jest.fn(async () => IMPORTED),
    validate: jest.fn(async () => report([])),
    summarize: jest.fn(async () => SUMMARY),
    buildTables: jest.fn(async () => ({
      sheets: [],
      removedSheets: [],
      blockingIssues: [],
      manualSteps: [],
    })),
    followUp: jest.fn(async () => FOLLOW_UP_VIEW),
    buildFollowUpSheets: jest.fn(async () => ({
      sheets: ["รายงานผล 6 เดือน"],
      removedSheets: [],
      blockingIssues: [],
      manualSteps: [],
    })),
    selectCell: jest.fn(async () => undefined),
    highlightIssues: jest.fn(async () => undefined),
    clearHighlights: jest.fn(async () => undefined),
    ...overrides,
  } as jest.Mocked<TaskPaneServices>;
}

/** An import of a hand-made ผด.02: 2 projects, total rows skipped, one warning on the source sheet. */
export const IMPORTED: ImportReport = {
  outcome: "imported",
  sheet: "ผด.02",
  rowsImported: 2,
  strategiesImported: 1,
  skipped: [
    { cell: "A12", reason: "total" },
    { cell: "A20", reason: "total" },
  ],
  issues: [
    {
      code: "import-subtotal-mismatch",
      severity: "warning",
      location: { sheet: "ผด.02", cell: "D20" },
      params: { label: "รวม", stated: 2000000, computed: 1294567.5 },
    },
  ],
  fiscalYear: 2570,
  organisationName: "องค์การบริหารส่วนตำบลหนองแสงทอง",
  settingsWritten: ["organisationName", "fiscalYear"],
  tablesCreated: ["PlanSettings", "Strategies", "Projects"],
};

/** A promise the test settles by hand, to look at the pane while work is running. */
export function deferred<T>(): {
  promise: Promise<T>;
  resolve: (value: T) => void;
  reject: (error: unknown) => void;
} {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}
