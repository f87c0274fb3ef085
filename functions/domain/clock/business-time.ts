import { openingsFrom, type BusinessCalendar } from './business-calendar';
import { BeyondClockHorizonError } from './clock-errors';
import type { Interval } from './zone';

/**
 * Business-time arithmetic: how much business time passes between two instants, and when a
 * business duration after a start is used up. Time counts only while the calendar is open and the
 * clock is not paused (a pause is a stretch during which the clock stops, such as while the ticket
 * awaits the customer; `end: Infinity` for a pause still going on). Instants and durations are in
 * milliseconds.
 */

/** How far ahead the clock looks for a due time before it gives up: ten years of calendar time. */
export const businessTimeHorizonMs = 10 * 366 * 86_400_000;

/**
 * The business time between `from` and `to`: the open, unpaused part of the stretch. Negative when
 * `to` is before `from` (how far past a due time something is), so that
 * `businessDuration(a, b) === -businessDuration(b, a)`.
 * @throws RangeError when either instant is not a finite number.
 */
export function businessDuration(calendar: BusinessCalendar, from: number, to: number, pauses: readonly Interval[] = []): number {
  if (!Number.isFinite(from) || !Number.isFinite(to)) throw new RangeError(`Business time is measured between two instants: ${from}, ${to}`);
  if (to < from) return -businessDuration(calendar, to, from, pauses);
  const paused = normalized(pauses);
  let total = 0;
  for (const opening of openingsFrom(calendar, from)) {
    if (opening.start >= to) break;
    total += runningWithin({ start: opening.start, end: Math.min(opening.end, to) }, paused);
  }
  return total;
}

/**
 * The instant at which `duration` of business time has run since `start`: a target's due time.
 * It lies in an opening, at most at its closing instant (a target of a whole day's hours started at
 * opening is due at closing). A duration of 0 is due at `start` itself.
 * @returns the due instant, or null when a pause that never ends (`end: Infinity`) stops the clock
 * before the duration is used up.
 * @throws RangeError for a negative or non-finite duration.
 * @throws BeyondClockHorizonError when the due time is more than ten years of calendar time after
 * `start` (a calendar open a few minutes a week, or a typo in a target), rather than searching on.
 */
export function addBusinessTime(calendar: BusinessCalendar, start: number, duration: number, pauses: readonly Interval[] = []): number | null {
  if (!Number.isFinite(duration) || duration < 0) throw new RangeError(`A business duration must be a finite number of milliseconds, at least 0: ${duration}`);
  if (duration === 0) return start;
  const paused = normalized(pauses);
  const horizon = start + businessTimeHorizonMs;
  let left = duration;
  const openings = openingsFrom(calendar, start);
  for (;;) {
    const opening = openings.next().value;
    if (opening.start > horizon) throw new BeyondClockHorizonError(`The due time would be more than ten years after ${new Date(start).toISOString()} on this calendar.`);
    for (const running of runningStretches(opening, paused)) {
      const length = running.end - running.start;
      if (length >= left) return running.start + left;
      left -= length;
    }
    if (paused.some((pause) => pause.end === Infinity && pause.start <= opening.end)) return null;
  }
}

/** The pauses sorted by start and merged where they touch or overlap, so that each instant is counted once. */
function normalized(pauses: readonly Interval[]): Interval[] {
  const merged: Interval[] = [];
  for (const pause of [...pauses].filter((p) => p.end > p.start).sort((a, b) => a.start - b.start)) {
    const last = merged.at(-1);
    if (last && pause.start <= last.end) merged[merged.length - 1] = { start: last.start, end: Math.max(last.end, pause.end) };
    else merged.push(pause);
  }
  return merged;
}

/** The parts of `stretch` outside every pause, in order. */
function runningStretches(stretch: Interval, pauses: readonly Interval[]): Interval[] {
  const running: Interval[] = [];
  let cursor = stretch.start;
  for (const pause of pauses) {
    if (pause.end <= cursor) continue;
    if (pause.start >= stretch.end) break;
    if (pause.start > cursor) running.push({ start: cursor, end: pause.start });
    cursor = Math.max(cursor, pause.end);
    if (cursor >= stretch.end) return running;
  }
  running.push({ start: cursor, end: stretch.end });
  return running;
}

function runningWithin(stretch: Interval, pauses: readonly Interval[]): number {
  return runningStretches(stretch, pauses).reduce((sum, part) => sum + (part.end - part.start), 0);
}
