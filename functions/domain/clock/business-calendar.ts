import { ClockSettingsError } from './clock-errors';
import { dayOfIsoDate, isoWeekdayOf, isTimeZone, localDayOf, startOfLocalDay, wallStretch, type DayNumber, type Interval } from './zone';

/**
 * A deployment's business calendar: when its support is open. Service-level targets count business
 * hours on it, and PSD2 complaint deadlines count its business days.
 */

/** The days of the week, Monday first (ISO 8601). */
export const weekdays = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const;
export type Weekday = (typeof weekdays)[number];

/** Opening hours of one day, as `HH:MM-HH:MM` wall-clock intervals (`24:00` ends the day). */
export type DayHours = readonly string[];

/** A business calendar as a deployment writes it down. */
export interface BusinessCalendarSettings {
  /** An IANA time zone (`Europe/London`): the wall clock the hours and holidays are in. */
  readonly timeZone: string;
  /** Opening hours by weekday; a day missing or with no intervals is closed. */
  readonly hours: Readonly<Partial<Record<Weekday, DayHours>>>;
  /** Dates (`YYYY-MM-DD`, in the zone) on which support is closed all day. */
  readonly holidays: readonly string[];
}

/** A business calendar, checked and ready for arithmetic. Build it with {@link businessCalendar}. */
export interface BusinessCalendar {
  readonly timeZone: string;
  /** Opening minutes (from, to) of each ISO weekday (index 1 Monday to 7 Sunday; index 0 unused). */
  readonly weeklyMinutes: readonly (readonly (readonly [number, number])[])[];
  readonly holidays: ReadonlySet<DayNumber>;
}

/**
 * Builds a business calendar from its settings.
 * @throws ClockSettingsError naming every bad setting (under `path`): an unknown time zone, an
 * interval that is not `HH:MM-HH:MM`, ends before it starts or overlaps another of its day, a
 * holiday that is not a date, and a week with no opening hours at all. A week with none is refused
 * rather than taken as "never due": a target that can never fall due would hide every breach, so
 * round-the-clock support is written as `00:00-24:00` on every day.
 */
export function businessCalendar(settings: BusinessCalendarSettings, path = 'calendar'): BusinessCalendar {
  const problems: { path: string; message: string }[] = [];
  if (!isTimeZone(settings.timeZone)) problems.push({ path: `${path}.timeZone`, message: `Not an IANA time zone the runtime knows: ${JSON.stringify(settings.timeZone)} (for example "Europe/London").` });
  const weeklyMinutes: (readonly [number, number])[][] = [[]];
  for (const weekday of weekdays) {
    const intervals: (readonly [number, number])[] = [];
    (settings.hours[weekday] ?? []).forEach((text, index) => {
      const interval = minutesOf(text);
      if (!interval) problems.push({ path: `${path}.hours.${weekday}.${index}`, message: `Not an opening interval "HH:MM-HH:MM" that ends after it starts: ${JSON.stringify(text)}.` });
      else intervals.push(interval);
    });
    intervals.sort((a, b) => a[0] - b[0]);
    for (let index = 1; index < intervals.length; index += 1) {
      if (intervals[index]![0] < intervals[index - 1]![1]) problems.push({ path: `${path}.hours.${weekday}`, message: 'Opening intervals of one day overlap.' });
    }
    weeklyMinutes.push(intervals);
  }
  if (weeklyMinutes.every((intervals) => intervals.length === 0)) {
    problems.push({ path: `${path}.hours`, message: 'The week has no opening hours, so no business time would ever pass. For round-the-clock support give every day "00:00-24:00".' });
  }
  const holidays = new Set<DayNumber>();
  settings.holidays.forEach((text, index) => {
    const day = dayOfIsoDate(text);
    if (day === undefined) problems.push({ path: `${path}.holidays.${index}`, message: `Not a date "YYYY-MM-DD": ${JSON.stringify(text)}.` });
    else holidays.add(day);
  });
  if (problems.length > 0) throw new ClockSettingsError(problems);
  return { timeZone: settings.timeZone, weeklyMinutes, holidays };
}

function minutesOf(text: string): readonly [number, number] | undefined {
  const match = /^(\d{2}):(\d{2})-(\d{2}):(\d{2})$/.exec(text);
  if (!match) return undefined;
  const [fromHour, fromMinute, toHour, toMinute] = match.slice(1).map(Number) as [number, number, number, number];
  if (fromMinute > 59 || toMinute > 59 || fromHour > 23 || toHour > 24 || (toHour === 24 && toMinute !== 0)) return undefined;
  const from = fromHour * 60 + fromMinute;
  const to = toHour * 60 + toMinute;
  return from < to ? [from, to] : undefined;
}

/** Whether `day` (a local date of the calendar's zone) is a business day: not a holiday, and open at some time. */
export function isBusinessDay(calendar: BusinessCalendar, day: DayNumber): boolean {
  return !calendar.holidays.has(day) && calendar.weeklyMinutes[isoWeekdayOf(day)]!.length > 0;
}

/**
 * The instants the calendar is open on the local date `day`: its weekday's hours, none on a
 * holiday. Across a daylight-saving change they follow the wall clock (see wallStretch).
 */
export function openingsOn(calendar: BusinessCalendar, day: DayNumber): Interval[] {
  if (calendar.holidays.has(day)) return [];
  const openings: Interval[] = [];
  for (const [from, to] of calendar.weeklyMinutes[isoWeekdayOf(day)]!) {
    for (const stretch of wallStretch(calendar.timeZone, day, from, to)) {
      const last = openings.at(-1);
      if (last && last.end === stretch.start) openings[openings.length - 1] = { start: last.start, end: stretch.end };
      else openings.push(stretch);
    }
  }
  return openings;
}

/**
 * The calendar's openings in time order, from the one containing or following `from` on, each cut
 * to start no earlier than `from`; endless (a calendar always opens again: businessCalendar refuses
 * a week without hours, and holidays are finitely many). Openings of consecutive days may touch
 * (`00:00-24:00` every day); they are not joined, so that round-the-clock hours still yield.
 */
export function* openingsFrom(calendar: BusinessCalendar, from: number): Generator<Interval, never> {
  // A day earlier than the local date: its openings may run past `from` (an interval of 24:00 is the next midnight).
  for (let day = localDayOf(calendar.timeZone, from) - 1; ; day += 1) {
    for (const opening of openingsOn(calendar, day)) {
      if (opening.end > from) yield { start: Math.max(opening.start, from), end: opening.end };
    }
  }
}

/** Whether the calendar is open at `instant`. */
export function isOpenAt(calendar: BusinessCalendar, instant: number): boolean {
  const day = localDayOf(calendar.timeZone, instant);
  return openingsOn(calendar, day).some((opening) => opening.start <= instant && instant < opening.end);
}

/**
 * The local date `count` business days after the local date of `from`, that date itself not
 * counted (complaint deadlines count from the day after the day of receipt).
 */
export function businessDaysAfter(calendar: BusinessCalendar, from: number, count: number): DayNumber {
  let day = localDayOf(calendar.timeZone, from);
  let left = count;
  while (left > 0) {
    day += 1;
    if (isBusinessDay(calendar, day)) left -= 1;
  }
  return day;
}

/** The instant the local date `day` ends in the calendar's zone (the next date's first instant). */
export function endOfLocalDay(calendar: BusinessCalendar, day: DayNumber): number {
  return startOfLocalDay(calendar.timeZone, day + 1);
}
