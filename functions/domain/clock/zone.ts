/**
 * Wall clocks of IANA time zones, on the runtime's own time-zone data (Intl, which Node ships with
 * full ICU): an instant's local date and time, and the instants at which a zone's wall clock shows a
 * stretch of a given date.
 *
 * Why Intl and no library: the clock needs exactly two things from a zone, both above, and Intl
 * gives them with no bytes added to a Lambda bundle; its zone data is updated with the runtime.
 * Temporal would express them more directly, but Node 24 (Lambda's nodejs24.x) does not have it,
 * and a polyfill (temporal-polyfill, @js-temporal/polyfill) would add tens of kilobytes of
 * minified code to every function that shows a due time, where the whole clock folder is about
 * 10 kB; luxon and date-fns-tz are themselves built on the same Intl calls. When the runtime has
 * Temporal, this file is the one to swap.
 *
 * Instants are milliseconds since the Unix epoch; dates are day numbers (days since 1970-01-01), so
 * that date arithmetic is integer arithmetic.
 */

const minuteMs = 60_000;
const dayMs = 86_400_000;

/** A calendar date as the number of days since 1970-01-01. */
export type DayNumber = number;

/** A stretch of time, from `start` (included) to `end` (excluded), in epoch milliseconds. */
export interface Interval {
  readonly start: number;
  readonly end: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterOf(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/*
 * UTC is answered without Intl: the first Intl.DateTimeFormat a process makes loads the time zone
 * data, 13-60 ms of a function's cold start on a 2-core machine (measured with `npm run
 * bench:cold` and alone), which a deployment that keeps its calendar in UTC never needs to pay.
 */
const utc = 'UTC';

/** Whether the runtime knows `timeZone` as an IANA time zone (or `UTC`). */
export function isTimeZone(timeZone: string): boolean {
  if (timeZone === utc) return true;
  try {
    formatterOf(timeZone);
    return true;
  } catch {
    return false;
  }
}

/**
 * How far the zone's wall clock is ahead of UTC at `instant`, in milliseconds (London in summer:
 * 3 600 000). Seconds and milliseconds of the instant do not change the answer: zones change their
 * offset on whole seconds, and the wall clock is read to the second.
 * @throws RangeError when the runtime does not know the time zone.
 */
export function offsetAt(timeZone: string, instant: number): number {
  if (timeZone === utc) return 0;
  const whole = Math.floor(instant / 1000) * 1000;
  const parts: Record<string, number> = {};
  for (const part of formatterOf(timeZone).formatToParts(whole)) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  const wall = Date.UTC(parts.year!, parts.month! - 1, parts.day!, parts.hour!, parts.minute!, parts.second!);
  return wall - whole;
}

/** The local date at `instant` in the zone. @throws RangeError for an unknown time zone. */
export function localDayOf(timeZone: string, instant: number): DayNumber {
  return Math.floor((instant + offsetAt(timeZone, instant)) / dayMs);
}

/** Milliseconds since the local midnight at `instant` (more than a day's worth never: 0 to 86 399 999). */
export function localTimeOf(timeZone: string, instant: number): number {
  const wall = instant + offsetAt(timeZone, instant);
  return wall - Math.floor(wall / dayMs) * dayMs;
}

// A date and time with its offset: without one, a wall time names no instant.
const isoInstantPattern = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:\d{2})$/;

/**
 * The instant an ISO 8601 date-time text with an offset names (`2026-10-23T17:30:00Z`,
 * `2026-10-23T18:30+01:00`), in epoch milliseconds.
 * @throws RangeError when the text is not one (a date alone, a time without offset, another format).
 */
export function parseInstant(text: string): number {
  const time = isoInstantPattern.test(text) ? Date.parse(text) : Number.NaN;
  if (Number.isNaN(time)) throw new RangeError(`Not an ISO 8601 instant with an offset: ${JSON.stringify(text)}`);
  return time;
}

/** The day number of an ISO date (`2026-12-25`), or undefined when it is not a real date. */
export function dayOfIsoDate(text: string): DayNumber | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const time = Date.UTC(year, month - 1, day);
  const date = new Date(time);
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return time / dayMs;
}

