import { organisationTypeAtStart } from "../catalog/organisationTypes";
import type { Settings } from "../model/plan";
import { squeeze } from "../text/whiteSpace";

export type TitleSettings = Partial<
  Pick<Settings, "organisationName" | "organisationType" | "amphoe" | "changwat">
>;

/**
 * Organisation name, type, อำเภอ and จังหวัด from the first title line that starts with an organisation
 * in any spelling the catalog knows (e.g. "องค์การบริหารส่วนตำบลหนองแสงทอง อำเภอเมืองมหาสารคาม
 * จังหวัดมหาสารคาม", "ทต.บึงวิชัย"); {} when none does.
 * @example settingsFromTitle(["เทศบาลตำบลบึงวิชัย"]) //=> { organisationName: "เทศบาลตำบลบึงวิชัย", organisationType: "เทศบาลตำบล" }
 */
export function settingsFromTitle(titleLines: readonly string[]): TitleSettings {
  for (const raw of titleLines) {
    const line = squeeze(raw);
    const organisation = organisationTypeAtStart(line);
    if (!organisation) continue;
    const [name = "", ...rest] = line.split(" ");
    // "อบต. หนองแสงทอง" keeps its name word after the abbreviation.
    const words =
      /\.$/u.test(name) && rest.length > 0 ? [`${name} ${rest.shift() ?? ""}`, ...rest] : [name, ...rest];
    const organisationName = words[0] ?? "";
    const place = words.slice(1).join(" ");
    const amphoe = /(?:อำเภอ|อ\.)\s*(\S+)/u.exec(place)?.[1];
    const changwat = /(?:จังหวัด|จ\.)\s*(\S+)/u.exec(place)?.[1];
    return {
      organisationName,
      organisationType: organisation.type,
      ...(amphoe ? { amphoe } : {}),
      ...(changwat ? { changwat } : {}),
    };
  }
  return {};
}
