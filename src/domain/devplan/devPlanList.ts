import type { DevPlanProject, DevPlanRef, Project } from "../model/plan";
import { devPlanEditionLabel, editionLabelsMatch, type DevPlanEditionLabel } from "./devPlanEdition";
import { comparableName, nameSimilarity, villagesDiffer, type ComparableName } from "./nameSimilarity";

/** A suggested reference for a project without one: the list's entry and how well it fits. */
export interface DevPlanSuggestion {
  readonly entry: DevPlanProject;
  /** Name similarity (0–1) plus a tenth for the same strategy and a tenth for the same work plan. */
  readonly score: number;
}

/** Entries whose names share less than this with the project's are never suggested. */
export const MIN_SUGGESTED_SIMILARITY = 0.5;
const SAME_GROUP_BONUS = 0.1;
/** Entries scored exactly, after a first pass by shared character pairs. */
const CANDIDATES = 25;

interface Entry {
  readonly project: DevPlanProject;
  readonly name: ComparableName;
  readonly edition: DevPlanEditionLabel;
}

/** The development plan's list, indexed for the rules: by page and item, and by the pairs of its names. */
export interface DevPlanList {
  /** The entries a reference can mean: its page and item, in an edition its label matches. */
  entriesAt(ref: DevPlanRef): readonly DevPlanProject[];
  /** Of the entries a reference can mean, the one whose name is most like the project's (null: none). */
  entryFor(project: Pick<Project, "name">, ref: DevPlanRef): DevPlanProject | null;
  /** The entry that best fits a project without a reference (see DevPlanSuggestion), or null. */
  suggest(project: Pick<Project, "name" | "strategyNumber" | "workPlan">): DevPlanSuggestion | null;
  /** The name as compared (cached per entry). */
  nameOf(entry: DevPlanProject): ComparableName;
}

const pageItemKey = (page: number, item: number): string => `${page}|${item}`;

export function devPlanList(projects: readonly DevPlanProject[]): DevPlanList {
  const entries: Entry[] = projects.map((project) => ({
    project,
    name: comparableName(project.name),
    edition: devPlanEditionLabel(project.edition),
  }));
  const byProject = new Map(entries.map((e) => [e.project, e]));
  const byPageItem = new Map<string, Entry[]>();
  const byPair = new Map<string, number[]>();
  entries.forEach((entry, index) => {
    const key = pageItemKey(entry.project.page, entry.project.item);
    const same = byPageItem.get(key);
    if (same) same.push(entry);
    else byPageItem.set(key, [entry]);
    for (const pair of entry.name.pairs.keys()) {
      const list = byPair.get(pair);
      if (list) list.push(index);
      else byPair.set(pair, [index]);
    }
  });

  const at = (ref: DevPlanRef): Entry[] => {
    const label = devPlanEditionLabel(ref.edition);
    return (byPageItem.get(pageItemKey(ref.page, ref.item)) ?? []).filter((e) =>
      editionLabelsMatch(label, e.edition),
    );
  };

  return {
    entriesAt: (ref) => at(ref).map((e) => e.project),
    entryFor(project, ref) {
      const name = comparableName(project.name);
      let best: Entry | null = null;
      let bestScore = -1;
      for (const entry of at(ref)) {
        const score = nameSimilarity(name, entry.name);
        if (score > bestScore) [best, bestScore] = [entry, score];
      }
      return best?.project ?? null;
    },
    suggest(project) {
      const name = comparableName(project.name);
      let best: DevPlanSuggestion | null = null;
      for (const index of candidatesFor(name, byPair, entries)) {
        const entry = entries[index];
        if (!entry || villagesDiffer(name, entry.name)) continue;
        const similarity = nameSimilarity(name, entry.name);
        if (similarity < MIN_SUGGESTED_SIMILARITY) continue;
        const { strategyNumber, workPlan } = entry.project;
        const score =
          similarity +
          (strategyNumber === project.strategyNumber ? SAME_GROUP_BONUS : 0) +
          (workPlan !== "" && workPlan === project.workPlan ? SAME_GROUP_BONUS : 0);
        if (!best || score > best.score) best = { entry: entry.project, score };
      }
      return best;
    },
    nameOf: (entry) => byProject.get(entry)?.name ?? comparableName(entry.name),
  };
}

/**
 * The entries most worth scoring: those sharing the largest part of the name's pairs (or of theirs,
 * so a short name held in a long one counts), at most CANDIDATES, in list order among equals.
 */
function candidatesFor(
  name: ComparableName,
  byPair: ReadonlyMap<string, readonly number[]>,
  entries: readonly Entry[],
): number[] {
  const shared = new Map<number, number>();
  for (const pair of name.pairs.keys())
    for (const index of byPair.get(pair) ?? []) shared.set(index, (shared.get(index) ?? 0) + 1);
  const share = (index: number, count: number): number =>
    count / Math.max(1, Math.min(name.pairs.size, entries[index]?.name.pairs.size ?? 1));
  return [...shared]
    .map(([index, count]) => [index, share(index, count)] as const)
    .sort((a, b) => b[1] - a[1] || a[0] - b[0])
    .slice(0, CANDIDATES)
    .map(([index]) => index);
}
