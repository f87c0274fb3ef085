import { beforeAll, describe, expect, it } from 'vitest';
import { statusesOf } from '../../../functions/domain/catalog';
import { testDeploymentWording } from '../../support/test-deployment';
import type { TicketType } from '../../../functions/domain/types';
import { signIn } from '../../support/api';
import type { ApiUser } from '../../support/api';
import { until } from '../../support/eventually';
import { agentWrites } from '../tickets/customer-steps';
import { coinPaymentsRefund, coinPaymentsSays, j2txSays, openTicket, newProviderReference, paddleSays, providerReference, untilWaiting } from '../workflows/support';
import { asSentence } from '../../../functions/notifications/email-content';
import { emailsTo, platformSender, subjects, type SentEmail } from './mailbox';

/*
 * The emails of a workflow's life as its customer receives them. Each test drives one path of a
 * real state machine on the local cloud (fake providers, signed webhooks, agent decisions), then
 * reads the local SES store. Each customer is new, so their mailbox holds that test's emails only.
 */

let agent: ApiUser;

beforeAll(async () => {
  agent = await signIn({ agent: true });
});

/** Waits until an email's subject ends with `tail`, then answers the whole mailbox, oldest first. */
function untilEmailed(customer: ApiUser, tail: string): Promise<SentEmail[]> {
  return until(`an email "…: ${tail}" to ${customer.email}`, () => emailsTo(customer.email), (emails) =>
    emails.some((email) => email.subject.endsWith(`: ${tail}`)),
  );
}

/**
 * The whole mailbox once everything the workflow did has been told: a public reply written after
 * the last status is emailed after every change before it (the stream keeps a ticket's changes in
 * order), so a late or duplicate status email would show before it.
 */
async function mailboxAfterOutcome(customer: ApiUser, number: string, outcome: string): Promise<SentEmail[]> {
  await untilEmailed(customer, outcome);
  await agentWrites(agent, number, { body: 'Is there anything else we can help with?' });
  return untilEmailed(customer, `New reply from support (${outcome})`);
}

/**
 * Expects the confirmation, then one email per visible status change, in order, then the closing reply: each subject
 * names the ticket and the new label, each text part and HTML part says the label and the seed's
 * meaning of it.
 */
function expectStatusEmails(emails: readonly SentEmail[], ticket: { number: string; subject: string; type: TicketType }, labels: readonly string[]): void {
  const outcome = labels.at(-1)!;
  expect(subjects(emails)).toEqual(['Ticket received', ...labels, `New reply from support (${outcome})`].map((tail) => `[Ticket ${ticket.number}] ${ticket.subject}: ${tail}`));
  for (const [index, label] of labels.entries()) {
    const status = statusesOf(ticket.type, testDeploymentWording).find((candidate) => candidate.label === label);
    expect(status, `"${label}" is a ${ticket.type} status`).toBeDefined();
    const email = emails[index + 1]!;
    expect(email.from).toBe(platformSender);
    expect(email.body.text, `text of the "${label}" email`).toContain(`is now: ${label}\n${asSentence(status!.meaning)}\n`);
    expect(email.body.html, `HTML of the "${label}" email`).toContain(`is now: ${label}<br>\n${asSentence(status!.meaning)}</p>`);
  }
}

/** The email of the mailbox about `label` (the first, or the `nth` when the status comes back). */
function emailAbout(emails: readonly SentEmail[], label: string, nth = 1): SentEmail {
  const found = emails.filter((email) => email.subject.endsWith(`: ${label}`))[nth - 1];
  expect(found, `email ${nth} about "${label}"`).toBeDefined();
  return found!;
}

