import { devPlanEditionsMatch } from "../devplan/devPlanEdition";
import { comparableName, namesPlainlyDiffer, nameSimilarity } from "../devplan/nameSimilarity";
import { EditionKindSchema, parseEditionCode } from "../model/editionCode";
import type { Plan, Project } from "../model/plan";
import { planEditions } from "./planEditions";

/** What a committee compares between a project's earlier row and its row in a later edition. */
export const CHANGED_FIELDS = [
  "name",
  "strategy",
  "workPlan",
  "activityDetail",
  "budget",
  "fundingSource",
  "location",
  "responsibleUnit",
  "months",
] as const;
export type ChangedField = (typeof CHANGED_FIELDS)[number];

/** How the comparison sheet and the pane name each field, as a Thai committee document does. */
export const CHANGED_FIELD_LABELS: Readonly<Record<ChangedField, string>> = {
  name: "ชื่อโครงการ",
  strategy: "ยุทธศาสตร์",
  workPlan: "แผนงาน",
  activityDetail: "รายละเอียดของกิจกรรม",
  budget: "งบประมาณ",
  fundingSource: "แหล่งงบประมาณ",
  location: "สถานที่ดำเนินการ",
  responsibleUnit: "หน่วยงานรับผิดชอบหลัก",
  months: "ระยะเวลาดำเนินการ",
};

/**
 * One row of a later edition against the project it changes: `before` is that project's row in the
 * latest earlier edition that has it, or null when the row adds a project; `fields` the fields that differ.
 */
export interface EditionChange {
  readonly before: Project | null;
  readonly after: Project;
  readonly fields: readonly ChangedField[];
}

/** Editions that change projects already announced (ข้อ 27): เปลี่ยนแปลง and แก้ไข, not เพิ่มเติม. */
export function changesProjects(edition: string | null): boolean {
  const kind = parseEditionCode(edition)?.kind;
  return kind === EditionKindSchema.enum.เปลี่ยนแปลง || kind === EditionKindSchema.enum.แก้ไข;
}

const sameText = (a: string, b: string): boolean =>
  a.replace(/\s+/gu, " ").trim() === b.replace(/\s+/gu, " ").trim();

function differs(field: ChangedField, a: Project, b: Project): boolean {
  switch (field) {
    case "name":
      return !sameText(a.name, b.name);
    case "strategy":
      return a.strategyNumber !== b.strategyNumber;
    case "workPlan":
      return a.workPlan !== b.workPlan;
    case "activityDetail":
      return !sameText(a.activityDetail, b.activityDetail);
    case "budget":
      return a.budget !== b.budget;
    case "fundingSource":
      return a.fundingSource !== b.fundingSource;
    case "location":
      return !sameText(a.location, b.location);
    case "responsibleUnit":
      return !sameText(a.responsibleUnit, b.responsibleUnit);
    case "months":
      return a.months.some((active, m) => active !== b.months[m]);
  }
}

type OrderKey = readonly (string | number)[];

const KIND_RANK: Readonly<Record<string, number>> = { หลัก: 0, เพิ่มเติม: 1, เปลี่ยนแปลง: 2, แก้ไข: 3 };

/**
 * The order editions were made in, whatever order the Editions table lists them: the main edition,
 * then by year, by the first procedure date the Editions table gives (undated last), by kind, by number.
 */
function editionOrder(plan: Plan): (code: string) => OrderKey {
  return (code) => {
    const parsed = parseEditionCode(code);
    const record = plan.editions.find((e) => e.code === code);
    const date =
      record?.announcementDate ??
      record?.approvalDate ??
      record?.committeeReviewDate ??
      record?.draftDate ??
      record?.triggerDate ??
      "9999";
    return [
      parsed?.kind === "หลัก" ? 0 : 1,
      parsed?.year ?? 9999,
      date,
      KIND_RANK[parsed?.kind ?? ""] ?? 9,
      parsed?.number ?? 0,
      code,
    ];
  };
}

function compareKeys(a: OrderKey, b: OrderKey): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const [x, y] = [a[i] ?? "", b[i] ?? ""];
    if (x !== y) return x < y ? -1 : 1;
  }
  return 0;
}

const sameGroup = (a: Project, b: Project): boolean =>
  a.strategyNumber === b.strategyNumber && a.workPlan === b.workPlan;

const sameRef = (a: Project, b: Project): boolean =>
  a.devPlanRef !== undefined &&
  b.devPlanRef !== undefined &&
  a.devPlanRef.page === b.devPlanRef.page &&
  a.devPlanRef.item === b.devPlanRef.item &&
  (a.devPlanRef.edition.trim() === "" ||
    b.devPlanRef.edition.trim() === "" ||
    devPlanEditionsMatch(a.devPlanRef.edition, b.devPlanRef.edition));

/**
 * The earlier row a later edition's row changes: the one with the same development-plan reference,
 * else the same name (spelling aside: projectNameKey), else the most alike name in the same strategy
 * and work plan that does not plainly name another project. Later earlier editions win: a project
 * changed twice is compared with its last version.
 */
function earlierRow(
  after: Project,
  earlier: readonly Project[],
  taken: ReadonlySet<Project>,
): Project | null {
  const free = earlier.filter((p) => !taken.has(p));
  const byRef = free.findLast((p) => sameRef(p, after));
  if (byRef) return byRef;
  const name = comparableName(after.name);
  const scored = free.map((p) => ({ p, name: comparableName(p.name) }));
  const sameName = scored.filter((c) => nameSimilarity(c.name, name) === 1).map((c) => c.p);
  if (sameName.length > 0) return sameName.findLast((p) => sameGroup(p, after)) ?? sameName.at(-1) ?? null;
  let best: Project | null = null;
  let bestScore = 0;
  for (const c of scored) {
    if (!sameGroup(c.p, after) || namesPlainlyDiffer(c.name, name)) continue;
    const score = nameSimilarity(c.name, name);
    if (score >= bestScore) [best, bestScore] = [c.p, score];
  }
  return best;
}

/**
 * The rows of a เปลี่ยนแปลง or แก้ไข edition against the projects they change, from the editions' own
 * rows (no separate record of "what was before" exists in a workbook): each row in the edition, in the
 * plan's order, against the rows of the editions made before it (editionOrder), with its earlier row and the fields that differ. An edition of another kind, or one the
 * plan does not have, has no changes.
 */
export function editionChanges(plan: Plan, edition: string): EditionChange[] {
  if (!changesProjects(edition) || !planEditions(plan).includes(edition)) return [];
  const key = editionOrder(plan);
  const earlier = plan.projects
    .filter((p) => compareKeys(key(p.edition), key(edition)) < 0)
    .sort((a, b) => compareKeys(key(a.edition), key(b.edition)));
  const taken = new Set<Project>();
  return plan.projects
    .filter((p) => p.edition === edition)
    .map((after) => {
      const before = earlierRow(after, earlier, taken);
      if (before) taken.add(before);
      return {
        before,
        after,
        fields: before ? CHANGED_FIELDS.filter((f) => differs(f, before, after)) : [],
      };
    });
}
