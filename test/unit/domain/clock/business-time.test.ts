import { describe, expect, it } from 'vitest';
import { businessCalendar, businessDaysAfter, isOpenAt } from '../../../../functions/domain/clock/business-calendar';
import { addBusinessTime, businessDuration } from '../../../../functions/domain/clock/business-time';
import { BeyondClockHorizonError, ClockSettingsError } from '../../../../functions/domain/clock/clock-errors';
import { isoDateOf } from '../../../../functions/domain/clock/zone';
import { at, hours, iso, londonAlwaysOpen, londonDesk } from './calendars';

const due = (start: string, duration: number, pauses: { start: number; end: number }[] = []) => iso(addBusinessTime(londonDesk, at(start), duration, pauses));

describe('business time on a London desk (weekdays 09:00-17:30, UK bank holidays 2026)', () => {
  it('makes a whole day of hours started at opening due at closing, not at the next opening', () => {
    expect(due('2026-06-01T08:00:00Z', hours(8.5))).toBe('2026-06-01T16:30:00.000Z');
  });

  it('carries Friday evening over the March clock change to 09:30 BST on Monday', () => {
    expect(due('2026-03-27T17:00:00Z', hours(1))).toBe('2026-03-30T08:30:00.000Z');
  });

  it('carries Friday evening over the October clock change to 09:30 GMT on Monday', () => {
    expect(due('2026-10-23T16:00:00Z', hours(1))).toBe('2026-10-26T09:30:00.000Z');
  });

  it('skips Christmas, the weekend and the Boxing Day substitute on Monday 28 December', () => {
    expect(isOpenAt(londonDesk, at('2026-12-25T10:00:00Z'))).toBe(false);
    expect(isOpenAt(londonDesk, at('2026-12-28T10:00:00Z'))).toBe(false);
    expect(isOpenAt(londonDesk, at('2026-12-29T10:00:00Z'))).toBe(true);
    expect(due('2026-12-24T17:00:00Z', hours(1))).toBe('2026-12-29T09:30:00.000Z');
    expect(isoDateOf(businessDaysAfter(londonDesk, at('2026-12-24T12:00:00Z'), 1))).toBe('2026-12-29');
  });

  it('skips Good Friday and Easter Monday', () => {
    // Thursday 16:30 BST: one hour left that day, the next at 09:00 BST on Tuesday.
    expect(due('2026-04-02T15:30:00Z', hours(2))).toBe('2026-04-07T09:00:00.000Z');
  });

  it('accrues nothing while paused: a ticket awaiting the customer from Monday 10:00 to Wednesday 10:00', () => {
    const pause = { start: at('2026-06-01T09:00:00Z'), end: at('2026-06-03T09:00:00Z') };
    expect(businessDuration(londonDesk, at('2026-06-01T08:00:00Z'), at('2026-06-03T11:00:00Z'), [pause])).toBe(hours(3));
    expect(due('2026-06-01T08:00:00Z', hours(3), [pause])).toBe('2026-06-03T11:00:00.000Z');
  });

  it('counts 23 and 25 hours on the days the clocks change when open round the clock', () => {
    expect(businessDuration(londonAlwaysOpen, at('2026-03-23T00:00:00Z'), at('2026-03-29T23:00:00Z'))).toBe(hours(167));
    expect(businessDuration(londonAlwaysOpen, at('2026-10-18T23:00:00Z'), at('2026-10-26T00:00:00Z'))).toBe(hours(169));
  });

  it('opens late on the March day when an opening hour does not exist, and counts the October hour that happens twice', () => {
    const nightShift = businessCalendar({ timeZone: 'Europe/London', hours: { sunday: ['01:00-03:00'] }, holidays: [] });
    const sundayLength = (date: string) => businessDuration(nightShift, at(`${date}T00:00:00Z`), at(`${date}T06:00:00Z`));
    expect([sundayLength('2026-03-22'), sundayLength('2026-03-29'), sundayLength('2026-10-25')]).toEqual([hours(2), hours(1), hours(3)]);
    expect(iso(addBusinessTime(nightShift, at('2026-03-28T12:00:00Z'), hours(0.5)))).toBe('2026-03-29T01:30:00.000Z');
  });

  it('counts backwards as negative, so an overdue target says by how much', () => {
    expect(businessDuration(londonDesk, at('2026-06-01T12:00:00Z'), at('2026-06-01T10:00:00Z'))).toBe(-hours(2));
  });

  it('refuses a week with no opening hours, rather than never falling due', () => {
    expect(() => businessCalendar({ timeZone: 'Europe/London', hours: { monday: [] }, holidays: [] })).toThrow(ClockSettingsError);
  });

  it('gives up on a due time more than ten years away instead of searching on', () => {
    const rarelyOpen = businessCalendar({ timeZone: 'UTC', hours: { monday: ['09:00-09:15'] }, holidays: [] });
    expect(() => addBusinessTime(rarelyOpen, at('2026-01-01T00:00:00Z'), hours(1000))).toThrow(BeyondClockHorizonError);
  });

  it('refuses a negative or endless duration', () => {
    expect(() => addBusinessTime(londonDesk, at('2026-06-01T08:00:00Z'), -1)).toThrow(RangeError);
    expect(() => addBusinessTime(londonDesk, at('2026-06-01T08:00:00Z'), Infinity)).toThrow(RangeError);
  });
});

describe('a business calendar from its settings', () => {
  it('names every bad setting by its path', () => {
    let error: unknown;
    try {
      businessCalendar({ timeZone: 'Europe/Londres', hours: { monday: ['17:00-09:00', '25:00-26:00'], tuesday: ['09:00-13:00', '12:00-17:00'], friday: ['9-17'] }, holidays: ['2026-02-30'] }, 'clock.calendar');
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ClockSettingsError);
    expect((error as ClockSettingsError).fields.map((field) => field.path)).toEqual([
      'clock.calendar.timeZone',
      'clock.calendar.hours.monday.0',
      'clock.calendar.hours.monday.1',
      'clock.calendar.hours.tuesday',
      'clock.calendar.hours.friday.0',
      'clock.calendar.holidays.0',
    ]);
    expect((error as Error).message).toContain('clock.calendar.timeZone: Not an IANA time zone the runtime knows: "Europe/Londres"');
  });

  it('takes several intervals a day and 24:00 as the end of the day', () => {
    const split = businessCalendar({ timeZone: 'Europe/London', hours: { monday: ['13:00-24:00', '08:00-12:00'] }, holidays: [] });
    expect(businessDuration(split, at('2026-06-01T00:00:00Z'), at('2026-06-02T00:00:00Z'))).toBe(hours(15));
    expect(isOpenAt(split, at('2026-06-01T11:30:00Z'))).toBe(false);
    expect(isOpenAt(split, at('2026-06-01T22:59:59Z'))).toBe(true);
  });
});
