import { describe, expect, it } from 'vitest';
import { changeSnapshot } from '../../../functions/data/items/event';
import { defaultPreferences } from '../../../functions/data/preferences';
import { changeStatus, replyAsAgent, updateFields, type NewTicket } from '../../../functions/domain/ticket';
import { defaultTimerSettings, fireTimer } from '../../../functions/domain/timers';
import type { Actor, Change, Ticket, TicketEvent } from '../../../functions/domain/types';
import type { Wording } from '../../../functions/domain/catalog';
import { customerEmailOf, teamAlertOf } from '../../../functions/notifications/compose';
import { noticeOf, noticesOf } from '../../../functions/notifications/notices';
import { redacted } from '../../support/redacted';
import { alicesTicket } from '../../fixtures/tickets';

let counter = 0;
const ids = () => `ID${String(++counter).padStart(4, '0')}`;
const agent: Actor = { kind: 'agent', id: 'agent-1' };
const portalUrl = 'https://help.pay.example';
const onlyReplies = { emailOnStatusChange: false, emailOnReply: true };

function opened(overrides: Partial<NewTicket> = {}): Ticket {
  return opening(overrides).ticket;
}

function opening(overrides: Partial<NewTicket> = {}): Change {
  return alicesTicket(ids, overrides);
}

/** The email each event of a change makes, built from what that change stored with its events. */
function emailsOf(change: Change, preferences = defaultPreferences, wording?: Wording) {
  const snapshot = changeSnapshot(change);
  return change.events.flatMap((event: TicketEvent) =>
    noticesOf(event).flatMap((notice) => {
      if (notice.audience !== 'customer') return [];
      const email = customerEmailOf(notice, snapshot, preferences, portalUrl, wording);
      return email ? [email] : [];
    }),
  );
}

describe('the confirmation of a new ticket', () => {
  it('gives the requester the case number, the subject, where the ticket stands and its link', () => {
    const emails = emailsOf(opening());

    expect(emails.map((email) => email.subject)).toEqual(['[Ticket 48271935] Payout delayed: Ticket received']);
    expect(emails[0]?.text).toContain('We received your request and opened ticket 48271935 “Payout delayed”.\nYour case number is 48271935');
    expect(emails[0]?.text).toContain('Status: Open\nThe service or technical team is currently working on your request');
    expect(emails[0]?.text).toContain(`View your ticket: ${portalUrl}/tickets/48271935`);
  });

  it('says support opened it when an agent opened the ticket for the customer', () => {
    const change = opening();
    const bySupport: Change = { ...change, events: change.events.map((event) => ({ ...event, actor: agent })) };

    const [email] = emailsOf(bySupport);

    expect(email?.text).toContain('Our support team opened ticket 48271935 “Payout delayed” for you, so that we can track your case and keep you updated.');
  });

  it('names the files the customer attached to the description', () => {
    const change = opening();
    const screenshot = { id: 'F1', ticketNumber: '48271935', messageId: null, internal: false, name: 'screenshot.png', contentType: 'image/png', size: 48213, uploadedBy: 'sub-alice', attachedAt: '2030-01-01T09:00:00.000Z', state: 'checking', scan: null, scannedAt: null } as const;

    const [email] = emailsOf({ ...change, attachments: [screenshot] });

    expect(email?.text).toContain('Attached file\n- screenshot.png (');
    expect(email?.text).toContain('Open your ticket to download it.');
  });

  it('is not sent to a customer who turned status emails off', () => {
    expect(emailsOf(opening(), onlyReplies)).toEqual([]);
  });

  it('goes to the requester beside the team’s alert for a ticket opened critical', () => {
    const critical = opening({ priority: 'critical' });

    expect(noticesOf(critical.events[0]!).map((notice) => notice.audience)).toEqual(['customer', 'team']);
    expect(emailsOf(critical).map((email) => email.subject)).toEqual(['[Ticket 48271935] Payout delayed: Ticket received']);
  });
});

