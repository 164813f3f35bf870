import { FUNDING_SOURCES } from "../model/fundingSources";
import { satangToBaht } from "../model/money";
import type { FollowUpReport, ProgressTally } from "./FollowUpReport";
import type { ReportJson } from "./ReportJson";

const money = (t: ProgressTally) => ({
  projects: t.projects,
  budget: satangToBaht(t.budget),
  contracted: satangToBaht(t.contracted),
  disbursed: satangToBaht(t.disbursed),
  byStatus: { ...t.byStatus },
});

/**
 * The `report --json` document (PRODUCT §5), keys in the documented order: money in baht, funding
 * sources by their template label, every status present in each `byStatus`.
 * @example toReportJson(reportProgress(plan, { edition: null, asOf: "2027-03-31" })).asOf //=> "2027-03-31"
 */
export function toReportJson(report: FollowUpReport): ReportJson {
  return {
    fiscalYear: report.fiscalYear,
    asOf: report.asOf,
    total: money(report.total),
    strategies: report.strategies.map((s) => ({ number: s.number, name: s.name, ...money(s) })),
    fundingSources: report.fundingSources.map((f) => ({
      source: FUNDING_SOURCES[f.source],
      projects: f.projects,
      budget: satangToBaht(f.budget),
      disbursed: satangToBaht(f.disbursed),
    })),
    equipment: {
      items: report.equipment.projects,
      budget: satangToBaht(report.equipment.budget),
      disbursed: satangToBaht(report.equipment.disbursed),
    },
  };
}