/** The ISO date (`2026-12-25`) of a day number. */
export function isoDateOf(day: DayNumber): string {
  return new Date(day * dayMs).toISOString().slice(0, 10);
}

/** The ISO weekday of a day number: 1 for Monday to 7 for Sunday. */
export function isoWeekdayOf(day: DayNumber): number {
  // 1970-01-01 was a Thursday (4).
  return ((((day + 3) % 7) + 7) % 7) + 1;
}

/** One stretch of time during which the zone's offset is constant. */
interface OffsetSpan extends Interval {
  readonly offset: number;
}

const spansCache = new Map<string, readonly OffsetSpan[]>();
// Bounds the cache of a long-lived process; a day's spans are cheap to find again.
const maxCachedDays = 20_000;

/**
 * The offsets in force around the local date `day`: every instant whose wall clock can show that
 * date lies in the window from 14 hours before its midnight UTC to 14 hours after the next one
 * (offsets stay within ±14 h), widened by an hour for a change inside it.
 *
 * A zone changes its offset at most once in such a window (no zone has had two changes within
 * about two and a half days); if the offset at both ends differs, the change is found by bisection
 * to the second.
 */
function offsetSpansAround(timeZone: string, day: DayNumber): readonly OffsetSpan[] {
  const key = `${timeZone} ${day}`;
  const cached = spansCache.get(key);
  if (cached) return cached;
  const start = day * dayMs - 15 * 3_600_000;
  const end = (day + 1) * dayMs + 15 * 3_600_000;
  const before = offsetAt(timeZone, start);
  const after = offsetAt(timeZone, end);
  let spans: OffsetSpan[];
  if (before === after) {
    spans = [{ start, end, offset: before }];
  } else {
    // The first whole second at which the offset is `after`.
    let low = start / 1000;
    let high = end / 1000;
    while (high - low > 1) {
      const middle = Math.floor((low + high) / 2);
      if (offsetAt(timeZone, middle * 1000) === before) low = middle;
      else high = middle;
    }
    const change = high * 1000;
    spans = [
      { start, end: change, offset: before },
      { start: change, end, offset: after },
    ];
  }
  if (spansCache.size >= maxCachedDays) spansCache.clear();
  spansCache.set(key, spans);
  return spans;
}

/**
 * The instants at which the zone's wall clock shows a time of `day` from `fromMinute` (included) to
 * `toMinute` (excluded), minutes since local midnight (`toMinute` 1440 is the end of the day).
 *
 * Exact across daylight-saving changes, with no choice of "earlier" or "later" to make: wall times
 * that do not exist that day (the hour skipped in spring) give no instant, and wall times that
 * happen twice (the hour repeated in autumn) give both stretches. So opening hours of 09:00-17:00
 * are always 8 hours, and hours of 00:00-24:00 are 23 or 25 hours on the days the clocks change.
 * @returns sorted, disjoint intervals (none, one, or two around a change).
 * @throws RangeError for an unknown time zone.
 */
export function wallStretch(timeZone: string, day: DayNumber, fromMinute: number, toMinute: number): Interval[] {
  const wallFrom = day * dayMs + fromMinute * minuteMs;
  const wallTo = day * dayMs + toMinute * minuteMs;
  const stretches: Interval[] = [];
  for (const span of offsetSpansAround(timeZone, day)) {
    // An instant shows wall time `instant + offset`: those showing [wallFrom, wallTo) under this offset.
    const start = Math.max(wallFrom - span.offset, span.start);
    const end = Math.min(wallTo - span.offset, span.end);
    if (start >= end) continue;
    const last = stretches.at(-1);
    if (last && last.end === start) stretches[stretches.length - 1] = { start: last.start, end };
    else stretches.push({ start, end });
  }
  return stretches;
}

/** The first instant of the local date `day` in the zone (its midnight, or the first wall time after a skipped one). */
export function startOfLocalDay(timeZone: string, day: DayNumber): number {
  const stretch = wallStretch(timeZone, day, 0, 1440)[0];
  // Every date shows at least some wall time in every zone, except a date a zone skipped whole
  // (Samoa's 2011-12-30): its start is where the next date starts.
  return stretch ? stretch.start : startOfLocalDay(timeZone, day + 1);
}
