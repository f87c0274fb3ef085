import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nextClockChange, serviceLevelClocks, type ClockEvent, type ServiceLevelTarget } from '../../../../functions/domain/clock/service-levels';
import { parseClockSettings } from '../../../../functions/domain/clock/settings';
import { calendarAndInstant, hours, londonDesk } from './calendars';

// The default targets: high is a first reply within 2 business hours, a resolution within 16; warnings at 75 %.
const { serviceLevels } = parseClockSettings(undefined);
const clocks = (events: ClockEvent[], now: string, priority: 'high' | 'low' = 'high') => serviceLevelClocks(londonDesk, serviceLevels, priority, events, now);
const clockOf = (target: ServiceLevelTarget, events: ClockEvent[], now: string) => clocks(events, now).find((clock) => clock.target === target);
const event = (target: ServiceLevelTarget, kind: ClockEvent['kind'], at: string): ClockEvent => ({ target, kind, at });

describe('service-level clocks', () => {
  // Friday 23 October 2026, 18:30 BST, after closing; the clocks go back on Sunday.
  const fridayEvening = [event('firstReply', 'started', '2026-10-23T17:30:00Z')];

  it('makes a high-priority first reply opened on Friday evening due two hours after Monday opens', () => {
    const clock = clockOf('firstReply', fridayEvening, '2026-10-24T12:00:00Z');
    expect(clock).toMatchObject({ state: 'running', dueAt: '2026-10-26T11:00:00.000Z', warningAt: '2026-10-26T10:30:00.000Z', warning: false, elapsedMs: 0, remainingMs: hours(2) });
  });

  it('warns after three quarters of the time and breaches only after the next opening', () => {
    expect(clockOf('firstReply', fridayEvening, '2026-10-26T08:59:00Z')).toMatchObject({ state: 'running', warning: false });
    expect(clockOf('firstReply', fridayEvening, '2026-10-26T10:30:00Z')).toMatchObject({ state: 'running', warning: true, remainingMs: hours(0.5) });
    expect(clockOf('firstReply', fridayEvening, '2026-10-26T11:00:00Z')).toMatchObject({ state: 'breached', warning: false, remainingMs: 0 });
    expect(clockOf('firstReply', fridayEvening, '2026-10-26T12:00:00Z')).toMatchObject({ state: 'breached', remainingMs: -hours(1) });
  });

  it('is met by a reply at or before its due time, and stays breached when the reply comes late', () => {
    const reply = (at: string) => [...fridayEvening, event('firstReply', 'met', at)];
    expect(clockOf('firstReply', reply('2026-10-26T11:00:00Z'), '2026-10-27T12:00:00Z')).toMatchObject({ state: 'met', metAt: '2026-10-26T11:00:00.000Z', elapsedMs: hours(2), warning: false });
    expect(clockOf('firstReply', reply('2026-10-26T11:00:01Z'), '2026-10-27T12:00:00Z')).toMatchObject({ state: 'breached', metAt: '2026-10-26T11:00:01.000Z' });
  });

  it('does not accrue while the ticket awaits the customer, and is due later by the time it was paused', () => {
    const awaiting = [event('resolution', 'started', '2026-06-01T08:00:00Z'), event('resolution', 'paused', '2026-06-01T09:00:00Z')];
    expect(clockOf('resolution', awaiting, '2026-06-10T12:00:00Z')).toMatchObject({ state: 'paused', dueAt: null, warningAt: null, warning: false, elapsedMs: hours(1), remainingMs: hours(15) });
    const resumed = [...awaiting, event('resolution', 'resumed', '2026-06-03T09:00:00Z')];
    // 15 hours left from Wednesday 10:00 BST: 7.5 that day, the other 7.5 by 16:30 BST on Thursday.
    expect(clockOf('resolution', resumed, '2026-06-03T12:00:00Z')).toMatchObject({ state: 'running', dueAt: '2026-06-04T15:30:00.000Z', elapsedMs: hours(4) });
  });

  it('stays breached when paused after its due time passed', () => {
    const late = [...fridayEvening, event('firstReply', 'paused', '2026-10-26T12:00:00Z')];
    expect(clockOf('firstReply', late, '2026-10-27T12:00:00Z')).toMatchObject({ state: 'breached', dueAt: '2026-10-26T11:00:00.000Z' });
  });

  it('warns while paused when the warning time had already passed', () => {
    const paused = [...fridayEvening, event('firstReply', 'paused', '2026-10-26T10:45:00Z')];
    expect(clockOf('firstReply', paused, '2026-10-27T12:00:00Z')).toMatchObject({ state: 'paused', warning: true, warningAt: '2026-10-26T10:30:00.000Z', dueAt: null });
  });

  it("starts a next reply again after each reply, and not again on the customer's second message", () => {
    const events = [
      event('nextReply', 'started', '2026-06-01T08:00:00Z'),
      event('nextReply', 'met', '2026-06-01T09:00:00Z'),
      event('nextReply', 'started', '2026-06-01T10:00:00Z'),
      event('nextReply', 'started', '2026-06-01T11:00:00Z'),
    ];
    expect(clockOf('nextReply', events, '2026-06-01T12:00:00Z')).toMatchObject({ state: 'running', startedAt: '2026-06-01T10:00:00.000Z', dueAt: '2026-06-01T14:00:00.000Z' });
  });

  it('takes events in time order, whatever order they are given in', () => {
    const events = [event('resolution', 'resumed', '2026-06-03T09:00:00Z'), event('resolution', 'paused', '2026-06-01T09:00:00Z'), event('resolution', 'started', '2026-06-01T08:00:00Z')];
    expect(clockOf('resolution', events, '2026-06-03T12:00:00Z')).toMatchObject({ dueAt: '2026-06-04T15:30:00.000Z' });
  });

  it('reports only targets that started and that the priority has', () => {
    const noResolutionForLow = parseClockSettings({ serviceLevels: { targets: { low: { resolution: null } } } }).serviceLevels;
    const events = [event('firstReply', 'started', '2026-06-01T08:00:00Z'), event('resolution', 'started', '2026-06-01T08:00:00Z')];
    expect(serviceLevelClocks(londonDesk, noResolutionForLow, 'low', events, '2026-06-01T09:00:00Z').map((clock) => clock.target)).toEqual(['firstReply']);
    expect(clocks([event('resolution', 'paused', '2026-06-01T08:00:00Z')], '2026-06-01T09:00:00Z')).toEqual([]);
  });

  it("tells when the ticket's timer must fire next: the nearest warning or due time still ahead of a running target", () => {
    const events = [...fridayEvening, event('resolution', 'started', '2026-10-23T17:30:00Z'), event('resolution', 'paused', '2026-10-23T17:40:00Z')];
    expect(nextClockChange(clocks(events, '2026-10-24T12:00:00Z'), '2026-10-24T12:00:00Z')).toBe('2026-10-26T10:30:00.000Z');
    expect(nextClockChange(clocks(events, '2026-10-26T10:30:00Z'), '2026-10-26T10:30:00Z')).toBe('2026-10-26T11:00:00.000Z');
    // Breached, and the paused resolution changes only when the customer answers.
    expect(nextClockChange(clocks(events, '2026-10-26T11:00:00Z'), '2026-10-26T11:00:00Z')).toBeNull();
  });

  it('refuses an instant that is not ISO 8601', () => {
    expect(() => clocks(fridayEvening, 'next Monday')).toThrow(RangeError);
  });

  it('never makes a target due sooner for pausing it, and always splits its time into used and left', () => {
    const pauseEvents = fc.array(fc.tuple(fc.integer({ min: 0, max: hours(100) }), fc.integer({ min: 1, max: hours(50) })), { maxLength: 3 });
    fc.assert(
      fc.property(calendarAndInstant, pauseEvents, fc.integer({ min: 0, max: hours(300) }), ({ calendar, instant: start }, pauses, later) => {
        const started = event('resolution', 'started', new Date(start).toISOString());
        const events = [started, ...pauses.flatMap(([after, length]) => [event('resolution', 'paused', new Date(start + after).toISOString()), event('resolution', 'resumed', new Date(start + after + length).toISOString())])];
        const now = new Date(start + hours(400) + later).toISOString();
        const [unpaused] = serviceLevelClocks(calendar, serviceLevels, 'high', [started], now);
        const [paused] = serviceLevelClocks(calendar, serviceLevels, 'high', events, now);
        expect(Date.parse(paused!.dueAt!)).toBeGreaterThanOrEqual(Date.parse(unpaused!.dueAt!));
        expect(paused!.elapsedMs + paused!.remainingMs).toBe(hours(16));
        expect(paused!.elapsedMs).toBeLessThanOrEqual(unpaused!.elapsedMs);
      }),
      { numRuns: 100 },
    );
  });
});
