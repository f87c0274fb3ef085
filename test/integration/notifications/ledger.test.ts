import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { claimNotification, markFailed, markSent, type LedgerSubject } from '../../../functions/data/notification-ledger';
import { localNotificationClients } from './local-clients';

const { store } = localNotificationClients();
const leaseMs = 60_000;
const subjectOf = (): LedgerSubject => ({ eventId: `TEST-${randomUUID()}`, audience: 'customer', ticketNumber: '10000001', eventKey: 'EVENT#test' });
const at = (seconds: number) => new Date(Date.UTC(2030, 0, 1, 0, 0, seconds));

describe('the notification ledger', () => {
  it('lets exactly one of two simultaneous attempts claim a notification', async () => {
    const subject = subjectOf();

    const claims = await Promise.all([claimNotification(store, subject, at(0), leaseMs), claimNotification(store, subject, at(0), leaseMs)]);

    expect(claims.map((claim) => claim.kind).sort()).toEqual(['claimed', 'inFlight']);
  });

  it('answers alreadySent once the claimed notification was sent, at any later time', async () => {
    const subject = subjectOf();
    const claim = await claimNotification(store, subject, at(0), leaseMs);
    if (claim.kind !== 'claimed') throw new Error('not claimed');

    expect(await markSent(store, subject, claim.token, 'ses-1', at(1))).toBe(true);
    expect(await claimNotification(store, subject, at(2), leaseMs)).toEqual({ kind: 'alreadySent', messageId: 'ses-1' });
    expect(await claimNotification(store, subject, at(3600), leaseMs)).toEqual({ kind: 'alreadySent', messageId: 'ses-1' });
  });

  it('frees a notification at once when its send certainly failed', async () => {
    const subject = subjectOf();
    const first = await claimNotification(store, subject, at(0), leaseMs);
    if (first.kind !== 'claimed') throw new Error('not claimed');

    await markFailed(store, subject, first.token, 'ECONNREFUSED', true, at(1));

    expect(await claimNotification(store, subject, at(2), leaseMs)).toMatchObject({ kind: 'claimed', attempt: 2 });
  });

  it('keeps a notification whose send may have gone out until the lease ends, then lets another attempt take it', async () => {
    const subject = subjectOf();
    const first = await claimNotification(store, subject, at(0), leaseMs);
    if (first.kind !== 'claimed') throw new Error('not claimed');

    await markFailed(store, subject, first.token, 'TimeoutError', false, at(1));

    expect(await claimNotification(store, subject, at(30), leaseMs)).toMatchObject({ kind: 'inFlight' });
    const second = await claimNotification(store, subject, at(61), leaseMs);
    expect(second).toMatchObject({ kind: 'claimed', attempt: 2 });
    // The first attempt's claim is gone: it can no longer mark the notification as its own.
    expect(await markSent(store, subject, first.token, 'ses-late', at(62))).toBe(false);
  });
});
