import { beforeAll, describe, expect, it } from 'vitest';
import { signIn, ticketForm } from '../../support/api';
import type { ApiUser } from '../../support/api';

let customer: ApiUser;
let alice: ApiUser;
let bob: ApiUser;

beforeAll(async () => {
  [customer, alice, bob] = await Promise.all([signIn(), signIn({ agent: true }), signIn({ agent: true })]);
});

describe('two agents and a customer changing one ticket at once', () => {
  // Several tickets at once make real races likely, not just possible.
  it.each([1, 2, 3])('loses no write: the ticket and its timeline hold every change (round %i)', async () => {
    const created = await customer.post('/v1/tickets', ticketForm('general'));
    expect(created.status).toBe(201);
    const number: string = created.body.ticket.number;

    const answers = await Promise.all([
      alice.request('PATCH', `/v1/agent/tickets/${number}`, { body: { priority: 'high' } }),
      bob.post(`/v1/agent/tickets/${number}/status`, { status: 'in_progress', note: 'Looking into it' }),
      alice.post(`/v1/agent/tickets/${number}/messages`, { body: 'We are on it.' }),
      bob.post(`/v1/agent/tickets/${number}/messages`, { body: 'Escalated to payments.', internal: true }),
      customer.post(`/v1/tickets/${number}/messages`, { body: 'Any news?' }),
    ]);
    expect(answers.map((answer) => answer.status)).toEqual([200, 200, 201, 201, 201]);

    const detail = await alice.get(`/v1/agent/tickets/${number}`);
    expect(detail.body.ticket).toMatchObject({ priority: 'high', status: { code: 'in_progress' }, phase: 'open', version: 6 });
    expect(detail.body.messages.map((message: { body: string }) => message.body).sort()).toEqual(['Any news?', 'Escalated to payments.', 'We are on it.']);
    // The service levels' own events depend on which write came first; the changes' events do not.
    const events = detail.body.timeline.map((event: { kind: string }) => event.kind).filter((kind: string) => kind !== 'service_level');
    expect(events.sort()).toEqual(['created', 'message', 'message', 'message', 'priority', 'status']);
    expect(detail.body.ticket.serviceLevels).toEqual(expect.arrayContaining([expect.objectContaining({ target: 'firstReply', state: 'met' })]));
    const sorted = [...answers.map((answer) => answer.body.ticket.version)].sort();
    expect(sorted).toEqual([2, 3, 4, 5, 6]);
  });
});
