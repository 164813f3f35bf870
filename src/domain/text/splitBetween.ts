/**
 * `text` cut at every place between two characters where `cuts(before, after)` holds, keeping every
 * character. The ES2017 form of a split on a lookbehind (`/(?<=\s)(?=\S)/`), which Safari before 16.4
 * cannot even parse; the shipped scripts must parse as ES2017.
 */
export function splitBetween(text: string, cuts: (before: string, after: string) => boolean): string[] {
  const pieces: string[] = [];
  let start = 0;
  for (let i = 1; i < text.length; i++) {
    if (cuts(text.charAt(i - 1), text.charAt(i))) {
      pieces.push(text.slice(start, i));
      start = i;
    }
  }
  pieces.push(text.slice(start));
  return pieces;
}
