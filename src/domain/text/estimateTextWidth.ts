/**
 * Advance widths in thousandths of an em, TH SarabunPSK Bold (bold is the wider face, so the
 * estimate errs towards more lines). Measured from Laksaman Bold, the TLWG font derived from
 * TH SarabunPSK, scaled by 0.66 as fontconfig does when it substitutes it for TH Sarabun.
 */
const ASCII_WIDTHS = [
  224, 166, 288, 458, 364, 682, 482, 168, 242, 242, 340, 414, 170, 224, 170, 274, 375, 375, 375, 375, 375,
  375, 375, 375, 375, 375, 170, 170, 414, 414, 414, 286, 568, 447, 393, 428, 455, 355, 355, 450, 468, 162,
  280, 408, 356, 570, 468, 514, 387, 514, 392, 362, 418, 478, 418, 607, 422, 393, 447, 232, 266, 232, 414,
  373, 208, 364, 432, 344, 432, 388, 252, 329, 420, 162, 170, 337, 211, 631, 420, 409, 428, 428, 244, 294,
  256, 414, 355, 477, 346, 358, 355, 253, 176, 253, 418,
];
/** U+0E01 … U+0E5B; above/below vowels and tone marks are 0. */
const THAI_WIDTHS = [
  388, 412, 428, 400, 400, 449, 315, 387, 402, 412, 428, 560, 560, 422, 422, 369, 488, 546, 572, 402, 402,
  388, 434, 355, 430, 442, 442, 411, 411, 478, 478, 422, 414, 383, 326, 388, 396, 422, 376, 400, 457, 396,
  434, 464, 391, 382, 377, 337, 0, 333, 333, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 386, 206, 392, 250, 267, 250,
  207, 434, 0, 0, 0, 0, 0, 0, 0, 0, 446, 452, 452, 452, 452, 452, 452, 452, 452, 452, 452, 521, 692,
];
const OTHER_WIDTH = 500;

function milliEm(code: number): number {
  if (code >= 0x20 && code <= 0x7e) return ASCII_WIDTHS[code - 0x20] ?? OTHER_WIDTH;
  if (code >= 0xe01 && code <= 0xe5b) return THAI_WIDTHS[code - 0xe01] ?? OTHER_WIDTH;
  if (code >= 0x200b && code <= 0x200d) return 0;
  return OTHER_WIDTH;
}

/**
 * Estimated printed width of a line of text, in points. Row heights are written explicitly
 * (LibreOffice does not auto-grow rows), so the layout needs its own estimate of wrapped lines.
 * @example estimateTextWidth("2570", 16) //=> 24
 */
export function estimateTextWidth(text: string, fontSizePt: number): number {
  let total = 0;
  for (const ch of text) total += milliEm(ch.codePointAt(0) ?? 0);
  return (total * fontSizePt) / 1000;
}
