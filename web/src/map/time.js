// The date the map reads the network as of (issue 15; network-format.md, Time): `?asOf=YYYY-MM-DD` in the page's
// address, today (UTC, the API's default) otherwise. Every list and analysis the page asks for carries it, so the
// map and the panels show one network: the one of that date.

/** Today as the API's Date scalar (UTC). */
export function todayUtc() {
  return new Date().toISOString().slice(0, 10);
}

/** Whether `text` is a real calendar date written YYYY-MM-DD (the only form put into a query). */
export function isDate(text) {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(String(text ?? ''))) return false;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text;
}

/** A date as people read it: 1 March 2025. */
export function writtenDate(text) {
  return new Date(`${text}T00:00:00Z`).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
}

function readAsOf() {
  const asked = new URLSearchParams(location.search).get('asOf');
  const today = todayUtc();
  if (asked && isDate(asked)) return { date: asked, isToday: asked === today, invalid: null };
  return { date: today, isToday: true, invalid: asked || null };
}

/** The map's date: { date, isToday, invalid (what the address asked for when it was not a date) }. */
export const asOf = readAsOf();

/**
 * A field's arguments with the map's date: `args('top: 10')` is `(top: 10, asOf: "2025-03-01")`, or `(top: 10)` as
 * of today (so today's requests are the ones every other client sends, and share their cached answers).
 */
export function args(existing = '') {
  const all = [existing, asOf.isToday ? '' : `asOf: "${asOf.date}"`].filter(Boolean).join(', ');
  return all ? `(${all})` : '';
}

/** The address of this page showing the network as of `date` (today: no date in the address). */
export function addressFor(date) {
  const url = new URL(location.href);
  if (!date || date === todayUtc()) url.searchParams.delete('asOf');
  else url.searchParams.set('asOf', date);
  return url.toString();
}
