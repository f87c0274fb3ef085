import { describe, expect, it } from 'vitest';
import { changeSnapshot } from '../../../functions/data/items/event';
import { parseClockSettings } from '../../../functions/domain/clock/settings';
import { withClock } from '../../../functions/domain/clock/ticket-clock';
import { rateTicket } from '../../../functions/domain/satisfaction/rating';
import { changeStatus } from '../../../functions/domain/ticket';
import type { Actor } from '../../../functions/domain/types';
import { teamAlertOf } from '../../../functions/notifications/compose';
import { noticesOf } from '../../../functions/notifications/notices';
import { redacted } from '../../support/redacted';
import { alicesTicket } from '../../fixtures/tickets';

let counter = 0;
const ids = () => `ID${String(++counter).padStart(4, '0')}`;
const agent: Actor = { kind: 'agent', id: 'agent-1' };
const customer: Actor = { kind: 'customer', id: 'sub-alice' };
const settings = parseClockSettings(undefined);

const opened = withClock(alicesTicket(ids), settings).ticket;
const solved = withClock(changeStatus(opened, { to: 'resolved' }, agent, '2030-01-02T10:00:00.000Z', ids, { byWorkflow: false }), settings).ticket;
const rated = (score: 'good' | 'bad', comment: string | null) => withClock(rateTicket(solved, { score, comment: comment === null ? null : redacted(comment) }, customer, '2030-01-02T11:00:00.000Z', ids), settings);

describe('a rating, to the team', () => {
  it('alerts the team of a bad rating, saying the customer commented without quoting them', () => {
    const change = rated('bad', 'My card number is still wrong');
    const notices = change.events.flatMap((event) => noticesOf(event));
    expect(notices).toEqual([{ audience: 'team', kind: 'badRating', withComment: true }]);
    const alert = teamAlertOf(notices[0] as Extract<(typeof notices)[number], { audience: 'team' }>, changeSnapshot(change));
    expect(alert.subject).toBe('Rated bad: ticket 48271935: Payout delayed');
    expect(alert.message).toContain('The customer of ticket 48271935 rated its solution bad, with a comment.');
    expect(alert.message).toContain('Status: Resolved');
    expect(alert.message).not.toContain('card number');
    expect(alert.attributes).toEqual({ ticketNumber: '48271935', priority: 'normal', reason: 'ratedBad' });
  });

  it('says nothing of a comment not given, and nothing at all of a good rating', () => {
    const bad = rated('bad', null);
    const [notice] = bad.events.flatMap((event) => noticesOf(event));
    expect(notice).toEqual({ audience: 'team', kind: 'badRating', withComment: false });
    expect(teamAlertOf(notice as Extract<typeof notice, { audience: 'team' }>, changeSnapshot(bad)).message).toContain('rated its solution bad.');
    expect(rated('good', 'Thanks!').events.flatMap((event) => noticesOf(event))).toEqual([]);
  });
});
