import { cellText } from "../grid/cellText";
import type { TableGrid } from "../grid/TableGrid";
import type { Plan } from "../model/plan";
import { cleanText } from "../text/cleanText";
import { matchKey } from "../text/matchKey";
import { PLAN_TEXT_TOPICS, type PlanTextTopic, standardPlanTexts } from "./standardPlanTexts";

/** The prose of the plan book: every topic's text, the user's where given, else the standard one. */
export type PlanTexts = Readonly<Record<PlanTextTopic, string>>;

/**
 * The book's texts from the `PlanTexts` table (`หัวข้อ` | `ข้อความ`): a topic is found by its words
 * (spaces, copied-PDF characters and a leading number such as `1.2` do not matter); a blank text,
 * a missing row or no table at all means the standard text. Rows typed below the table count too.
 */
export function planTextsFrom(grid: TableGrid | undefined, plan: Plan): PlanTexts {
  const texts: Record<PlanTextTopic, string> = standardPlanTexts(plan);
  if (!grid) return texts;
  const topicKey = (text: string): string => matchKey(text.replace(/^[\d.\s]+/u, ""));
  const byKey = new Map(PLAN_TEXT_TOPICS.map((topic) => [topicKey(topic), topic] as const));
  for (const row of [...grid.rows, ...grid.rowsBelow]) {
    const topic = byKey.get(topicKey(cellText(row[0])));
    // Line breaks typed in the cell (Alt+Enter) separate paragraphs: keep them.
    const raw = row[1];
    const text = (typeof raw === "string" ? cleanText(raw) : cellText(raw))
      .split(/\r\n?|\n/u)
      .map((line) => line.replace(/[ \t]+/gu, " ").trim())
      .filter((line) => line !== "")
      .join("\n");
    if (topic !== undefined && text !== "") texts[topic] = text;
  }
  return texts;
}
