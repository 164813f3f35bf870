/** Excel on the web refuses requests and responses over 5 MB with these codes. */
export function isPayloadLimitError(error: unknown): boolean {
  const text =
    error instanceof Error ? `${(error as { code?: string }).code ?? ""} ${error.message}` : String(error);
  return /PayloadSizeLimitExceeded/.test(text);
}
