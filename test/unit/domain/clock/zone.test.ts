import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayOfIsoDate, isoDateOf, isoWeekdayOf, localDayOf, localTimeOf, offsetAt, parseInstant, startOfLocalDay, wallStretch } from '../../../../functions/domain/clock/zone';
import { at, hours, instantArbitrary, iso, zones } from './calendars';

const day = (text: string) => dayOfIsoDate(text)!;

describe('wall clocks of time zones', () => {
  it('reads London as GMT in winter and BST in summer, changing on the last Sundays of March and October 2026', () => {
    expect(offsetAt('Europe/London', at('2026-03-29T00:59:59Z'))).toBe(0);
    expect(offsetAt('Europe/London', at('2026-03-29T01:00:00Z'))).toBe(hours(1));
    expect(offsetAt('Europe/London', at('2026-10-25T00:59:59Z'))).toBe(hours(1));
    expect(offsetAt('Europe/London', at('2026-10-25T01:00:00Z'))).toBe(0);
  });

  it('gives no instant to the hour London skips in March, and both stretches of the hour it repeats in October', () => {
    expect(wallStretch('Europe/London', day('2026-03-29'), 60, 120)).toEqual([]);
    expect(wallStretch('Europe/London', day('2026-10-25'), 60, 120).map(({ start, end }) => [iso(start), iso(end)])).toEqual([
      ['2026-10-25T00:00:00.000Z', '2026-10-25T02:00:00.000Z'],
    ]);
    expect(wallStretch('Europe/London', day('2026-10-25'), 60, 90).map(({ start, end }) => [iso(start), iso(end)])).toEqual([
      ['2026-10-25T00:00:00.000Z', '2026-10-25T00:30:00.000Z'],
      ['2026-10-25T01:00:00.000Z', '2026-10-25T01:30:00.000Z'],
    ]);
  });

  it('makes whole days 23 and 25 hours long on the days the clocks change', () => {
    const length = (date: string) => wallStretch('Europe/London', day(date), 0, 1440).reduce((sum, part) => sum + part.end - part.start, 0);
    expect([length('2026-03-29'), length('2026-06-01'), length('2026-10-25')]).toEqual([hours(23), hours(24), hours(25)]);
  });

  it("starts Santiago's spring day at 01:00, its midnight not existing", () => {
    // Chile moves its clocks forward at midnight on the first Sunday of September.
    expect(iso(startOfLocalDay('America/Santiago', day('2026-09-06')))).toBe('2026-09-06T04:00:00.000Z');
  });

  it('knows dates, weekdays and refuses dates that do not exist', () => {
    expect(isoDateOf(day('2026-12-25'))).toBe('2026-12-25');
    expect(isoWeekdayOf(day('2026-12-25'))).toBe(5);
    expect(isoWeekdayOf(day('2026-12-28'))).toBe(1);
    expect(isoWeekdayOf(day('1969-12-28'))).toBe(7);
    expect(dayOfIsoDate('2026-02-29')).toBeUndefined();
    expect(dayOfIsoDate('2026-1-1')).toBeUndefined();
  });

  it('finds every instant in the wall-clock minute it shows, and in no other minute of that day', () => {
    fc.assert(
      fc.property(fc.constantFrom(...zones), instantArbitrary, (zone, instant) => {
        const date = localDayOf(zone, instant);
        const minute = Math.floor(localTimeOf(zone, instant) / 60_000);
        const inside = (from: number, to: number) => wallStretch(zone, date, from, to).some((part) => part.start <= instant && instant < part.end);
        expect(inside(minute, minute + 1)).toBe(true);
        expect(inside(0, minute)).toBe(false);
        expect(inside(minute + 1, 1440)).toBe(false);
      }),
      { numRuns: 300 },
    );
  });

  it('reads instants only as ISO 8601 with an offset, since a wall time alone names no instant', () => {
    expect(parseInstant('2026-10-23T18:30+01:00')).toBe(at('2026-10-23T17:30:00Z'));
    expect(parseInstant('2026-10-23T17:30:00.123Z')).toBe(at('2026-10-23T17:30:00.123Z'));
    for (const text of ['2026-10-23', '2026-10-23T17:30:00', 'Fri, 23 Oct 2026 17:30:00 GMT', '2026-13-01T00:00:00Z']) expect(() => parseInstant(text)).toThrow(RangeError);
  });
});