describe('emails built from the change their event was committed with', () => {
  it('tells a reply written while In Progress as In Progress, though the ticket was resolved right after', () => {
    const inProgress = changeStatus(opened(), { to: 'in_progress' }, agent, '2030-01-01T09:01:00.000Z', ids, { byWorkflow: false });
    const reply = replyAsAgent(inProgress.ticket, { body: redacted('We found the payout.'), internal: false, awaitReply: false }, agent, '2030-01-01T09:02:00.000Z', ids);
    const resolved = changeStatus(reply.ticket, { to: 'resolved' }, agent, '2030-01-01T09:02:00.001Z', ids, { byWorkflow: false });

    const [replyEmail] = emailsOf(reply);
    const [statusEmail] = emailsOf(resolved);

    expect(replyEmail?.subject).toBe('[Ticket 48271935] Payout delayed: New reply from support (In Progress)');
    expect(replyEmail?.text).toContain('> We found the payout.');
    expect(replyEmail?.text).toContain('Status: In Progress\n');
    expect(statusEmail?.subject).toBe('[Ticket 48271935] Payout delayed: Resolved');
  });

  it('names the status in the deployment’s own words, label and meaning', () => {
    const wording: Wording = { statuses: { '*': { resolved: { label: 'Solved', meaning: 'We finished your request.' } } } };
    const resolved = changeStatus(opened(), { to: 'resolved' }, agent, '2030-01-01T09:02:00.000Z', ids, { byWorkflow: false });

    const [email] = emailsOf(resolved, defaultPreferences, wording);

    expect(email?.subject).toBe('[Ticket 48271935] Payout delayed: Solved');
    expect(email?.text).toContain('is now: Solved\nWe finished your request.');
  });

  it('quotes the question in the status email of a reply that awaits the customer, and sends no separate reply email', () => {
    const asked = replyAsAgent(opened(), { body: redacted('Which wallet did you withdraw to?'), internal: false, awaitReply: true }, agent, '2030-01-01T09:02:00.000Z', ids);

    const emails = emailsOf(asked);

    expect(emails.map((email) => email.subject)).toEqual(['[Ticket 48271935] Payout delayed: Awaiting Your Reply']);
    expect(emails[0]?.text).toContain('What we need from you\n> Which wallet did you withdraw to?');
  });

  it('asks in general words when the status awaits the customer without a message of its change', () => {
    const moved = changeStatus(opened(), { to: 'awaiting_your_reply' }, agent, '2030-01-01T09:02:00.000Z', ids, { byWorkflow: false });

    const [email] = emailsOf(moved);

    expect(email?.text).toContain('What we need from you\nPlease reply on your ticket with the information we asked for');
  });

  it('sends the reply alone, with the status it brought, to a customer who wants only replies', () => {
    const asked = replyAsAgent(opened(), { body: redacted('Which wallet?'), internal: false, awaitReply: true }, agent, '2030-01-01T09:02:00.000Z', ids);

    const emails = emailsOf(asked, onlyReplies);

    expect(emails.map((email) => email.subject)).toEqual(['[Ticket 48271935] Payout delayed: New reply from support (Awaiting Your Reply)']);
  });

  it('sends nothing for an internal note, and nothing the preferences turn off', () => {
    const note = replyAsAgent(opened(), { body: redacted('VIP.'), internal: true, awaitReply: false }, agent, '2030-01-01T09:02:00.000Z', ids);
    const moved = changeStatus(opened(), { to: 'in_progress' }, agent, '2030-01-01T09:02:00.000Z', ids, { byWorkflow: false });

    expect(emailsOf(note)).toEqual([]);
    expect(changeSnapshot(note).message).toBeUndefined();
    expect(emailsOf(moved, onlyReplies)).toEqual([]);
  });

  it('alerts the team with the status and subject the ticket had when it was raised to critical', () => {
    const raised = updateFields(opened(), { priority: 'critical' }, agent, '2030-01-01T09:02:00.000Z', ids);
    const notice = noticeOf(raised.events[0]!);
    if (notice?.audience !== 'team') throw new Error('expected a team notice');

    const alert = teamAlertOf(notice, changeSnapshot(raised));

    expect(alert.subject).toBe('Critical ticket 48271935: Payout delayed');
    expect(alert.message).toContain('Status: Open\n');
    expect(alert.attributes).toEqual({ ticketNumber: '48271935', priority: 'critical', reason: 'raisedToCritical' });
  });

  it('names the status in the deployment’s words in the team’s alert', () => {
    const raised = updateFields(opened(), { priority: 'critical' }, agent, '2030-01-01T09:02:00.000Z', ids);
    const notice = noticeOf(raised.events[0]!);
    if (notice?.audience !== 'team') throw new Error('expected a team notice');

    expect(teamAlertOf(notice, changeSnapshot(raised), { statuses: { '*': { open: { label: 'Received' } } } }).message).toContain('Status: Received\n');
  });
});

describe('the clock’s emails', () => {
  const solvedAt = '2030-01-02T09:00:00.000Z';
  const solved = () => changeStatus(opened(), { to: 'resolved' }, agent, solvedAt, ids, { byWorkflow: false }).ticket;
  const awaiting = () => replyAsAgent(opened(), { body: redacted('Which card?'), internal: false, awaitReply: true }, agent, solvedAt, ids).ticket;

  it('warns the requester that their solved ticket closes by itself, and when', () => {
    const change = fireTimer(solved(), { action: 'close_warning', at: '2030-01-05T09:00:00.000Z' }, defaultTimerSettings, '2030-01-05T09:00:00.000Z', ids);
    const [email, ...others] = emailsOf(change);
    expect(others).toEqual([]);
    expect(email?.subject).toBe('[Ticket 48271935] Payout delayed: Closing soon');
    expect(email?.text).toContain('Your ticket 48271935 “Payout delayed” is Resolved, and it will close by itself on 2030-01-06 at 09:00 UTC.');
    expect(email?.text).toContain('If you still need help with it, reply on your ticket before then');
  });

  it('reminds the requester that support waits for their reply, and when the ticket will be solved without it', () => {
    const change = fireTimer(awaiting(), { action: 'reminder', at: '2030-01-05T09:00:00.000Z' }, defaultTimerSettings, '2030-01-05T09:00:00.000Z', ids);
    const [email] = emailsOf(change);
    expect(email?.subject).toBe('[Ticket 48271935] Payout delayed: Reminder: we are waiting for your reply');
    expect(email?.text).toContain('If we do not hear from you by 2030-01-09 at 09:00 UTC, we will consider the matter solved');
  });

  it('tells the requester their ticket was closed by the clock, in the status email', () => {
    const change = fireTimer(solved(), { action: 'auto_close', at: '2030-01-06T09:00:00.000Z' }, defaultTimerSettings, '2030-01-06T09:00:00.000Z', ids);
    expect(emailsOf(change).map((email) => email.subject)).toEqual(['[Ticket 48271935] Payout delayed: Closed']);
  });

  it('sends neither warning nor reminder to a customer who turned status emails off', () => {
    const warning = fireTimer(solved(), { action: 'close_warning', at: '2030-01-05T09:00:00.000Z' }, defaultTimerSettings, '2030-01-05T09:00:00.000Z', ids);
    const reminder = fireTimer(awaiting(), { action: 'reminder', at: '2030-01-05T09:00:00.000Z' }, defaultTimerSettings, '2030-01-05T09:00:00.000Z', ids);
    expect([...emailsOf(warning, onlyReplies), ...emailsOf(reminder, onlyReplies)]).toEqual([]);
  });
});
