import { EDITION_DATE_FIELDS } from "../../model/editionDateFields";
import { issueAt } from "../issueAt";
import type { Rule } from "../Rule";

/** A date in the Editions table that cannot be read is a warning (dates there are never required). */
export const editionDates: Rule = ({ parsed }) =>
  (parsed.editions ?? []).flatMap((row) =>
    EDITION_DATE_FIELDS.flatMap((field) => {
      const reading = row.dates[field];
      return reading.status === "invalid"
        ? [issueAt("unreadable-date", "warning", row.ref, field, { value: reading.text })]
        : [];
    }),
  );
