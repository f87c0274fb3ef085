import { describe, expect, it } from 'vitest';
import { parseClockSettings, type ClockSettings } from '../../../../functions/domain/clock/settings';
import { dueClockStep, fireClockStep, nextClockAt, withClock } from '../../../../functions/domain/clock/ticket-clock';
import { complaintsConcern, warningAt } from '../../../../functions/domain/clock/ticket-complaints';
import { respondToComplaint } from '../../../../functions/domain/complaints';
import { redact } from '../../../../functions/domain/redaction';
import { replyAsAgent } from '../../../../functions/domain/ticket';
import type { Actor, Ticket } from '../../../../functions/domain/types';
import { complaintMarked, paymentsTicket, sequentialIds } from '../../../fixtures/complaints';
import { londonDesk, londonDeskSettings } from './calendars';

const ids = sequentialIds();
const agent: Actor = { kind: 'agent', id: 'agent-1' };
const text = (value: string) => redact(value).text;

// Timers off, so that only the complaint's steps are due.
const settings: ClockSettings = parseClockSettings({
  timers: { autoCloseSolvedAfterDays: null, remindAwaitingAfterDays: null, solveAwaitingAfterDays: null },
  calendar: londonDeskSettings,
  complaints: { rule: 'psd2' },
});

const openedAt = '2026-05-01T09:00:00.000Z';
const receivedAt = '2026-05-01T14:00:00.000Z';
const opened = (): Ticket => paymentsTicket({ openedAt }, ids);
/** A ticket marked as a PSD2 complaint on Friday 1 May 2026: acknowledgement by 11 May, final response by 26 May (London). */
function complaint(): Ticket {
  return withClock(complaintMarked({ openedAt, markedAt: receivedAt, clock: settings }, ids), settings).ticket;
}

/** Fires everything due at `now` as the clock's tick does, one step at a time, each stored with its next timer. */
function tick(ticket: Ticket, now: string): { ticket: Ticket; fired: string[]; events: unknown[] } {
  const fired: string[] = [];
  const events: unknown[] = [];
  let current = ticket;
  for (let step = dueClockStep(current, settings, now); step; step = dueClockStep(current, settings, now)) {
    const change = withClock(fireClockStep(current, step, settings, now, ids), settings);
    fired.push(step.action);
    events.push(...change.events.map((event) => event.after));
    current = change.ticket;
  }
  return { ticket: current, fired, events };
}

