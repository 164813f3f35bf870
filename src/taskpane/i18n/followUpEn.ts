import type { FOLLOW_UP_TH } from "./followUpTh";

/** Step 6 and the follow-up rounds, English: the same keys as followUpTh.ts (the parity test checks). */
export const FOLLOW_UP_EN: typeof FOLLOW_UP_TH = {
  intro:
    "The year's follow-up, from the columns สถานะ (status), contract date and amount, disbursed, completion date and problems of the projects and equipment sheets",
  asOf: (date) => `As of ${date}`,
  reload: "Calculate again",
  loading: "Calculating…",
  failed: "Could not read the follow-up",
  notRecorded:
    "No follow-up recorded yet: fill in the columns สถานะ (status) and เบิกจ่ายแล้ว (บาท) (disbursed) on the projects sheet (a table without them gets them at its right end from Insert template in step 1)",
  empty: "No projects yet",
  summary: "Summary",
  projects: "Projects planned",
  done: "Completed",
  disbursed: "Disbursed (baht)",
  ofBudget: (percent, budget) => `${percent}% of the budget of ${budget} baht`,
  byStrategy: "Progress by strategy",
  legend: {
    done: "Completed",
    inProgress: "In progress",
    notStarted: "Not started",
    stopped: "Cancelled / could not be done",
  },
  strategyProgress: (name, projects) => `${name} (${projects} project(s))`,
  counts: (done, inProgress, notStarted, stopped) =>
    `completed ${done} · in progress ${inProgress} · not started ${notStarted} · cancelled ${stopped}`,
  byMonth: "Disbursement against the plan, by month (cumulative)",
  planned: "Plan",
  actual: "Disbursed",
  month: "Month",
  monthNote: "Plan: the budget of the projects due to be completed, added up to that month",
  toDate: (month, actual, planned) => `To ${month}: ${actual} baht disbursed, ${planned} baht planned`,
  behind: "Projects not started on schedule",
  behindNone: "No project is behind its schedule",
  behindItem: (month, passed) => `Planned from ${month} · ${passed} planned month(s) passed`,
  equipment: "Equipment",
  selectFailed: "Could not go to the cell",
  reports: "Printable reports",
  reportsIntro:
    "Writes the report sheets (A4) into this workbook, for all editions together or the edition chosen above. Sheets the add-in made before are replaced.",
  report6: "6-month report (as of 31 Mar)",
  report12: "12-month report (as of 30 Sep)",
  reportDecember: "Year's report and notice (December)",
  reportRunning: "Writing the report…",
  reportDone: "Report written. Sheets:",
  reportBlocked: "The report cannot be made until these errors are fixed (nothing was written)",
  reportFailed: "Could not write the report",
  reportIssuesIn: "to fix before the report",
  timelineTitle: "Follow-up and evaluation report (regulation ข้อ 29 (5))",
  timelineIntro:
    "The executive presents the results to the council and the development committee at least once a year, within December, announces them within 15 days and keeps them posted at least 30 days. Record the dates on the ติดตามผล sheet.",
  rounds: { "6": "6-month round", "12": "12-month round (yearly)" },
  stepNames: {
    presentedDate: "Presented to the council and the development committee",
    announcementDate: "Results announced",
    postingStart: "Posting of the results starts",
    postingEnd: "Posting of the results ends",
  },
};
