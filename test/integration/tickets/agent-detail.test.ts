import { beforeAll, describe, expect, it } from 'vitest';
import { signIn, ticketForm } from '../../support/api';
import type { ApiUser } from '../../support/api';

let customer: ApiUser;
let agent: ApiUser;
const subOf = async (user: ApiUser): Promise<string> => (await user.get('/v1/me')).body.sub;
let customerSub: string;
let agentSub: string;

beforeAll(async () => {
  [customer, agent] = await Promise.all([signIn(), signIn({ agent: true })]);
  [customerSub, agentSub] = await Promise.all([subOf(customer), subOf(agent)]);
});

describe('a ticket as an agent sees it', () => {
  it('holds everything: requester id, assignee, internal notes and the full timeline with internal events', async () => {
    const created = await customer.post('/v1/tickets', ticketForm('account', { subject: 'Cannot change my email', phone: '+49 30 1234567' }));
    expect(created.status).toBe(201);
    const number: string = created.body.ticket.number;
    const note = await agent.post(`/v1/agent/tickets/${number}/messages`, { body: 'Customer verified on a call.', internal: true });
    expect(note.status).toBe(201);
    const assigned = await agent.request('PATCH', `/v1/agent/tickets/${number}`, { body: { assignee: 'agent-bob' } });
    expect(assigned.status).toBe(200);
    const reply = await agent.post(`/v1/agent/tickets/${number}/messages`, { body: 'We changed it for you.' });
    expect(reply.status).toBe(201);

    const detail = await agent.get(`/v1/agent/tickets/${number}`);
    expect(detail.status).toBe(200);
    expect(detail.body.ticket).toMatchObject({
      number,
      type: 'account',
      subject: 'Cannot change my email',
      description: 'Steps, what I expected and what happened.',
      priority: 'normal',
      phase: 'open',
      status: { code: 'open', label: 'Open', meaning: expect.stringMatching(/^The service or technical team is currently working on your request/) },
      reportStatus: null,
      details: {},
      requester: { name: 'Alice Example', email: customer.email, phone: '+49 30 1234567' },
      requesterId: customerSub,
      assignee: 'agent-bob',
      lastReply: { at: expect.any(String), by: 'support' },
      version: 4,
    });
    expect(detail.body.messages).toEqual([
      expect.objectContaining({ body: 'Customer verified on a call.', internal: true, from: 'support', author: { kind: 'agent', id: agentSub } }),
      expect.objectContaining({ body: 'We changed it for you.', internal: false, from: 'support' }),
    ]);
    expect(detail.body.timeline.filter((event: { kind: string }) => event.kind !== 'service_level').map((event: { kind: string; internal: boolean }) => [event.kind, event.internal])).toEqual([
      ['created', false],
      ['message', true],
      ['assignee', true],
      ['message', false],
    ]);
    expect(detail.body.timeline.filter((event: { kind: string }) => event.kind !== 'service_level')[2]).toMatchObject({
      actor: { kind: 'agent', id: agentSub },
      before: { assignee: null },
      after: { assignee: 'agent-bob' },
    });
  });

  it('answers 404 with the number for a ticket nobody has, and for something that is no ticket number', async () => {
    const unknown = await agent.get('/v1/agent/tickets/10000000');
    expect(unknown.status).toBe(404);
    expect(unknown.body.error).toEqual({ code: 'ticket_not_found', message: 'No ticket with number 10000000.', fields: [] });
    const malformed = await agent.get('/v1/agent/tickets/not-a-number');
    expect(malformed.status).toBe(404);
    expect(malformed.body.error.code).toBe('ticket_not_found');
  });
});