describe('the complaints concern of the clock', () => {
  it('warns at the start of the business day before a deadline’s last day (2 business days left, by default)', () => {
    // 11 May 2026 is a Monday: the business day before is Friday 8 May (BST, so 23:00 UTC on the 7th).
    expect(warningAt(londonDesk, '2026-05-11', 2, receivedAt)).toBe('2026-05-07T23:00:00.000Z');
    // 26 May is a Tuesday after the bank holiday of Monday 25 May: the day before counted is Friday 22 May.
    expect(warningAt(londonDesk, '2026-05-26', 2, receivedAt)).toBe('2026-05-21T23:00:00.000Z');
    expect(warningAt(londonDesk, '2026-05-11', 1, receivedAt)).toBe('2026-05-10T23:00:00.000Z');
    expect(warningAt(londonDesk, '2026-05-04', 5, receivedAt)).toBe(receivedAt);
  });

  it('lists the ticket by its first warning, and has nothing due before it', () => {
    const ticket = complaint();
    expect(ticket.nextTimerAt).toBe('2026-05-07T23:00:00.000Z');
    expect(complaintsConcern.due(ticket, settings, '2026-05-07T22:59:59.000Z')).toBeUndefined();
    expect(complaintsConcern.due(ticket, settings, '2026-05-07T23:00:00.000Z')).toEqual({ concern: 'complaints', action: 'acknowledgement_warning', at: '2026-05-07T23:00:00.000Z' });
  });

  it('fires a warning and then a breach once each, a tick delivered twice firing nothing more', () => {
    const warned = tick(complaint(), '2026-05-08T08:00:00.000Z');
    expect(warned.fired).toEqual(['acknowledgement_warning']);
    expect(warned.events).toEqual([{ deadline: 'acknowledgement', state: 'warning', lastDay: '2026-05-11', dueAt: '2026-05-11T23:00:00.000Z' }]);
    expect(tick(warned.ticket, '2026-05-08T08:00:00.000Z').fired).toEqual([]);
    expect(warned.ticket.nextTimerAt).toBe('2026-05-11T23:00:00.000Z');
    const breached = tick(warned.ticket, '2026-05-12T08:00:00.000Z');
    expect(breached.fired).toEqual(['acknowledgement_breach']);
    expect(tick(breached.ticket, '2026-05-12T08:00:00.000Z').fired).toEqual([]);
    expect(breached.ticket.complaint?.alerts).toEqual([
      { deadline: 'acknowledgement', state: 'warning', dueAt: '2026-05-11T23:00:00.000Z' },
      { deadline: 'acknowledgement', state: 'breached', dueAt: '2026-05-11T23:00:00.000Z' },
    ]);
    expect(breached.ticket.nextTimerAt).toBe('2026-05-21T23:00:00.000Z');
  });

  it('fires only the breach of a deadline whose warning is past too (the clock was behind), in time order across deadlines', () => {
    const late = tick(complaint(), '2026-06-01T08:00:00.000Z');
    expect(late.fired).toEqual(['acknowledgement_breach', 'finalResponse_breach']);
    expect(late.ticket.nextTimerAt).toBeNull();
    expect(tick(late.ticket, '2026-07-01T08:00:00.000Z').fired).toEqual([]);
  });

  it('fires nothing for a deadline met by its response, and keeps the event internal to agents', () => {
    const ticket = complaint();
    const answeredAt = '2026-05-05T10:00:00.000Z';
    const replied = replyAsAgent(ticket, { body: text('Our final answer'), internal: false, awaitReply: false }, agent, answeredAt, ids);
    const answered = withClock(respondToComplaint(replied, 'final', londonDesk, answeredAt, ids), settings).ticket;
    expect(answered.nextTimerAt).toBeNull();
    expect(tick(answered, '2026-07-01T08:00:00.000Z').fired).toEqual([]);
    const fired = fireClockStep(ticket, dueClockStep(ticket, settings, '2026-05-08T08:00:00.000Z')!, settings, '2026-05-08T08:00:00.000Z', ids);
    expect(fired.events).toEqual([expect.objectContaining({ kind: 'complaint_deadline', internal: true, actor: { kind: 'system', id: 'clock' } })]);
    expect(fired.ticket.activityAt).toBe(ticket.activityAt);
  });

  it('warns and breaches again for the final response’s deadline a holding reply extended', () => {
    const heldAt = '2026-05-20T09:00:00.000Z';
    const replied = replyAsAgent(tick(complaint(), '2026-05-20T08:00:00.000Z').ticket, { body: text('We need more time'), internal: false, awaitReply: false }, agent, heldAt, ids);
    const held = withClock(respondToComplaint(replied, 'holding', londonDesk, heldAt, ids), settings).ticket;
    // Extended to 23 June: warned at the start of Monday 22 June.
    expect(held.nextTimerAt).toBe('2026-06-21T23:00:00.000Z');
    expect(tick(held, '2026-05-27T08:00:00.000Z').fired).toEqual([]);
    expect(tick(held, '2026-06-24T08:00:00.000Z').fired).toEqual(['finalResponse_breach']);
  });

  it('refuses to fire a step that is not due', () => {
    const ticket = complaint();
    expect(() => complaintsConcern.fire(ticket, { concern: 'complaints', action: 'finalResponse_breach', at: '2026-05-26T23:00:00.000Z' }, settings, '2026-05-08T08:00:00.000Z', ids)).toThrow(RangeError);
  });

  it('leaves a ticket that is no complaint alone', () => {
    expect(complaintsConcern.next(opened(), settings)).toBeNull();
    expect(complaintsConcern.due(opened(), settings, '2027-01-01T00:00:00.000Z')).toBeUndefined();
    expect(nextClockAt(opened(), settings)).toBeNull();
  });
});
