/** Today in the user's own time zone (YYYY-MM-DD): a deadline is a local calendar day, not a UTC one. */
export function localToday(): string {
  const date = new Date();
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
