import { beforeAll, describe, expect, inject, it } from 'vitest';
import { statusOf } from '../../../functions/domain/catalog';
import { asSentence } from '../../../functions/notifications/email-content';
import { signIn, type ApiUser } from '../../support/api';
import { expectStatus, openTicket } from '../tickets/customer-steps';
import { coinPaymentsRefund, paddleSays, providerReference, untilWaiting } from '../workflows/support';
import { emailsTo, platformSender, waitForEmail, type SentEmail } from './mailbox';

/*
 * What the customer is told by email, walked as the seeds' journeys: the confirmation of a new
 * ticket with its case number, the reason with every refusal, and emails that read as the
 * platform's own. Each customer is new, so their mailbox holds that journey's emails only.
 */

// The local cloud's portal URL is its web app, which serves the pages emails link to.
const portalUrl = inject('localCloud').web;

let agent: ApiUser;

beforeAll(async () => {
  agent = await signIn({ agent: true });
});

/** The one email of the mailbox whose subject ends with `tail`. */
function emailEndingWith(emails: readonly SentEmail[], tail: string): SentEmail {
  const found = emails.filter((email) => email.subject.endsWith(`: ${tail}`));
  expect(found.map((email) => email.subject)).toHaveLength(1);
  return found[0]!;
}

/** What another customer sees of a ticket that is not theirs: no email about it, and no ticket. */
async function expectOthersSeeNothingOf(other: ApiUser, number: string): Promise<void> {
  expect((await emailsTo(other.email)).filter((email) => email.subject.includes(`[Ticket ${number}]`))).toEqual([]);
  expectStatus(await other.get(`/v1/tickets/${number}`), 404);
}

// Each test works on tickets of its own, so they run at once.
describe.concurrent('the confirmation of a new ticket', () => {
  it('sends Alice the case number of the ticket she opened, with its subject, where it stands and its link', async () => {
    const [alice, bob] = await Promise.all([signIn(), signIn()]);
    const ticket = await openTicket(alice, 'general', { subject: 'My payout has not arrived' });

    const [email, ...others] = await waitForEmail(alice.email, 'Ticket received');

    expect(others).toEqual([]);
    expect(email!.subject).toBe(`[Ticket ${ticket.number}] My payout has not arrived: Ticket received`);
    const open = statusOf('general', 'open');
    expect(email!.body.text).toContain(`We received your request and opened ticket ${ticket.number} “My payout has not arrived”.\nYour case number is ${ticket.number}`);
    expect(email!.body.text).toContain(`Status: ${open.label}\n${asSentence(open.meaning)}\n`);
    expect(email!.body.text).toContain(`View your ticket: ${portalUrl}/tickets/${ticket.number}`);
    await expectOthersSeeNothingOf(bob, ticket.number);
  });

  it('comes from the platform by name, and its footer links the preferences page, the only other page an email links', async () => {
    const alice = await signIn();
    const ticket = await openTicket(alice, 'general');

    const [email] = await waitForEmail(alice.email, 'Ticket received');

    expect(email!.from).toBe(platformSender);
    const footer = `You can turn confirmation and status change emails off in your notification preferences: ${portalUrl}/preferences\n`;
    expect(email!.body.text?.slice(-footer.length)).toBe(footer);
    const links = [...email!.body.html!.matchAll(/href="([^"]*)"/g)].map((match) => match[1]);
    expect(links).toEqual([`${portalUrl}/tickets/${ticket.number}`, `${portalUrl}/preferences`]);
  });

  it('is not sent to a customer who turned status emails off', async () => {
    const alice = await signIn();
    expectStatus(await alice.request('PUT', '/v1/me/preferences', { body: { emailOnStatusChange: false, emailOnReply: true } }), 200);
    const ticket = await openTicket(alice, 'general');

    // The stream keeps a ticket's changes in order: once this reply is emailed, the creation was handled.
    expectStatus(await agent.post(`/v1/agent/tickets/${ticket.number}/messages`, { body: 'We are looking into it.' }), 201);
    const emails = await waitForEmail(alice.email, 'New reply from support');

    expect(emails.map((email) => email.subject)).toEqual([`[Ticket ${ticket.number}] ${ticket.subject}: New reply from support (Open)`]);
  });
});

// One workflow at a time: the test cloud gives providers and people seconds to answer
// (test/fixtures/workflows/system.ts), which paths run side by side on a small machine can miss.
describe('reasons with refusals', () => {
  it('tells Alice why her refund was rejected when Paddle rejects it, without the reason Paddle keeps for its dashboard', async () => {
    const [alice, bob] = await Promise.all([signIn(), signIn()]);
    const number = (await openTicket(alice, 'refund', { details: { provider: 'paddle', transactionId: 'txn_01h8bkrkjyxgtnvwf9s8d1tqzn', amount: '49.00', currency: 'USD' } })).number as string;
    const adjustment = await providerReference(agent, number);

    expect((await paddleSays({ adjustmentId: adjustment, status: 'rejected', reason: 'Adjustment internal ref 7731' })).status).toBe(200);

    const rejected = emailEndingWith(await waitForEmail(alice.email, ': Refund rejected'), 'Refund rejected');
    expect(rejected.body.text).toContain('is now: Refund rejected\nYour refund request has been reviewed and no refund is due.\n');
    expect(rejected.body.text).toContain('> Paddle, the payment provider that processed your payment, declined the refund, so we could not return this payment.');
    expect(JSON.stringify(rejected)).not.toContain('internal ref 7731');
    await expectOthersSeeNothingOf(bob, number);
  });

  it('tells the customer the reason compliance wrote for them, never compliance’s internal note', async () => {
    const [alice, bob] = await Promise.all([signIn(), signIn()]);
    const number = (await openTicket(alice, 'refund', coinPaymentsRefund())).number as string;
    await untilWaiting(agent, number, 'compliance');

    const decision = { decision: 'reject', note: 'Screening hit on the wallet cluster.', reason: 'The refund address could not be confirmed as belonging to you.' };
    expectStatus(await agent.post(`/v1/agent/tickets/${number}/decision`, decision), 202);

    const rejected = emailEndingWith(await waitForEmail(alice.email, ': Refund rejected'), 'Refund rejected');
    expect(rejected.body.text).toContain('> The refund address could not be confirmed as belonging to you.');
    expect(JSON.stringify(rejected)).not.toContain('Screening hit');
    expect((await alice.get(`/v1/tickets/${number}`)).body.messages.map((message: { body: string }) => message.body)).toContain('The refund address could not be confirmed as belonging to you.');
    await expectOthersSeeNothingOf(bob, number);
  });

  it('tells a withdrawal’s customer in general words that finance cancelled it, when finance wrote no reason for them', async () => {
    const [alice, bob] = await Promise.all([signIn(), signIn()]);
    const number = (await openTicket(alice, 'withdrawal')).number as string;
    await untilWaiting(agent, number, 'finance');

    expectStatus(await agent.post(`/v1/agent/tickets/${number}/decision`, { decision: 'cancel', note: 'Hot wallet short of USDT today.' }), 202);

    const cancelled = emailEndingWith(await waitForEmail(alice.email, ': Withdrawal cancelled'), 'Withdrawal cancelled');
    expect(cancelled.body.text).toContain('> Our finance team reviewed your withdrawal and could not send it.');
    expect(JSON.stringify(cancelled)).not.toContain('Hot wallet');
    await expectOthersSeeNothingOf(bob, number);
  });
});
