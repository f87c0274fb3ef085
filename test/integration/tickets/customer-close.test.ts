import { describe, expect, it } from 'vitest';
import { signIn, type ApiUser } from '../../support/api';
import { emailsTo, waitForEmail } from '../notifications/mailbox';
import { paddleSays, providerReference, untilStatus } from '../workflows/support';
import { agentMoves, agentView, agentWrites, customerView, expectStatus, listedNumbers, openTicket } from './customer-steps';

/*
 * Seed 000: "Click on the ticket subject ... as well as close it if it has been resolved." The
 * customer closes what is solved, a workflow's outcome included; the timeline and the email say so,
 * and nobody else can.
 */

const closedMeaning = 'This ticket is closed. If you need more help, please open a new ticket.';

const paddleRefund = (amount: string) => ({ details: { provider: 'paddle', transactionId: 'txn_01h8bkrkjyxgtnvwf9s8d1tqzn', amount, currency: 'USD' } });

/** The customer closes their ticket and answers the ticket as the API returned it. */
async function customerCloses(customer: ApiUser, number: string): Promise<any> {
  const response = await customer.post(`/v1/tickets/${number}/close`);
  expectStatus(response, 200);
  return response.body.ticket;
}

/** The emails the address got about one ticket, oldest first. */
async function emailsAbout(address: string, number: string) {
  return (await emailsTo(address)).filter((email) => email.subject.includes(`[Ticket ${number}]`));
}

describe('the customer closes what is solved', () => {
  it('lets Alice close the general ticket support resolved, and the timeline and her email say she closed it', async () => {
    const [alice, agent] = await Promise.all([signIn(), signIn({ agent: true })]);
    const { number, subject } = await openTicket(alice, 'general');
    await agentMoves(agent, number, 'resolved');

    const closed = await customerCloses(alice, number);

    expect(closed).toMatchObject({ number, phase: 'closed', status: { code: 'closed', label: 'Closed', meaning: closedMeaning } });
    const { ticket, timeline } = await customerView(alice, number);
    expect(ticket.phase).toBe('closed');
    expect(timeline.at(-1)).toMatchObject({ kind: 'status', actor: { kind: 'customer' }, before: { status: 'resolved' }, after: { status: 'closed' } });
    const theirs = await agentView(agent, number);
    expect(theirs.timeline.at(-1)).toMatchObject({ kind: 'status', actor: { kind: 'customer' }, after: { status: 'closed' } });
    const emails = await waitForEmail(alice.email, `[Ticket ${number}] ${subject}: Closed`);
    const email = emails.find((sent) => sent.subject === `[Ticket ${number}] ${subject}: Closed`)!;
    expect(email.body.text).toContain(`At your request, your ticket ${number} “${subject}” is now: Closed\n${closedMeaning}`);
  });

  it('lets Alice close her refund once Paddle approved it, though the workflow owns its statuses', async () => {
    const [alice, agent] = await Promise.all([signIn(), signIn({ agent: true })]);
    const { number } = await openTicket(alice, 'refund', { subject: 'Refund for a double charge', ...paddleRefund('29.00') });
    expect((await paddleSays({ adjustmentId: await providerReference(agent, number), status: 'approved' })).status).toBe(200);
    await untilStatus(agent, number, 'refund_approved');

    const closed = await customerCloses(alice, number);

    expect(closed).toMatchObject({ phase: 'closed', status: { code: 'closed' } });
    const { timeline } = await customerView(alice, number);
    expect(timeline.map((event: { after: { status?: string } }) => event.after.status)).toEqual(['submitted', 'in_progress', 'with_paddle', 'refund_approved', 'closed']);
    expect(timeline.at(-1)).toMatchObject({ actor: { kind: 'customer' } });
    const emails = await waitForEmail(alice.email, `[Ticket ${number}] Refund for a double charge: Closed`);
    expect(emails.find((email) => email.subject.endsWith(': Closed'))!.body.text).toContain('At your request, your ticket');
  });

  it('refuses to close a ticket still being worked on, saying where it stands, and changes nothing', async () => {
    const [alice, agent] = await Promise.all([signIn(), signIn({ agent: true })]);
    const { number } = await openTicket(alice, 'payments');
    await agentMoves(agent, number, 'in_progress');

    const refused = await alice.post(`/v1/tickets/${number}/close`);

    expectStatus(refused, 409);
    expect(refused.body.error).toMatchObject({ code: 'transition_not_allowed' });
    expect(refused.body.error.message).toContain(`Only a solved ticket can be closed; ticket ${number} is “In Progress”`);
    const { ticket, timeline } = await customerView(alice, number);
    expect(ticket).toMatchObject({ phase: 'open', status: { code: 'in_progress' }, version: 2 });
    expect(timeline.map((event: { after: { status?: string } }) => event.after.status)).toEqual(['open', 'in_progress']);
  });

  it('refuses to close a refund its workflow has not decided yet', async () => {
    const [alice, agent] = await Promise.all([signIn(), signIn({ agent: true })]);
    const { number } = await openTicket(alice, 'refund', paddleRefund('15.00'));
    await untilStatus(agent, number, 'with_paddle');

    const refused = await alice.post(`/v1/tickets/${number}/close`);

    expectStatus(refused, 409);
    expect(refused.body.error).toMatchObject({ code: 'transition_not_allowed', message: expect.stringContaining('“With Paddle” and still being worked on') });
    expect((await customerView(alice, number)).ticket.status.code).toBe('with_paddle');
  });

  it('answers a second close that the ticket is already closed', async () => {
    const [alice, agent] = await Promise.all([signIn(), signIn({ agent: true })]);
    const { number } = await openTicket(alice, 'api');
    await agentMoves(agent, number, 'resolved');
    await customerCloses(alice, number);

    const again = await alice.post(`/v1/tickets/${number}/close`);

    expectStatus(again, 409);
    expect(again.body.error.code).toBe('ticket_closed');
    expect((await customerView(alice, number)).timeline.filter((event: { after: { status?: string } }) => event.after.status === 'closed')).toHaveLength(1);
  });

  it('lets Bob neither see nor close Alice’s solved ticket, and tells him nothing of it', async () => {
    const [alice, bob, agent] = await Promise.all([signIn(), signIn(), signIn({ agent: true })]);
    const { number } = await openTicket(alice, 'general');
    await agentMoves(agent, number, 'resolved');

    const response = await bob.post(`/v1/tickets/${number}/close`);

    expectStatus(response, 404);
    expect(await listedNumbers(bob)).not.toContain(number);
    expect((await customerView(alice, number)).ticket).toMatchObject({ phase: 'solved', status: { code: 'resolved' } });
    await customerCloses(alice, number);
    await waitForEmail(alice.email, `[Ticket ${number}]`);
    expect(await emailsAbout(bob.email, number)).toEqual([]);
  });
});

