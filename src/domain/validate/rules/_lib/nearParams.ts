import type { InvalidWhy } from "../../../parse/Reading";

/**
 * Params of an unknown value's issue: the value as typed, and the official value it nearly is when
 * the reader found one (messages then show where the two differ).
 */
export function nearParams(reading: { readonly text: string; readonly why?: InvalidWhy }): {
  value: string;
  nearest?: string;
} {
  return reading.why?.kind === "near"
    ? { value: reading.text, nearest: reading.why.nearest }
    : { value: reading.text };
}
