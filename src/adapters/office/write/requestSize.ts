/**
 * Request-size estimates: Excel on the web rejects requests over 5 MB, so the adapter packs
 * commands into requests below a budget using these (UTF-8 bytes of the JSON the request carries).
 */
export const DEFAULT_REQUEST_BUDGET_BYTES = 4_000_000;

/** Fixed cost of one queued command (object path, method name, ids). */
export const COMMAND_OVERHEAD_BYTES = 160;

/** UTF-8 length of a string without allocating (Thai characters are 3 bytes). */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/** Bytes of a value once serialised as JSON. */
export function jsonBytes(value: unknown): number {
  return utf8Length(JSON.stringify(value) ?? "null");
}
