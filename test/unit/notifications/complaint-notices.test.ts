import { describe, expect, it } from 'vitest';
import { changeSnapshot } from '../../../functions/data/items/event';
import { defaultPreferences } from '../../../functions/data/preferences';
import { parseClockSettings } from '../../../functions/domain/clock/settings';
import { dueClockStep, fireClockStep } from '../../../functions/domain/clock/ticket-clock';
import type { Change } from '../../../functions/domain/types';
import { customerEmailOf, teamAlertOf } from '../../../functions/notifications/compose';
import { noticesOf } from '../../../functions/notifications/notices';
import { complaintMarked, sequentialIds } from '../../fixtures/complaints';

const ids = sequentialIds();
const portalUrl = 'https://help.pay.example';
const settings = parseClockSettings({ complaints: { rule: 'psd2' } });
const markedAt = '2030-01-07T10:00:00.000Z';

const marked = (): Change =>
  complaintMarked({ number: '48271935', subject: 'Payout delayed', priority: 'high', openedAt: '2030-01-07T09:00:00.000Z', markedAt, clock: settings, reason: 'Nobody answers' }, ids);

describe('what a complaint tells the customer and the team', () => {
  it('emails the customer that their complaint is registered, when it was received and the day its final response is due by', () => {
    const change = marked();
    const notices = noticesOf(change.events[0]!);
    expect(notices).toEqual([{ audience: 'customer', kind: 'complaint', receivedAt: markedAt, finalResponseBy: '2030-01-28' }]);
    const email = customerEmailOf(notices[0] as Extract<(typeof notices)[number], { audience: 'customer' }>, changeSnapshot(change), defaultPreferences, portalUrl);
    expect(email?.subject).toBe('[Ticket 48271935] Payout delayed: Complaint registered');
    expect(email?.text).toContain('We have registered your complaint about ticket 48271935 “Payout delayed”, received on 2030-01-07 at 10:00 UTC.');
    expect(email?.text).toContain('You will have our final response by the end of 2030-01-28 at the latest.');
    expect(customerEmailOf(notices[0] as never, changeSnapshot(change), { emailOnStatusChange: false, emailOnReply: true }, portalUrl)).toBeUndefined();
  });

  it('alerts the team of a deadline’s breach, naming the ticket, the deadline and when it was due', () => {
    const ticket = marked().ticket;
    const now = '2030-01-15T09:00:00.000Z';
    const breach = fireClockStep(ticket, dueClockStep(ticket, settings, now)!, settings, now, ids);
    const [notice, ...others] = noticesOf(breach.events[0]!);
    expect(others).toEqual([]);
    expect(notice).toEqual({ audience: 'team', kind: 'complaintDeadline', deadline: 'acknowledgement', state: 'breached', lastDay: '2030-01-14', dueAt: '2030-01-15T00:00:00.000Z' });
    const alert = teamAlertOf(notice as Extract<typeof notice, { audience: 'team' }>, changeSnapshot(breach));
    expect(alert.subject).toBe('Complaint acknowledgement overdue: ticket 48271935: Payout delayed');
    expect(alert.message).toContain('Ticket 48271935 is a complaint whose acknowledgement deadline has passed without it: it was due by the end of 2030-01-14 (2030-01-15 at 00:00 UTC).');
    expect(alert.attributes).toEqual({ ticketNumber: '48271935', priority: 'high', reason: 'complaintDeadline' });
  });

  it('says a warning is due soon', () => {
    const ticket = marked().ticket;
    const now = '2030-01-13T09:00:00.000Z';
    const warning = fireClockStep(ticket, dueClockStep(ticket, settings, now)!, settings, now, ids);
    const [notice] = noticesOf(warning.events[0]!);
    const alert = teamAlertOf(notice as never, changeSnapshot(warning));
    expect(alert.subject).toBe('Complaint acknowledgement due soon: ticket 48271935: Payout delayed');
    expect(alert.message).toContain('is due by the end of 2030-01-14');
  });
});