// One path at a time: the test cloud gives providers and people seconds to answer (test/fixtures/workflows/system.ts),
// which paths run side by side on a small machine can miss.
describe('emails of a workflow’s life', () => {
  it('tells a Paddle refund’s customer In progress, With Paddle and Refund approved, and sends nothing on Submitted', async () => {
    const customer = await signIn();
    const ticket = { type: 'refund', subject: 'Refund of my Paddle order' } as const;
    const number = await openTicket(customer, 'refund', { subject: ticket.subject, details: { provider: 'paddle', transactionId: 'txn_01h8bkrkjyxgtnvwf9s8d1tqzn', amount: '49.00', currency: 'USD' } });
    const adjustment = await providerReference(agent, number);

    expect((await paddleSays({ adjustmentId: adjustment, status: 'approved' })).status).toBe(200);

    const emails = await mailboxAfterOutcome(customer, number, 'Refund approved');
    // A new ticket is confirmed once, in its own words; "Submitted" is not a change, so it is not emailed as one.
    expectStatusEmails(emails, { ...ticket, number }, ['In progress', 'With Paddle', 'Refund approved']);
    expect(subjects(emails).filter((subject) => subject.endsWith(': Submitted'))).toEqual([]);
  });

  it('tells a CoinPayments refund’s customer With Compliance, With CoinPayments and Refund approved, without Compliance’s note', async () => {
    const customer = await signIn();
    const ticket = { type: 'refund', subject: 'Refund of my BTC payment' } as const;
    const number = await openTicket(customer, 'refund', { subject: ticket.subject, ...coinPaymentsRefund() });
    await untilWaiting(agent, number, 'compliance');
    expect((await agent.post(`/v1/agent/tickets/${number}/decision`, { decision: 'approve', note: 'Wallet screened: clean.' })).status).toBe(202);
    const payout = await providerReference(agent, number);

    expect((await coinPaymentsSays({ withdrawalId: payout, status: 2 })).status).toBe(200);

    const emails = await mailboxAfterOutcome(customer, number, 'Refund approved');
    expectStatusEmails(emails, { ...ticket, number }, ['In progress', 'With Compliance', 'With CoinPayments', 'Refund approved']);
    expect(JSON.stringify(emails)).not.toContain('Wallet screened');
  });

  it('tells a KYC customer what J2TX asked for, that their answer went back to J2TX, and KYC Approved', async () => {
    const customer = await signIn();
    const ticket = { type: 'kyc', subject: 'Verify my account' } as const;
    const number = await openTicket(customer, 'kyc', { subject: ticket.subject });
    const first = await providerReference(agent, number);
    await j2txSays({ applicationId: first, externalId: number, answer: 'needs_information', customerComment: 'Please send a recent proof of address.', internalComment: 'Utility bill older than 3 months.' });
    await untilWaiting(agent, number, 'customer');

    expect((await customer.post(`/v1/tickets/${number}/messages`, { body: 'My utility bill is at https://files.example/bill.pdf' })).status).toBe(201);
    const second = await newProviderReference(agent, number, first);
    await j2txSays({ applicationId: String(second), externalId: number, answer: 'approved' });

    const emails = await mailboxAfterOutcome(customer, number, 'KYC Approved');
    expectStatusEmails(emails, { ...ticket, number }, ['In progress', 'With J2TX', 'Additional information required from the customer', 'With J2TX', 'KYC Approved']);
    const asked = emailAbout(emails, 'Additional information required from the customer');
    expect(asked.body.text).toContain('What we need from you\n> Please send a recent proof of address.\n');
    expect(asked.body.html).toMatch(/<blockquote[^>]*>Please send a recent proof of address\.<\/blockquote>/);
    expect(emailAbout(emails, 'With J2TX', 2).body.text).not.toContain('utility bill');
    expect(JSON.stringify(emails)).not.toContain('older than 3 months');
  });

  it('tells a KYC customer why J2TX declined in general words, in the email and on the thread, when J2TX gave no reason', async () => {
    const customer = await signIn();
    const number = await openTicket(customer, 'kyc', { subject: 'Verify my identity' });
    const application = await providerReference(agent, number);

    expect((await j2txSays({ applicationId: application, externalId: number, answer: 'declined', internalComment: 'Selfie does not match the document.' })).status).toBe(200);

    const declined = emailAbout(await untilEmailed(customer, 'KYC Declined'), 'KYC Declined');
    const general = 'Our identity verification partner reviewed your application and could not approve it. If you have questions about this decision, please reply on your ticket.';
    expect(declined.body.text).toContain(`Support wrote\n> ${general}\n`);
    const mine = await customer.get(`/v1/tickets/${number}`);
    expect(mine.body.messages.map((message: { body: string }) => message.body)).toEqual([general]);
    expect(JSON.stringify([declined, mine.body])).not.toContain('Selfie');
  });

  it('tells a withdrawal’s customer With Finance, then Withdrawal completed with its reference in the same email', async () => {
    const customer = await signIn();
    const ticket = { type: 'withdrawal', subject: 'Withdraw my USDT' } as const;
    const number = await openTicket(customer, 'withdrawal', { subject: ticket.subject });
    await untilWaiting(agent, number, 'finance');

    expect((await agent.post(`/v1/agent/tickets/${number}/decision`, { decision: 'complete', note: 'Sent from the hot wallet.', reference: 'TX-4242' })).status).toBe(202);

    const emails = await mailboxAfterOutcome(customer, number, 'Withdrawal completed');
    expectStatusEmails(emails, { ...ticket, number }, ['In progress - 3Commas', 'With Finance', 'Withdrawal completed']);
    expect(emailAbout(emails, 'Withdrawal completed').body.text).toContain('Support wrote\n> Your withdrawal has been sent. Transaction reference: TX-4242\n');
    expect(JSON.stringify(emails)).not.toContain('hot wallet');
  });
});
