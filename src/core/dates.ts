/**
 * A calendar date written `YYYY-MM-DD` that exists: `Date.parse` alone takes `2026-02-30` (as 2 March), and
 * PostgreSQL refuses it, so a schema that checked only the form let it through to fail later as a server error.
 * @example isCalendarDate('2024-02-29') // true
 * @example isCalendarDate('2026-02-30') // false
 */
export function isCalendarDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const date = new Date(`${text}T00:00:00.000Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text;
}
