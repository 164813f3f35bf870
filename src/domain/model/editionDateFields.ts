/**
 * The Edition record's date fields in procedure order (Edition schema keys; the parser maps them to
 * the Editions table's columns, the deadline rules check them in this order).
 */
export const EDITION_DATE_FIELDS = [
  "triggerDate",
  "draftDate",
  "committeeReviewDate",
  "approvalDate",
  "announcementDate",
  "postingStart",
  "postingEnd",
] as const;
export type EditionDateField = (typeof EDITION_DATE_FIELDS)[number];
