import { EDITION_TRIGGER_LABELS } from "../catalog/editionTriggers";
import type { Edition, EditionTrigger, Plan } from "../model/plan";
import { matchKey } from "../text/matchKey";

/** อบต. and อบจ. enact a ข้อบัญญัติ, a เทศบาล a เทศบัญญัติ. */
const ordinanceOf = (plan: Plan): string =>
  plan.settings.organisationType?.startsWith("เทศบาล") ? "เทศบัญญัติ" : "ข้อบัญญัติ";

/** What happened, as the notice tells it, for each trigger of ข้อ 27. */
function standardEvent(trigger: EditionTrigger, plan: Plan): string | null {
  const org = plan.settings.organisationName;
  const fy = plan.settings.fiscalYear;
  switch (trigger) {
    case "budgetOrdinance":
      return `${org} ได้ประกาศใช้${ordinanceOf(plan)}งบประมาณรายจ่ายประจำปีงบประมาณ พ.ศ. ${fy}`;
    case "supplementaryBudget":
      return `${org} ได้ประกาศใช้${ordinanceOf(plan)}งบประมาณรายจ่ายเพิ่มเติม ประจำปีงบประมาณ พ.ศ. ${fy}`;
    case "accumulatedFunds":
      return `สภา${org} ได้อนุมัติให้จ่ายขาดเงินสะสม`;
    case "specificGrant":
      return `${org} ได้รับแจ้งการจัดสรรเงินอุดหนุนเฉพาะกิจ`;
    case "agencyNotice":
      return `${org} ได้รับแจ้งแผนงานและโครงการที่หน่วยงานอื่นจะดำเนินการในพื้นที่`;
    case "other":
      return null;
  }
}

/**
 * What brought an edition (its trigger, from the Editions table), as the notice's opening clause
 * tells it: the standard wording for a trigger chosen from the list, the user's own words (after the
 * organisation) for one typed freely; null when the edition has no trigger recorded.
 * @example noticeEvent(plan, { ...edition, trigger: "accumulatedFunds" }) //=> "สภาองค์การบริหารส่วนตำบลหนองแสงทอง ได้อนุมัติให้จ่ายขาดเงินสะสม"
 */
export function noticeEvent(plan: Plan, edition: Edition): string | null {
  const typed = edition.triggerText.trim();
  const labelled = Object.entries(EDITION_TRIGGER_LABELS).find(
    ([, label]) => matchKey(label) === matchKey(typed),
  );
  if (typed === "" || labelled) {
    const trigger = (labelled?.[0] as EditionTrigger | undefined) ?? edition.trigger;
    return trigger === null ? null : standardEvent(trigger, plan);
  }
  return `${plan.settings.organisationName} ${typed.startsWith("ได้") ? typed : `ได้${typed}`}`;
}
