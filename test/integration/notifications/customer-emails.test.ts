import { describe, expect, inject, it } from 'vitest';
import { statusOf } from '../../../functions/domain/catalog';
import { testDeploymentWording } from '../../support/test-deployment';
import type { TicketType } from '../../../functions/domain/types';
import { signIn, type ApiUser } from '../../support/api';
import { agentMoves, agentWrites, customerView, expectStatus, openTicket } from '../tickets/customer-steps';
import { asSentence } from '../../../functions/notifications/email-content';
import { afterConfirmation, emailsTo, platformSender, subjects, waitForEmail } from './mailbox';

// The local cloud's portal URL is its web app, which serves the pages emails link to.
const portalUrl = inject('localCloud').web;

/** A customer with one fresh ticket of the type, and an agent to work it. */
async function ticketOf(type: TicketType, overrides: Record<string, unknown> = {}): Promise<{ customer: ApiUser; agent: ApiUser; number: string; subject: string }> {
  const [customer, agent] = await Promise.all([signIn(), signIn({ agent: true })]);
  const ticket = await openTicket(customer, type, overrides);
  return { customer, agent, number: ticket.number, subject: ticket.subject };
}

describe('status change emails', () => {
  it.concurrent.each([
    ['general', ['in_progress']],
    ['payments', ['awaiting_your_reply']],
    ['bug_report', ['in_progress', 'with_engineering']],
    ['account_deletion', ['in_progress']],
    ['account_restoration', ['restoration_in_progress', 'restoration_need_more_time']],
  ] as const)('tells the requester of a %s ticket each new status, with its label and meaning', async (type, moves) => {
    const { customer, agent, number, subject } = await ticketOf(type);

    for (const status of moves) await agentMoves(agent, number, status);

    const last = statusOf(type, moves.at(-1)!, testDeploymentWording);
    const emails = afterConfirmation(await waitForEmail(customer.email, `: ${last.label}`), number);
    expect(subjects(emails)).toEqual(moves.map((status) => `[Ticket ${number}] ${subject}: ${statusOf(type, status, testDeploymentWording).label}`));
    for (const [index, status] of moves.entries()) {
      const { label, meaning } = statusOf(type, status, testDeploymentWording);
      const email = emails[index]!;
      expect(email.from).toBe(platformSender);
      expect(email.body.text).toContain(`is now: ${label}\n${asSentence(meaning)}\n`);
      expect(email.body.html).toContain(`is now: ${label}<br>`);
      expect(email.body.text).toContain(`View your ticket: ${portalUrl}/tickets/${number}`);
      expect(email.body.html).toContain(`<a href="${portalUrl}/tickets/${number}">`);
    }
  });

  it('tells the customer what was asked when the ticket needs more information from them', async () => {
    const { customer, agent, number } = await ticketOf('account_restoration');

    await agentWrites(agent, number, { body: 'Please send us the email address the account was registered with.', awaitReply: true });

    const label = 'Additional information required from the customer';
    const [email, ...others] = afterConfirmation(await waitForEmail(customer.email, label), number);
    expect(others).toEqual([]);
    expect(email!.body.text).toContain(`is now: ${label}\nAdditional information required.\n\nWhat we need from you\n> Please send us the email address the account was registered with.`);
  });

  it('confirms a status change the customer made themselves', async () => {
    const { customer, number } = await ticketOf('general');

    expectStatus(await customer.post(`/v1/tickets/${number}/solve`), 200);

    const emails = afterConfirmation(await waitForEmail(customer.email, ': Resolved'), number);
    expect(emails[0]!.body.text).toContain('Your request has been reviewed and finalized by the support team. You can reopen it for a new contact.');
  });
});

