import fc from 'fast-check';
import { businessCalendar, weekdays, type BusinessCalendar, type BusinessCalendarSettings, type Weekday } from '../../../../functions/domain/clock/business-calendar';
import { offsetAt, type Interval } from '../../../../functions/domain/clock/zone';

/** England and Wales bank holidays of 2026 and 2027's first (gov.uk's list). Boxing Day 2026 is a Saturday: its substitute is Monday 28 December. */
export const ukBankHolidays2026 = ['2026-01-01', '2026-04-03', '2026-04-06', '2026-05-04', '2026-05-25', '2026-08-31', '2026-12-25', '2026-12-28', '2027-01-01'];

const weekdayHours = (hours: string[]): Partial<Record<Weekday, string[]>> => ({ monday: hours, tuesday: hours, wednesday: hours, thursday: hours, friday: hours });

/** A London support desk's calendar as a deployment's settings give it: weekdays 09:00-17:30, closed on bank holidays. */
export const londonDeskSettings: BusinessCalendarSettings = { timeZone: 'Europe/London', hours: weekdayHours(['09:00-17:30']), holidays: ukBankHolidays2026 };

/** A London support desk: weekdays 09:00-17:30, closed on bank holidays. */
export const londonDesk: BusinessCalendar = businessCalendar(londonDeskSettings);

/** A London desk open round the clock, every day. */
export const londonAlwaysOpen: BusinessCalendar = businessCalendar({ timeZone: 'Europe/London', hours: Object.fromEntries(weekdays.map((day) => [day, ['00:00-24:00']])), holidays: [] });

export const hours = (count: number) => count * 3_600_000;
export const at = (iso: string) => Date.parse(iso);
export const iso = (instant: number | null) => (instant === null ? null : new Date(instant).toISOString());

/**
 * Zones with every kind of change the arithmetic must survive: none (UTC, Kolkata's half hour),
 * an hour at 01:00 or 02:00 (London, New York), a change at midnight (Santiago, whose 00:00 does not
 * exist on its spring day), half an hour (Lord Howe), a 45-minute offset (Chatham), and the
 * southern hemisphere's reversed seasons.
 */
export const zones = ['UTC', 'Europe/London', 'America/New_York', 'America/Santiago', 'Australia/Lord_Howe', 'Pacific/Chatham', 'Asia/Kolkata', 'Europe/Berlin'] as const;

// Instants from 2024 to 2028, half of them within three days of one of the zone's clock changes,
// which a uniform draw would seldom come near.
const earliest = at('2024-01-01T00:00:00Z');
const latest = at('2028-12-31T00:00:00Z');
const clockChangesOf = (zone: string) => {
  const changes: number[] = [];
  for (let instant = earliest; instant < latest; instant += hours(1)) {
    if (offsetAt(zone, instant) !== offsetAt(zone, instant + hours(1))) changes.push(instant);
  }
  return changes;
};
const clockChanges = new Map<string, number[]>(zones.map((zone) => [zone, clockChangesOf(zone)]));
const uniformInstant = fc.integer({ min: earliest, max: latest });

/** An instant, often near one of the zone's clock changes. */
export const instantIn = (zone: string): fc.Arbitrary<number> => {
  const changes = clockChanges.get(zone) ?? [];
  if (changes.length === 0) return uniformInstant;
  return fc.oneof(uniformInstant, fc.tuple(fc.constantFrom(...changes), fc.integer({ min: -hours(72), max: hours(72) })).map(([change, offset]) => change + offset));
};

/** An instant anywhere, often near some zone's clock change. */
export const instantArbitrary = fc.constantFrom(...zones).chain(instantIn);

/** A day's opening intervals: up to three, from distinct sorted quarter hours, some ending at 24:00. */
const dayHoursArbitrary = fc.uniqueArray(fc.integer({ min: 0, max: 96 }), { maxLength: 6 }).map((quarters) => {
  const sorted = [...quarters].sort((a, b) => a - b);
  const intervals: string[] = [];
  for (let index = 0; index + 1 < sorted.length; index += 2) intervals.push(`${clock(sorted[index]!)}-${clock(sorted[index + 1]!)}`);
  return intervals;
});
const clock = (quarter: number) => `${String(Math.floor(quarter / 4)).padStart(2, '0')}:${String((quarter % 4) * 15).padStart(2, '0')}`;

/** Any valid business calendar: a zone, any weekly hours with at least one opening, holidays within the instants' years. */
export const calendarArbitrary: fc.Arbitrary<BusinessCalendar> = fc
  .record({
    timeZone: fc.constantFrom(...zones),
    week: fc.array(dayHoursArbitrary, { minLength: 7, maxLength: 7 }),
    holidays: fc.uniqueArray(fc.integer({ min: 0, max: 5 * 366 }), { maxLength: 40 }),
  })
  .filter(({ week }) => week.some((day) => day.length > 0))
  .map(({ timeZone, week, holidays }) =>
    businessCalendar({
      timeZone,
      hours: Object.fromEntries(weekdays.map((day, index) => [day, week[index]!])),
      holidays: holidays.map((offset) => new Date(earliest + offset * 86_400_000).toISOString().slice(0, 10)),
    }),
  );

/** Business durations up to 120 hours: to the millisecond, or whole quarter hours (which end exactly at closing times). */
export const durationArbitrary = fc.oneof(fc.integer({ min: 0, max: hours(120) }), fc.integer({ min: 0, max: 480 }).map((quarters) => quarters * 900_000));

/** Up to three pauses starting within ten days of `start`, each up to three days long. */
export const pausesAfter = (start: number): fc.Arbitrary<Interval[]> =>
  fc.array(
    fc.record({ offset: fc.integer({ min: -hours(24), max: hours(240) }), length: fc.integer({ min: 1, max: hours(72) }) }).map(({ offset, length }) => ({ start: start + offset, end: start + offset + length })),
    { maxLength: 3 },
  );

/** A calendar and an instant, often near a clock change of its zone. */
export const calendarAndInstant = calendarArbitrary.chain((calendar) => instantIn(calendar.timeZone).map((instant) => ({ calendar, instant })));
