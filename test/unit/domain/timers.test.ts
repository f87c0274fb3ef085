import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { changeStatus, openTicket, replyAsAgent, replyAsCustomer } from '../../../functions/domain/ticket';
import { defaultTimerSettings, dueTimer, fireTimer, nextTimerAt, type TimerSettings } from '../../../functions/domain/timers';
import { redact } from '../../../functions/domain/redaction';
import type { Actor, Ticket, TicketType } from '../../../functions/domain/types';

let counter = 0;
const ids = () => `id-${++counter}`;
const agent: Actor = { kind: 'agent', id: 'agent-1' };
const customer: Actor = { kind: 'customer', id: 'customer-1' };
const text = (value: string) => redact(value).text;
const hours = (from: string, count: number) => new Date(Date.parse(from) + count * 3_600_000).toISOString();

function opened(type: TicketType = 'general', at = '2026-11-02T09:00:00.000Z'): Ticket {
  return openTicket(
    {
      openedBy: customer,
      number: '12345678',
      type,
      subject: text('Card declined'),
      description: text('It was declined'),
      priority: 'normal',
      details: {},
      requester: { sub: 'customer-1', email: 'c@example.com', owner: 'EMAIL#c@example.com', name: text('C') },
    },
    at,
    ids,
  ).ticket;
}

const solvedAt = '2026-11-02T10:00:00.000Z';
const solved = () => changeStatus(opened(), { to: 'resolved' }, agent, solvedAt, ids, { byWorkflow: false }).ticket;
const awaitingAt = '2026-11-02T10:00:00.000Z';
const awaiting = () => replyAsAgent(opened(), { body: text('Which card?'), internal: false, awaitReply: true }, agent, awaitingAt, ids).ticket;

/** Fires what is due at `now` as the clock would, with the next timer stored. */
function tick(ticket: Ticket, now: string, settings: TimerSettings = defaultTimerSettings) {
  const due = dueTimer(ticket, settings, now);
  if (!due) return { ticket, fired: undefined };
  const change = fireTimer(ticket, due, settings, now, ids);
  return { ticket: { ...change.ticket, nextTimerAt: nextTimerAt(change.ticket, settings) }, fired: change };
}

describe('the timers of a solved ticket', () => {
  it('warn the customer a day before the close, and close the ticket four days after it was solved, by the clock', () => {
    const ticket = solved();
    expect(nextTimerAt(ticket, defaultTimerSettings)).toBe('2026-11-05T10:00:00.000Z');
    expect(dueTimer(ticket, defaultTimerSettings, '2026-11-05T09:59:59.999Z')).toBeUndefined();
    const warned = tick(ticket, '2026-11-05T10:00:30.000Z');
    expect(warned.fired?.events).toMatchObject([{ kind: 'close_warning', actor: { kind: 'system', id: 'clock' }, internal: false, after: { closesAt: '2026-11-06T10:00:00.000Z' } }]);
    expect(warned.ticket.status).toBe('resolved');
    expect(warned.ticket.nextTimerAt).toBe('2026-11-06T10:00:00.000Z');
    expect(dueTimer(warned.ticket, defaultTimerSettings, '2026-11-06T09:59:00.000Z')).toBeUndefined();
    const closed = tick(warned.ticket, '2026-11-06T10:00:00.000Z');
    expect(closed.ticket).toMatchObject({ status: 'closed', phase: 'closed', nextTimerAt: null });
    expect(closed.fired?.events[0]).toMatchObject({ kind: 'status', before: { status: 'resolved' }, after: { status: 'closed' }, actor: { kind: 'system' }, note: 'Closed automatically 4 days after it was solved.' });
  });

  it('closes without a warning first when the tick comes after both are due', () => {
    expect(dueTimer(solved(), defaultTimerSettings, '2026-11-09T00:00:00.000Z')?.action).toBe('auto_close');
  });

  it('does nothing for a ticket reopened before its close', () => {
    const reopened = replyAsCustomer(solved(), text('Still broken'), customer, hours(solvedAt, 30), ids).ticket;
    expect(reopened.phase).toBe('open');
    expect(nextTimerAt(reopened, defaultTimerSettings)).toBeNull();
    expect(dueTimer(reopened, defaultTimerSettings, '2027-01-01T00:00:00.000Z')).toBeUndefined();
  });

  it('is off when auto-close is off, and closes without a warning when the warning is off', () => {
    expect(nextTimerAt(solved(), { ...defaultTimerSettings, autoCloseSolvedAfterDays: null })).toBeNull();
    expect(nextTimerAt(solved(), { ...defaultTimerSettings, closeWarningBeforeHours: null })).toBe('2026-11-06T10:00:00.000Z');
  });

  it('closes a workflow outcome too, since its workflow has ended', () => {
    const outcome: Ticket = { ...opened('refund'), status: 'refund_approved', phase: 'solved', statusSince: solvedAt };
    expect(nextTimerAt(outcome, defaultTimerSettings)).toBe('2026-11-05T10:00:00.000Z');
    expect(tick(tick(outcome, '2026-11-05T10:00:00.000Z').ticket, '2026-11-06T10:00:00.000Z').ticket.status).toBe('closed');
  });
});

