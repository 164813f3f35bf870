/**
 * A project's follow-up status, as the template's สถานะ column lists it; a blank cell means the first
 * (not started). Order is the year's course, then the two ways a project ends without completion.
 */
export const FOLLOW_UP_STATUSES = [
  "ยังไม่ดำเนินการ",
  "อยู่ระหว่างดำเนินการ",
  "ดำเนินการแล้วเสร็จ",
  "ยกเลิก",
  "ไม่สามารถดำเนินการได้",
] as const;

export type FollowUpStatus = (typeof FOLLOW_UP_STATUSES)[number];
