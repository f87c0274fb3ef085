/** The `YYYY-MM` months (UTC) from the one holding `from` to the one holding `to`, in order (ISO 8601 dates or instants). */
export function monthsBetween(from: string, to: string): string[] {
  const months: string[] = [];
  const last = to.slice(0, 7);
  for (let year = Number(from.slice(0, 4)), month = Number(from.slice(5, 7)); ; ) {
    const name = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`;
    months.push(name);
    if (name >= last) return months;
    month += 1;
    if (month > 12) [year, month] = [year + 1, 1];
  }
}
