import { describe, expect, it } from 'vitest';
import { dueText, nearestDueText, spanText, type TargetClock } from '../../../web/src/console/due-text';

const now = Date.parse('2026-11-02T12:00:00.000Z');
const clock = (overrides: Partial<TargetClock>): TargetClock => ({
  target: 'firstReply',
  state: 'running',
  startedAt: '2026-11-02T09:00:00.000Z',
  dueAt: '2026-11-02T12:35:00.000Z',
  warningAt: '2026-11-02T11:00:00.000Z',
  warning: true,
  metAt: null,
  elapsedMs: 3 * 3_600_000,
  remainingMs: 35 * 60_000,
  ...overrides,
});

describe('the console’s words for a service level’s clock', () => {
  it('says a span in its largest whole unit, in the person’s language', () => {
    expect(spanText(35 * 60_000, 'en')).toBe('35 min');
    expect(spanText(30_000, 'en')).toBe('1 min');
    expect(spanText(2.5 * 3_600_000, 'en')).toBe('2 hr');
    expect(spanText(3 * 86_400_000, 'en')).toBe('3 days');
    expect(spanText(2 * 3_600_000, 'de')).toBe('2 Std.');
  });

  it('says when a running target is due, warning once past its warning time', () => {
    expect(dueText(clock({}), now, 'en')).toEqual({ text: 'Due in 35 min', at: '2026-11-02T12:35:00.000Z', tone: 'warning' });
    expect(dueText(clock({ warning: false }), now, 'en').tone).toBe('ok');
  });

  it('says how long ago a target was breached, and that a late one was met late', () => {
    expect(dueText(clock({ state: 'breached', dueAt: '2026-11-02T10:00:00.000Z' }), now, 'en')).toMatchObject({ text: 'Breached 2 hr ago', tone: 'breached' });
    expect(dueText(clock({ state: 'running', dueAt: '2026-11-02T11:50:00.000Z' }), now, 'en')).toMatchObject({ text: 'Breached 10 min ago', tone: 'breached' });
    expect(dueText(clock({ state: 'breached', metAt: '2026-11-02T11:00:00.000Z' }), now, 'en')).toMatchObject({ text: 'Breached, met late', at: '2026-11-02T11:00:00.000Z' });
  });

  it('says a paused target’s time left and a met one as met', () => {
    expect(dueText(clock({ state: 'paused', dueAt: null, remainingMs: 3 * 3_600_000 }), now, 'en')).toEqual({ text: 'Paused while awaiting the customer, 3 hr left', at: null, tone: 'paused' });
    expect(dueText(clock({ state: 'met', metAt: '2026-11-02T10:00:00.000Z' }), now, 'en')).toEqual({ text: 'Met', at: '2026-11-02T10:00:00.000Z', tone: 'ok' });
  });

  it('says a queue row’s nearest due time ahead or overdue, and a dash for none', () => {
    expect(nearestDueText('2026-11-02T12:35:00.000Z', now, 'en')).toBe('in 35 min');
    expect(nearestDueText('2026-11-02T10:00:00.000Z', now, 'en')).toBe('2 hr overdue');
    expect(nearestDueText(null, now, 'en')).toBe('—');
  });
});
