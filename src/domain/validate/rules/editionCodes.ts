import type { EditionCode } from "../../model/editionCode";
import type { SourceRef } from "../../model/SourceRef";
import type { Reading } from "../../parse/Reading";
import { valueOf } from "../../parse/Reading";
import type { Issue } from "../Issue";
import { issueAt } from "../issueAt";
import type { Rule } from "../Rule";
import { itemsOf } from "./_lib/itemsOf";

/**
 * ฉบับ must be blank/หลัก or `เพิ่มเติม|เปลี่ยนแปลง|แก้ไข N/ปี` (error otherwise). When an Editions table
 * exists, an edition used in ฉบับ but not recorded there is a warning, once, at its first use.
 */
export const editionCodes: Rule = ({ parsed }) => {
  const rows: { ref: SourceRef; field: string; code: Reading<EditionCode> }[] = [
    ...(parsed.editions ?? []).map((e) => ({ ref: e.ref, field: "code", code: e.code })),
    ...itemsOf(parsed).map((item) => ({ ref: item.ref, field: "edition", code: item.edition })),
  ];
  const issues: Issue[] = rows.flatMap(({ ref, field, code }) =>
    code.status === "invalid"
      ? [issueAt("invalid-edition-code", "error", ref, field, { value: code.text })]
      : [],
  );
  if (parsed.editions === null) return issues;
  const recorded = new Set(parsed.editions.map((e) => valueOf(e.code)));
  const reported = new Set<string>();
  for (const item of itemsOf(parsed)) {
    const code = valueOf(item.edition);
    if (code === undefined || recorded.has(code) || reported.has(code)) continue;
    reported.add(code);
    issues.push(issueAt("edition-not-recorded", "warning", item.ref, "edition", { edition: code }));
  }
  return issues;
};
