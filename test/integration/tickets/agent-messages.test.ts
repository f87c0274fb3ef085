import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { signIn, ticketForm } from '../../support/api';
import type { ApiUser } from '../../support/api';

let customer: ApiUser;
let agent: ApiUser;

async function openTicket(type: string, overrides: Record<string, unknown> = {}): Promise<string> {
  const response = await customer.post('/v1/tickets', ticketForm(type, overrides));
  expect(response.status).toBe(201);
  return response.body.ticket.number;
}

const asAgent = async (number: string) => (await agent.get(`/v1/agent/tickets/${number}`)).body;
const asCustomer = async (number: string) => (await customer.get(`/v1/tickets/${number}`)).body;
// What the messages did to the timeline; the service levels' events are theirs (test/integration/clock/service-levels.test.ts).
const kinds = (timeline: { kind: string }[]) => timeline.filter((event) => event.kind !== 'service_level').map((event) => event.kind);

beforeAll(async () => {
  [customer, agent] = await Promise.all([signIn(), signIn({ agent: true })]);
});

describe('an agent writing on a ticket', () => {
  it('sends a public reply that the customer reads in their thread, as the last reply by support', async () => {
    const number = await openTicket('payments');
    const reply = await agent.post(`/v1/agent/tickets/${number}/messages`, { body: 'Your payment went through this morning.' });
    expect(reply.status).toBe(201);
    expect(reply.body.message).toMatchObject({ body: 'Your payment went through this morning.', internal: false, from: 'support' });
    expect(reply.body.ticket).toMatchObject({ status: { code: 'open' }, lastReply: { at: reply.body.message.at, by: 'support' } });

    const mine = await asCustomer(number);
    expect(mine.ticket.lastReply).toEqual({ at: reply.body.message.at, by: 'support' });
    expect(mine.messages).toEqual([expect.objectContaining({ body: 'Your payment went through this morning.', from: 'support' })]);
    expect(mine.messages[0]).not.toHaveProperty('author');
    expect(kinds(mine.timeline)).toEqual(['created', 'message']);
    const myList = await customer.get('/v1/tickets?type=payments');
    expect(myList.body.tickets.find((row: { number: string }) => row.number === number).lastReply.by).toBe('support');
  });

  it('leaves an internal note that the customer never sees, in the thread or the timeline', async () => {
    const number = await openTicket('security');
    const note = await agent.post(`/v1/agent/tickets/${number}/messages`, { body: 'Login came from a known VPN.', internal: true });
    expect(note.status).toBe(201);
    expect(note.body.message).toMatchObject({ body: 'Login came from a known VPN.', internal: true });
    expect(note.body.ticket.lastReply).toBeNull();

    const mine = await asCustomer(number);
    expect(mine.messages).toEqual([]);
    expect(kinds(mine.timeline)).toEqual(['created']);
    expect(mine.ticket.lastReply).toBeNull();
    expect(JSON.stringify(mine)).not.toContain('known VPN');

    const theirs = await asAgent(number);
    expect(theirs.messages).toEqual([expect.objectContaining({ body: 'Login came from a known VPN.', internal: true })]);
    expect(kinds(theirs.timeline)).toEqual(['created', 'message']);
  });

  it('moves a general ticket to “Awaiting Your Reply” when the reply awaits the customer', async () => {
    const number = await openTicket('general');
    const reply = await agent.post(`/v1/agent/tickets/${number}/messages`, { body: 'Could you send a screenshot?', awaitReply: true });
    expect(reply.status).toBe(201);
    expect(reply.body.ticket.phase).toBe('awaiting_reply');
    expect(reply.body.ticket.status).toEqual({
      code: 'awaiting_your_reply',
      label: 'Awaiting Your Reply',
      meaning:
        'Your request has been reviewed but is pending further information to proceed. In these cases, it is necessary to verify the information requested by the service team, providing as much detail as possible',
    });
    const mine = await asCustomer(number);
    expect(mine.ticket).toMatchObject({ phase: 'awaiting_reply', status: { code: 'awaiting_your_reply' } });
    expect(mine.timeline.at(-1)).toMatchObject({ kind: 'status', before: { status: 'open' }, after: { status: 'awaiting_your_reply' } });
  });

  it('moves an account restoration ticket to “Additional information required from the customer”', async () => {
    const number = await openTicket('account_restoration');
    const reply = await agent.post(`/v1/agent/tickets/${number}/messages`, { body: 'Please send the last four digits of your card.', awaitReply: true });
    expect(reply.status).toBe(201);
    expect(reply.body.ticket.phase).toBe('awaiting_reply');
    expect(reply.body.ticket.status).toEqual({
      code: 'additional_information_required_from_the_customer',
      label: 'Additional information required from the customer',
      meaning: 'Additional information required',
    });
  });

  it('refuses with 422 to await the reply on a bug report, whose statuses never await the customer, and stores nothing', async () => {
    const number = await openTicket('bug_report');
    const refused = await agent.post(`/v1/agent/tickets/${number}/messages`, { body: 'Which version?', awaitReply: true });
    expect(refused.status).toBe(422);
    expect(refused.body.error.code).toBe('invalid_change');
    expect(refused.body.error.message).toMatch(/bug report ticket never awaits/);
    expect(refused.body.error.fields.map((field: { path: string }) => field.path)).toEqual(['awaitReply']);
    const theirs = await asAgent(number);
    expect(theirs.messages).toEqual([]);
    expect(theirs.ticket).toMatchObject({ status: { code: 'submitted' }, version: 1 });
  });

  it('refuses with 409 workflow_owns_status to await the reply on a refund, and stores nothing', async () => {
    const number = await openTicket('refund');
    const refused = await agent.post(`/v1/agent/tickets/${number}/messages`, { body: 'Send your receipt.', awaitReply: true });
    expect(refused.status).toBe(409);
    expect(refused.body.error.code).toBe('workflow_owns_status');
    expect(refused.body.error.message).toContain(number);
    // The refund's workflow writes its own events meanwhile; nothing of the agent's was stored.
    const theirs = await asAgent(number);
    expect(theirs.messages.filter((message: { author: { kind: string } }) => message.author.kind === 'agent')).toEqual([]);
    expect(theirs.timeline.filter((event: { actor: { kind: string } }) => event.actor.kind === 'agent')).toEqual([]);
  });

  it('replays the first response for a repeated Idempotency-Key and stores the message once', async () => {
    const number = await openTicket('api');
    const key = randomUUID();
    const body = { body: 'We raised your rate limit.' };
    const first = await agent.post(`/v1/agent/tickets/${number}/messages`, body, { 'Idempotency-Key': key });
    const again = await agent.post(`/v1/agent/tickets/${number}/messages`, body, { 'Idempotency-Key': key });
    expect(first.status).toBe(201);
    expect(again.status).toBe(201);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect(again.body).toEqual(first.body);

    const other = await agent.post(`/v1/agent/tickets/${number}/messages`, { body: 'Something else.' }, { 'Idempotency-Key': key });
    expect(other.status).toBe(422);
    expect(other.body.error.code).toBe('idempotency_key_reused');

    const theirs = await asAgent(number);
    expect(theirs.messages.map((message: { body: string }) => message.body)).toEqual(['We raised your rate limit.']);
    expect(kinds(theirs.timeline)).toEqual(['created', 'message']);
  });
});
