/**
 * Words the follow-up sheets' lines must not break inside, which ICU splits into dictionary words
 * (งบ|ประมาณ, ยา|เสพ|ติด): a Thai reader reads each as one. A line may still break before or after them.
 */
export const REPORT_KEEP_WORDS: readonly string[] = [
  "งบประมาณ",
  "ดำเนินการ",
  "คณะกรรมการ",
  "ยาเสพติด",
  "สิ่งแวดล้อม",
  "ค่าใช้จ่าย",
  "รายจ่าย",
  "พระราชดำริ",
  "สาธารณประโยชน์",
  "ผู้รับจ้าง",
  "ประจำปี",
  "แล้วเสร็จ",
  "เบิกจ่าย",
  "โครงการ",
];

/** The runs of text glued with no-break spaces (dates, "(ร้อยละ 11.04)"), to keep whole like names. */
export function gluedPhrases(texts: readonly string[]): string[] {
  return texts.flatMap((text) => text.match(/[^\s\u00A0]+(?:\u00A0[^\s\u00A0]+)+/gu) ?? []);
}
