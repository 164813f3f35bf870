import { editionTimeline } from "../domain/editions/editionTimeline";
import type { TimelineStep } from "../domain/editions/TimelineStep";
import type { IsoDate } from "../domain/model/plan";
import { analyseWorkbook } from "./analyseWorkbook";
import type { WorkbookPort } from "./WorkbookPort";

/** The steps of one edition's procedure with their deadlines as of `today`; none when the plan lacks it. */
export async function workbookTimeline(
  port: WorkbookPort,
  code: string,
  today: IsoDate,
): Promise<TimelineStep[]> {
  const { plan } = await analyseWorkbook(port);
  const edition = plan.editions.find((e) => e.code === code);
  return edition ? editionTimeline(edition, today) : [];
}
