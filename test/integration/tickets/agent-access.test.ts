import { beforeAll, describe, expect, it } from 'vitest';
import { signIn, ticketForm } from '../../support/api';
import type { ApiUser } from '../../support/api';
import { routes } from '../../../functions/api/routes';
import type { RouteFunction } from '../../../functions/api/routes';

let customer: ApiUser;
let agent: ApiUser;
let number: string;

beforeAll(async () => {
  [customer, agent] = await Promise.all([signIn(), signIn({ agent: true })]);
  const created = await customer.post('/v1/tickets', ticketForm('bug_report', { subject: 'Charts do not load' }));
  expect(created.status).toBe(201);
  number = created.body.ticket.number;
});

/** The routes the route table keeps for agents, by the name of the function that serves each. */
type AgentRoute = { [K in RouteFunction]: (typeof routes)[K]['auth'] extends 'agent' ? K : never }[RouteFunction];

/**
 * A body an agent could send to each agent route, so that a route that let a customer through would
 * change something. Typed by the route table: a new agent route does not compile until it has one here.
 */
const agentBodies: Record<AgentRoute, (() => unknown) | undefined> = {
  listQueue: undefined,
  countQueue: undefined,
  openTicketForCustomer: () => ({ type: 'general', email: 'victim@example.com', name: 'Victim', subject: 'Opened by a customer', description: 'Should be refused.', message: 'Hello' }),
  getTicketAsAgent: undefined,
  updateTicket: () => ({ priority: 'critical', assignee: 'someone', reportStatus: 'report_in_progress' }),
  replyAsAgent: () => ({ body: 'I am support now', awaitReply: true }),
  changeStatus: () => ({ status: 'in_progress', note: 'Taking it myself' }),
  decideTicket: () => ({ decision: 'approve', note: 'Approved by me' }),
  getWorkflow: undefined,
  downloadAttachmentAsAgent: undefined,
  markComplaintAsAgent: () => ({ note: 'Marked by a customer' }),
  exportComplaints: undefined,
  getSatisfactionReport: undefined,
};

describe('a customer on the agent routes', () => {
  // Every route the table declares for agents, taken from the table itself.
  const attempts: [string, string, () => unknown][] = Object.entries(routes)
    .filter(([, route]) => route.auth === 'agent')
    .map(([name, route]) => [route.method, route.path.replace('{number}', '{n}'), agentBodies[name as AgentRoute] ?? (() => undefined)]);

  it('covers every agent route of the route table', () => {
    expect(attempts).toHaveLength(Object.keys(agentBodies).length);
    expect(attempts.map(([method, path]) => `${method} ${path}`)).toEqual(expect.arrayContaining(['GET /v1/agent/tickets', 'POST /v1/agent/tickets/{n}/decision', 'GET /v1/agent/tickets/{n}/workflow']));
  });

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
    expect(detail.body.timeline.filter((event: { kind: string }) => event.kind !== 'service_level').map((event: { kind: string }) => event.kind)).toEqual(['created']);
  });

  it('still lets the customer see their own ticket through the customer route', async () => {
    const mine = await customer.get(`/v1/tickets/${number}`);
    expect(mine.status).toBe(200);
    expect(mine.body.ticket.number).toBe(number);
  });
});
