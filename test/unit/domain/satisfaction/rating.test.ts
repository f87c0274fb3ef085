import { describe, expect, it } from 'vitest';
import { withClock } from '../../../../functions/domain/clock/ticket-clock';
import { parseClockSettings } from '../../../../functions/domain/clock/settings';
import { changeStatus, openTicket, reopen } from '../../../../functions/domain/ticket';
import { isRatable, rateTicket } from '../../../../functions/domain/satisfaction/rating';
import { AlreadyRatedError, RatingLinkOutdatedError, TicketNotSolvedError } from '../../../../functions/domain/satisfaction/rating-errors';
import { redact } from '../../../../functions/domain/redaction';
import type { Actor, Change, Ticket } from '../../../../functions/domain/types';

let counter = 0;
const ids = () => `id-${++counter}`;
const agent: Actor = { kind: 'agent', id: 'agent-1' };
const customer: Actor = { kind: 'customer', id: 'customer-1' };
const text = (value: string) => redact(value).text;
const settings = parseClockSettings(undefined);
/** A change as a write stores it: through the clock's concerns, satisfaction's among them. */
const stored = (change: Change) => withClock(change, settings).ticket;

const opened = (): Ticket =>
  stored(
    openTicket(
      {
        openedBy: customer,
        number: '12345678',
        type: 'general',
        subject: text('Card declined'),
        description: text('It was declined'),
        priority: 'normal',
        details: {},
        requester: { sub: 'customer-1', email: 'c@example.com', owner: 'EMAIL#c@example.com', name: text('C') },
      },
      '2026-11-02T09:00:00.000Z',
      ids,
    ),
  );
const solvedAt = '2026-11-02T10:00:00.000Z';
const solved = () => stored(changeStatus({ ...opened(), assignee: 'agent-1' }, { to: 'resolved' }, agent, solvedAt, ids, { byWorkflow: false }));

describe('a satisfaction rating', () => {
  it('is asked of a solved ticket, for the instant it entered solved', () => {
    expect(opened().solvedAt).toBeUndefined();
    expect(isRatable(opened())).toBe(false);
    expect(solved().solvedAt).toBe(solvedAt);
    expect(isRatable(solved())).toBe(true);
  });

  it('is stored on the ticket with a public rated event, with the assignee of the time', () => {
    const change = rateTicket(solved(), { score: 'good', comment: text('Quick, thanks') }, customer, '2026-11-03T08:00:00.000Z', ids);
    expect(change.ticket.rating).toEqual({ score: 'good', comment: 'Quick, thanks', at: '2026-11-03T08:00:00.000Z', solvedAt, assignee: 'agent-1' });
    expect(change.events).toEqual([expect.objectContaining({ kind: 'rated', actor: customer, internal: false, after: { score: 'good', comment: 'Quick, thanks', solvedAt } })]);
    expect(change.ticket.version).toBe(solved().version + 1);
    expect(isRatable(stored(change))).toBe(false);
  });

  it('is given once per solve', () => {
    const rated = stored(rateTicket(solved(), { score: 'bad', comment: null }, customer, '2026-11-03T08:00:00.000Z', ids));
    expect(() => rateTicket(rated, { score: 'good', comment: null }, customer, '2026-11-03T08:01:00.000Z', ids)).toThrow(AlreadyRatedError);
    expect(() => rateTicket(rated, { score: 'good', comment: null }, customer, '2026-11-03T08:01:00.000Z', ids, solvedAt)).toThrow(AlreadyRatedError);
  });

  it('is refused on a ticket not solved, and asked again when a reopened ticket is solved again', () => {
    expect(() => rateTicket(opened(), { score: 'good', comment: null }, customer, solvedAt, ids)).toThrow(TicketNotSolvedError);
    const rated = stored(rateTicket(solved(), { score: 'bad', comment: null }, customer, '2026-11-03T08:00:00.000Z', ids));
    const reopened = stored(reopen(rated, customer, '2026-11-03T09:00:00.000Z', ids));
    expect(reopened.solvedAt).toBeNull();
    expect(() => rateTicket(reopened, { score: 'good', comment: null }, customer, '2026-11-03T09:30:00.000Z', ids, solvedAt)).toThrow(TicketNotSolvedError);
    const again = stored(changeStatus(reopened, { to: 'resolved' }, agent, '2026-11-04T10:00:00.000Z', ids, { byWorkflow: false }));
    expect(isRatable(again)).toBe(true);
    // The first solve's link names a solve that is over.
    expect(() => rateTicket(again, { score: 'good', comment: null }, customer, '2026-11-04T11:00:00.000Z', ids, solvedAt)).toThrow(RatingLinkOutdatedError);
    expect(rateTicket(again, { score: 'good', comment: null }, customer, '2026-11-04T11:00:00.000Z', ids, '2026-11-04T10:00:00.000Z').ticket.rating?.solvedAt).toBe('2026-11-04T10:00:00.000Z');
  });

  it('may still be given for the solve a ticket was closed from, but not for a ticket closed without one', () => {
    const closed = stored(changeStatus(solved(), { to: 'closed' }, agent, '2026-11-06T10:00:00.000Z', ids, { byWorkflow: false }));
    expect(closed.solvedAt).toBe(solvedAt);
    expect(rateTicket(closed, { score: 'good', comment: null }, customer, '2026-11-07T10:00:00.000Z', ids, solvedAt).ticket.rating?.score).toBe('good');
    const closedUnsolved = stored(changeStatus(opened(), { to: 'closed' }, agent, '2026-11-06T10:00:00.000Z', ids, { byWorkflow: false }));
    expect(() => rateTicket(closedUnsolved, { score: 'good', comment: null }, customer, '2026-11-07T10:00:00.000Z', ids)).toThrow(TicketNotSolvedError);
  });
});
