const ERA = "พ.ศ.";

/**
 * A line's phrases between its spaces, with "พ.ศ." kept with the year after it (the ES2017 form of
 * `text.split(/(?<!พ\.ศ\.) /u)`: the shipped scripts must parse in Safari 14, which has no lookbehind).
 */
export function spacedPhrases(text: string): string[] {
  const phrases: string[] = [];
  for (const part of text.split(" ")) {
    const last = phrases.length - 1;
    if (last >= 0 && (phrases[last] ?? "").endsWith(ERA)) phrases[last] += ` ${part}`;
    else phrases.push(part);
  }
  return phrases;
}