describe('Last Reply: when the team last responded', () => {
  it('shows Alice when support last answered, not when she last wrote, and shows the agents both', async () => {
    const [alice, bob, agent] = await Promise.all([signIn(), signIn(), signIn({ agent: true })]);
    const { number } = await openTicket(alice, 'payments', { subject: 'Payout delayed' });
    const fresh = (await alice.get('/v1/tickets')).body.tickets.find((row: { number: string }) => row.number === number);
    expect(fresh.lastReply).toBeNull();

    const answer = await agentWrites(agent, number, { body: 'We are checking the payout.' });
    const written = await alice.post(`/v1/tickets/${number}/messages`, { body: 'Thanks, any news?' });
    expectStatus(written, 201);
    await agentWrites(agent, number, { body: 'Customer is a VIP.', internal: true });

    const row = (await alice.get('/v1/tickets')).body.tickets.find((candidate: { number: string }) => candidate.number === number);
    expect(row.lastReply).toEqual({ at: answer.message.at, by: 'support' });
    expect(row).not.toHaveProperty('customerLastWrote');
    const theirs = await agentView(agent, number);
    expect(theirs.ticket).toMatchObject({ lastReply: { at: answer.message.at, by: 'support' }, customerLastWrote: written.body.message.at });
    const me = await agent.get('/v1/me');
    const assigned = await agent.request('PATCH', `/v1/agent/tickets/${number}`, { body: { assignee: me.body.sub } });
    expectStatus(assigned, 200);
    const queue = await agent.get('/v1/agent/tickets?phase=open&assignee=me');
    expectStatus(queue, 200);
    expect(queue.body.tickets.find((candidate: { number: string }) => candidate.number === number)).toMatchObject({
      lastReply: { at: answer.message.at, by: 'support' },
      customerLastWrote: written.body.message.at,
    });
    expect(await listedNumbers(bob)).not.toContain(number);
  });

});
