import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isOpenAt } from '../../../../functions/domain/clock/business-calendar';
import { addBusinessTime, businessDuration } from '../../../../functions/domain/clock/business-time';
import type { Interval } from '../../../../functions/domain/clock/zone';
import { calendarAndInstant, durationArbitrary, hours, pausesAfter } from './calendars';

const runs = { numRuns: 150 };
const withPauses = fc.tuple(calendarAndInstant, durationArbitrary).chain(([{ calendar, instant: start }, duration]) => pausesAfter(start).map((pauses) => ({ calendar, start, duration, pauses })));
const pausedAt = (pauses: readonly Interval[], instant: number) => pauses.some((pause) => pause.start <= instant && instant < pause.end);
const dueOf = (due: number | null) => {
  if (due === null) throw new Error('a finite pause never stops the clock for good');
  return due;
};

describe('business time, on any calendar of any zone', () => {
  it('measures back the duration it added, with or without pauses', () => {
    fc.assert(
      fc.property(withPauses, ({ calendar, start, duration, pauses }) => {
        const due = dueOf(addBusinessTime(calendar, start, duration, pauses));
        expect(businessDuration(calendar, start, due, pauses)).toBe(duration);
      }),
      runs,
    );
  });

  it('puts a due time inside opening hours and outside pauses: the moment before it the clock was running', () => {
    fc.assert(
      fc.property(withPauses, ({ calendar, start, duration, pauses }) => {
        fc.pre(duration > 0);
        const due = dueOf(addBusinessTime(calendar, start, duration, pauses));
        expect(isOpenAt(calendar, due - 1)).toBe(true);
        expect(pausedAt(pauses, due - 1)).toBe(false);
        expect(due).toBeGreaterThan(start);
      }),
      runs,
    );
  });

  it('never brings a due time forward for a pause', () => {
    fc.assert(
      fc.property(withPauses, ({ calendar, start, duration, pauses }) => {
        expect(dueOf(addBusinessTime(calendar, start, duration, pauses))).toBeGreaterThanOrEqual(dueOf(addBusinessTime(calendar, start, duration)));
      }),
      runs,
    );
  });

  it('never makes a later start or a longer duration due earlier', () => {
    fc.assert(
      fc.property(calendarAndInstant, fc.integer({ min: 0, max: hours(72) }), durationArbitrary, fc.integer({ min: 0, max: hours(10) }), ({ calendar, instant: start }, delay, duration, more) => {
        const due = dueOf(addBusinessTime(calendar, start, duration));
        expect(dueOf(addBusinessTime(calendar, start + delay, duration))).toBeGreaterThanOrEqual(due);
        expect(dueOf(addBusinessTime(calendar, start, duration + more))).toBeGreaterThanOrEqual(due);
      }),
      runs,
    );
  });

  it('adds in steps what it adds at once', () => {
    fc.assert(
      fc.property(calendarAndInstant, durationArbitrary, durationArbitrary, ({ calendar, instant: start }, first, second) => {
        const halfway = dueOf(addBusinessTime(calendar, start, first));
        expect(addBusinessTime(calendar, halfway, second)).toBe(addBusinessTime(calendar, start, first + second));
      }),
      runs,
    );
  });

  it('measures a stretch as the sum of its parts, and backwards as the negative', () => {
    fc.assert(
      fc.property(calendarAndInstant, fc.integer({ min: 0, max: hours(200) }), fc.integer({ min: 0, max: hours(200) }), ({ calendar, instant: from }, first, second) => {
        const [middle, to] = [from + first, from + first + second];
        expect(businessDuration(calendar, from, middle) + businessDuration(calendar, middle, to)).toBe(businessDuration(calendar, from, to));
        expect(businessDuration(calendar, to, from)).toBe(-businessDuration(calendar, from, to));
        expect(businessDuration(calendar, from, to)).toBeLessThanOrEqual(to - from);
      }),
      runs,
    );
  });

  it('counts exactly the open instants: a stretch of minutes is all business time when open all along, none when closed', () => {
    fc.assert(
      fc.property(calendarAndInstant, ({ calendar, instant }) => {
        const minute = Math.floor(instant / 60_000) * 60_000;
        const measured = businessDuration(calendar, minute, minute + 60_000);
        // Calendars here open and close on quarter hours, so a whole minute is all open or all closed.
        expect(measured).toBe(isOpenAt(calendar, minute) ? 60_000 : 0);
      }),
      { numRuns: 300 },
    );
  });

  it('stops the clock for good at a pause that never ends', () => {
    fc.assert(
      fc.property(calendarAndInstant, durationArbitrary, fc.integer({ min: 0, max: hours(48) }), ({ calendar, instant: start }, duration, after) => {
        fc.pre(duration > 0);
        const pauses = [{ start: start + after, end: Infinity }];
        const due = addBusinessTime(calendar, start, duration, pauses);
        const available = businessDuration(calendar, start, start + after);
        if (available >= duration) expect(due).toBe(addBusinessTime(calendar, start, duration));
        else expect(due).toBeNull();
      }),
      runs,
    );
  });
});
