import { describe, expect, it } from 'vitest';
import { changeSnapshot } from '../../../functions/data/items/event';
import { defaultPreferences } from '../../../functions/data/preferences';
import { parseClockSettings } from '../../../functions/domain/clock/settings';
import { withClock } from '../../../functions/domain/clock/ticket-clock';
import { verifyRatingLink } from '../../../functions/domain/satisfaction/rating-link';
import { changeStatus } from '../../../functions/domain/ticket';
import type { Actor, Change } from '../../../functions/domain/types';
import { customerEmailOf } from '../../../functions/notifications/compose';
import { noticesOf } from '../../../functions/notifications/notices';
import { ratingLinkSigner } from '../../../functions/notifications/wiring';
import { alicesTicket } from '../../fixtures/tickets';

let counter = 0;
const ids = () => `ID${String(++counter).padStart(4, '0')}`;
const agent: Actor = { kind: 'agent', id: 'agent-1' };
const key = 'k'.repeat(64);
const settings = parseClockSettings(undefined);
const signer = ratingLinkSigner({ apiUrl: 'https://api.pay.example/', expiryDays: 14 }, async () => key);

const opened = withClock(alicesTicket(ids), settings).ticket;

/** The customer's email of a stored change, with the rating links the notifier would sign for it. */
async function emailOf(change: Change) {
  const stored = withClock(change, settings);
  const snapshot = changeSnapshot(stored);
  const [notice] = stored.events.flatMap((event) => noticesOf(event)).filter((each) => each.audience === 'customer');
  const rating = snapshot.ticket.phase === 'solved' && snapshot.ticket.solvedAt ? await signer(snapshot.ticket.number, snapshot.ticket.solvedAt) : undefined;
  return customerEmailOf(notice!, snapshot, defaultPreferences, 'https://help.pay.example', undefined, rating);
}

describe('the question of a solved ticket’s email', () => {
  it('asks "Was this helpful?" with a Good and a Bad link to the API, signed for this solve, in both parts', async () => {
    const email = await emailOf(changeStatus(opened, { to: 'resolved' }, agent, '2030-01-02T10:00:00.000Z', ids, { byWorkflow: false }));
    expect(email?.text).toContain('Was this helpful?');
    const good = /^Good: (https:\/\/api\.pay\.example\/v1\/ratings\/(\S+))$/m.exec(email!.text);
    const bad = /^Bad: (https:\/\/api\.pay\.example\/v1\/ratings\/(\S+))$/m.exec(email!.text);
    expect(verifyRatingLink(good![2]!, key, new Date('2030-01-02T10:00:00.000Z'))).toMatchObject({ number: '48271935', solvedAt: '2030-01-02T10:00:00.000Z', score: 'good', expiresAt: '2030-01-16T10:00:00.000Z' });
    expect(verifyRatingLink(bad![2]!, key, new Date('2030-01-02T10:00:00.000Z')).score).toBe('bad');
    expect(email?.html).toContain(`href="${good![1]}"`);
    expect(email?.html).toContain(`href="${bad![1]}"`);
  });

  it('is not asked when the ticket moves anywhere but solved', async () => {
    const email = await emailOf(changeStatus(opened, { to: 'in_progress' }, agent, '2030-01-02T10:00:00.000Z', ids, { byWorkflow: false }));
    expect(email?.text).not.toContain('Was this helpful?');
    expect(email?.text).not.toContain('/v1/ratings/');
  });
});
