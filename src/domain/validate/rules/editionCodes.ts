import type { EditionCode } from "../../model/editionCode";
import type { SourceRef } from "../../model/SourceRef";
import type { Reading } from "../../parse/Reading";
import { valueOf } from "../../parse/Reading";
import type { Issue } from "../Issue";
import { issueAt } from "../issueAt";
import type { Rule } from "../Rule";
import { forEachItem } from "./_lib/forEachItem";
import { nearParams } from "./_lib/nearParams";

/**
 * ฉบับ must be blank/หลัก or `เพิ่มเติม|เปลี่ยนแปลง|แก้ไข N/ปี` (error otherwise). When an Editions table
 * exists, an edition used in ฉบับ but not recorded there is a warning, once, at its first use.
 */
export const editionCodes: Rule = ({ parsed }) => {
  const issues: Issue[] = [];
  const check = (ref: SourceRef, field: string, code: Reading<EditionCode>): void => {
    if (code.status === "invalid")
      issues.push(issueAt("invalid-edition-code", "error", ref, field, nearParams(code)));
  };
  for (const e of parsed.editions ?? []) check(e.ref, "code", e.code);
  forEachItem(parsed, (item) => check(item.ref, "edition", item.edition));
  if (parsed.editions === null) return issues;
  const recorded = new Set(parsed.editions.map((e) => valueOf(e.code)));
  const reported = new Set<string>();
  forEachItem(parsed, (item) => {
    const code = valueOf(item.edition);
    if (code === undefined || recorded.has(code) || reported.has(code)) return;
    reported.add(code);
    issues.push(issueAt("edition-not-recorded", "warning", item.ref, "edition", { edition: code }));
  });
  return issues;
};