describe('reply emails', () => {
  it('brings the requester an excerpt of a public reply from support', async () => {
    const { customer, agent, number, subject } = await ticketOf('general');
    const reply = `Thanks for waiting. ${'We checked every payout of your account and found the delayed one. '.repeat(12)}The end.`;

    await agentWrites(agent, number, { body: reply });

    const [email, ...others] = afterConfirmation(await waitForEmail(customer.email, 'New reply from support'), number);
    expect(others).toEqual([]);
    expect(email!.subject).toBe(`[Ticket ${number}] ${subject}: New reply from support (Open)`);
    expect(email!.body.text).toContain('> Thanks for waiting. We checked every payout');
    expect(email!.body.text).not.toContain('The end.');
    expect(email!.body.text).toMatch(/…\n/);
  });

  it('sends nothing for internal notes, priority, assignee or report status changes', async () => {
    const { customer, agent, number } = await ticketOf('general');

    await agentWrites(agent, number, { body: 'Internal: the customer is a VIP.', internal: true });
    expectStatus(await agent.request('PATCH', `/v1/agent/tickets/${number}`, { body: { priority: 'high', assignee: 'agent-7', reportStatus: 'report_in_progress' } }), 200);
    // The stream is read in order: once this reply's email is there, the changes before it were handled.
    await agentWrites(agent, number, { body: 'We are on it.' });

    const emails = afterConfirmation(await waitForEmail(customer.email, 'New reply from support'), number);
    expect(subjects(emails)).toEqual([expect.stringContaining('New reply from support')]);
    expect(emails[0]!.body.text).not.toContain('VIP');
  });

  it('escapes what people typed in the HTML part and keeps it as typed in the text part', async () => {
    const typedSubject = 'Refund <b>now</b> & "quickly"';
    const { customer, agent, number } = await ticketOf('general', { subject: typedSubject, name: 'Eve <i>Example</i>' });
    const reply = 'Click <a href="https://evil.example">here</a> & <script>alert(1)</script>';

    await agentWrites(agent, number, { body: reply });

    const [email] = afterConfirmation(await waitForEmail(customer.email, 'New reply from support'), number);
    expect(email!.subject).toBe(`[Ticket ${number}] ${typedSubject}: New reply from support (Open)`);
    expect(email!.body.text).toContain(`> ${reply}`);
    expect(email!.body.text).toContain('Hello Eve <i>Example</i>,');
    const html = email!.body.html!;
    expect(html).toContain('Click &lt;a href=&quot;https://evil.example&quot;&gt;here&lt;/a&gt; &amp; &lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('Refund &lt;b&gt;now&lt;/b&gt; &amp; &quot;quickly&quot;');
    expect(html).toContain('Hello Eve &lt;i&gt;Example&lt;/i&gt;,');
    expect(html).not.toMatch(/<script|<a href="https:\/\/evil|<b>|<i>/);
  });
});

describe('emails tell what was true at their event', () => {
  it('tells a reply written while In Progress as In Progress, though the agent resolved the ticket right after', async () => {
    const { customer, agent, number, subject } = await ticketOf('general');

    await agentMoves(agent, number, 'in_progress');
    await agentWrites(agent, number, { body: 'We found your payout; it arrives today.' });
    await agentMoves(agent, number, 'resolved');

    const emails = afterConfirmation(await waitForEmail(customer.email, ': Resolved'), number);
    expect(subjects(emails)).toEqual([
      `[Ticket ${number}] ${subject}: In Progress`,
      `[Ticket ${number}] ${subject}: New reply from support (In Progress)`,
      `[Ticket ${number}] ${subject}: Resolved`,
    ]);
    expect(emails[1]!.body.text).toContain('> We found your payout; it arrives today.');
    expect(emails[1]!.body.text).toContain('Status: In Progress\n');
    expect(emails[2]!.body.text).toContain('is now: Resolved\n');
  });
});

describe('preferences', () => {
  it('sends no status email to a customer who turned them off, and still sends replies', async () => {
    const { customer, agent, number } = await ticketOf('general');
    // The confirmation is a status email too: it goes out before she turns them off, or the notifier
    // could read either preference depending on which lands first.
    await waitForEmail(customer.email, 'Ticket received');
    expectStatus(await customer.request('PUT', '/v1/me/preferences', { body: { emailOnStatusChange: false, emailOnReply: true } }), 200);

    await agentMoves(agent, number, 'in_progress');
    await agentWrites(agent, number, { body: 'Still looking into it.' });

    const emails = afterConfirmation(await waitForEmail(customer.email, 'New reply from support'), number);
    expect(subjects(emails)).toEqual([`[Ticket ${number}] Help with my general: New reply from support (In Progress)`]);
  });

  it('sends no reply email to a customer who turned them off, and still sends status changes', async () => {
    const { customer, agent, number } = await ticketOf('general');
    expectStatus(await customer.request('PUT', '/v1/me/preferences', { body: { emailOnStatusChange: true, emailOnReply: false } }), 200);

    await agentWrites(agent, number, { body: 'A reply nobody is emailed about.' });
    await agentMoves(agent, number, 'in_progress');

    const emails = afterConfirmation(await waitForEmail(customer.email, ': In Progress'), number);
    expect(subjects(emails)).toEqual([`[Ticket ${number}] Help with my general: In Progress`]);
    expect((await customerView(customer, number)).messages.map((message) => message.body)).toEqual(['A reply nobody is emailed about.']);
    expect(await emailsTo(customer.email)).toHaveLength(2);
  });
});