describe('the timers of a ticket awaiting the customer', () => {
  it('remind the customer after three days and solve the ticket after seven', () => {
    const ticket = awaiting();
    expect(nextTimerAt(ticket, defaultTimerSettings)).toBe('2026-11-05T10:00:00.000Z');
    const reminded = tick(ticket, '2026-11-05T10:00:00.000Z');
    expect(reminded.fired?.events).toMatchObject([{ kind: 'reminder', after: { solvesAt: '2026-11-09T10:00:00.000Z' } }]);
    expect(reminded.ticket.nextTimerAt).toBe('2026-11-09T10:00:00.000Z');
    const solvedByClock = tick(reminded.ticket, '2026-11-09T10:00:00.000Z');
    expect(solvedByClock.ticket).toMatchObject({ status: 'resolved', phase: 'solved' });
    expect(solvedByClock.fired?.events[0]).toMatchObject({ kind: 'solved', actor: { kind: 'system', id: 'clock' } });
    // Solved by the clock, it then closes like any solved ticket.
    expect(solvedByClock.ticket.nextTimerAt).toBe('2026-11-12T10:00:00.000Z');
  });

  it('does nothing once the customer answered', () => {
    const answered = replyAsCustomer(awaiting(), text('The visa one'), customer, hours(awaitingAt, 1), ids).ticket;
    expect(nextTimerAt(answered, defaultTimerSettings)).toBeNull();
    expect(dueTimer(answered, defaultTimerSettings, '2027-01-01T00:00:00.000Z')).toBeUndefined();
  });

  it('waits afresh from a new question of support', () => {
    const askedAgain = replyAsAgent(awaiting(), { body: text('And the date?'), internal: false, awaitReply: true }, agent, hours(awaitingAt, 48), ids).ticket;
    expect(nextTimerAt(askedAgain, defaultTimerSettings)).toBe(hours(awaitingAt, 48 + 72));
  });

  it('leaves workflow tickets to their workflows', () => {
    const kyc: Ticket = { ...opened('kyc'), status: 'additional_information_required_from_the_customer', phase: 'awaiting_reply' };
    expect(nextTimerAt(kyc, defaultTimerSettings)).toBeNull();
  });
});

describe('the timers, for any ticket and settings', () => {
  const delay = fc.option(fc.integer({ min: 1, max: 30 }), { nil: null });
  const settingsArb = fc.record({ autoCloseSolvedAfterDays: delay, closeWarningBeforeHours: delay, remindAwaitingAfterDays: delay, solveAwaitingAfterDays: delay });
  const ticketArb = fc.constantFrom(solved, awaiting).map((make) => make());
  const minutesArb = fc.integer({ min: 0, max: 60 * 24 * 40 });

  it('never fire before the next timer, and after firing the next timer is later than the one fired', () => {
    fc.assert(
      fc.property(ticketArb, settingsArb, minutesArb, (ticket, settings, minutes) => {
        const next = nextTimerAt(ticket, settings);
        const now = new Date(Date.parse('2026-11-02T10:00:00.000Z') + minutes * 60_000).toISOString();
        const due = dueTimer(ticket, settings, now);
        if (next === null || now < next) {
          expect(due).toBeUndefined();
          return;
        }
        expect(due).toBeDefined();
        expect(due!.at <= now).toBe(true);
        const after = fireTimer(ticket, due!, settings, now, ids).ticket;
        // Fired once: what was due at `now` is done, whatever comes next is later than it.
        const again = dueTimer(after, settings, now);
        expect(again === undefined || again.action !== due!.action).toBe(true);
        const following = nextTimerAt(after, settings);
        expect(following === null || following > due!.at).toBe(true);
      }),
    );
  });
});
