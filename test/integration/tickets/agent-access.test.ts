import { beforeAll, describe, expect, it } from 'vitest';
import { signIn, ticketForm } from '../../support/api';
import type { ApiUser } from '../../support/api';

let customer: ApiUser;
let agent: ApiUser;
let number: string;

beforeAll(async () => {
  [customer, agent] = await Promise.all([signIn(), signIn({ agent: true })]);
  const created = await customer.post('/v1/tickets', ticketForm('bug_report', { subject: 'Charts do not load' }));
  expect(created.status).toBe(201);
  number = created.body.ticket.number;
});

describe('a customer on the agent routes', () => {
  const attempts: [string, string, () => unknown][] = [
    ['GET', '/v1/agent/tickets', () => undefined],
    ['GET', '/v1/agent/tickets/{n}', () => undefined],
    ['PATCH', '/v1/agent/tickets/{n}', () => ({ priority: 'critical', assignee: 'someone', reportStatus: 'report_in_progress' })],
    ['POST', '/v1/agent/tickets/{n}/messages', () => ({ body: 'I am support now', awaitReply: true })],
    ['POST', '/v1/agent/tickets/{n}/status', () => ({ status: 'in_progress', note: 'Taking it myself' })],
  ];

  it.each(attempts)('answers 403 to %s %s, saying the route is for support agents', async (method, path, body) => {
    const response = await customer.request(method, path.replace('{n}', number), { body: body() });
    expect(response.status).toBe(403);
    expect(response.body.error.code).toBe('forbidden');
    expect(response.body.error.message).toMatch(/support agents/i);
    expect(response.body.error.fields).toEqual([]);
  });

  it('answers 403 before looking at the body, so a customer learns nothing of what agents may send', async () => {
    const response = await customer.request('PATCH', `/v1/agent/tickets/${number}`, { body: { colour: 'blue' } });
    expect(response.status).toBe(403);
    expect(response.body.error.fields).toEqual([]);
  });

  it('changes nothing on the ticket, as an agent sees it afterwards', async () => {
    await Promise.all(attempts.map(([method, path, body]) => customer.request(method, path.replace('{n}', number), { body: body() })));
    const detail = await agent.get(`/v1/agent/tickets/${number}`);
    expect(detail.status).toBe(200);
    expect(detail.body.ticket).toMatchObject({ status: { code: 'submitted' }, priority: 'normal', assignee: null, reportStatus: null, lastReply: null, version: 1 });
    expect(detail.body.messages).toEqual([]);
    expect(detail.body.timeline.map((event: { kind: string }) => event.kind)).toEqual(['created']);
  });

  it('still lets the customer see their own ticket through the customer route', async () => {
    const mine = await customer.get(`/v1/tickets/${number}`);
    expect(mine.status).toBe(200);
    expect(mine.body.ticket.number).toBe(number);
  });
});
