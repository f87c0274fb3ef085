import { describe, expect, it } from 'vitest';
import { callApi, signIn } from '../../support/api';
import { agentView, agentWrites, customerView, expectStatus, openTicket } from './customer-steps';

const notFound = (number: string) => ({ error: { code: 'ticket_not_found', message: `No ticket with number ${number}.`, fields: [] } });

describe('GET /v1/tickets/{number}', () => {
  it('answers the ticket, its public thread and its timeline', async () => {
    const [alice, agent] = await Promise.all([signIn(), signIn({ agent: true })]);
    const created = await openTicket(alice, 'general');
    const support = await agentWrites(agent, created.number, { body: 'Could you send a screenshot?', awaitReply: true });

    const { ticket, messages, timeline } = await customerView(alice, created.number);

    expect(ticket).toMatchObject({
      number: created.number,
      type: 'general',
      subject: created.subject,
      phase: 'awaiting_reply',
      status: { code: 'awaiting_your_reply', label: 'Awaiting Your Reply', meaning: expect.stringContaining('pending further information') },
      lastReply: { at: support.message.at, by: 'support' },
      version: 2,
    });
    expect(messages).toEqual([{ id: expect.any(String), body: 'Could you send a screenshot?', internal: false, from: 'support', at: support.message.at, attachments: [] }]);
    expect(timeline.map((event) => [event.kind, event.actor.kind, event.before, event.after])).toEqual([
      ['created', 'customer', null, { type: 'general', status: 'open', priority: 'normal', openedBy: 'customer' }],
      ['message', 'support', null, { messageId: support.message.id, internal: false }],
      ['status', 'support', { status: 'open' }, { status: 'awaiting_your_reply' }],
    ]);
  });

  it('never shows the customer an agent’s internal note, in the thread or the timeline', async () => {
    const [alice, agent] = await Promise.all([signIn(), signIn({ agent: true })]);
    const { number } = await openTicket(alice, 'security');
    const note = 'Internal: requester matches the fraud report from last week.';
    await agentWrites(agent, number, { body: note, internal: true });
    await agentWrites(agent, number, { body: 'We are looking into it.' });

    const view = await customerView(alice, number);

    expect(view.messages.map((message) => message.body)).toEqual(['We are looking into it.']);
    expect(view.timeline.map((event) => event.kind)).toEqual(['created', 'message']);
    expect(JSON.stringify(view)).not.toContain('fraud report');
    expect(JSON.stringify(view)).not.toContain((await agent.get('/v1/me')).body.sub);
    // The note exists: the agent's view of the same ticket holds it.
    expect((await agentView(agent, number)).messages.map((message) => message.body)).toContain(note);
  });

  it('answers another customer’s ticket exactly as a number that does not exist, and a garbage number too', async () => {
    const [alice, bob] = await Promise.all([signIn(), signIn()]);
    const bobs = await openTicket(bob, 'general', { subject: 'Bob’s private matter' });
    const unused = bobs.number === '99999999' ? '99999998' : '99999999';

    const theirs = await alice.get(`/v1/tickets/${bobs.number}`);
    const missing = await alice.get(`/v1/tickets/${unused}`);

    expectStatus(theirs, 404);
    expect(theirs.body).toEqual(notFound(bobs.number));
    expectStatus(missing, 404);
    expect(missing.body).toEqual(notFound(unused));
    expect(theirs.headers.get('content-type')).toBe(missing.headers.get('content-type'));
    for (const garbage of ['abc', '0', '012345678', '1234567890']) {
      const response = await alice.get(`/v1/tickets/${garbage}`);
      expectStatus(response, 404);
      expect(response.body).toEqual(notFound(garbage));
    }
  });

  it('lets another customer neither reply to, solve, reopen nor close a ticket, answering 404 and changing nothing', async () => {
    const [alice, bob] = await Promise.all([signIn(), signIn()]);
    const bobs = await openTicket(bob, 'general');

    for (const [path, body] of [
      ['messages', { body: 'Let me in' }],
      ['solve', {}],
      ['reopen', {}],
      ['close', {}],
    ] as const) {
      const response = await alice.post(`/v1/tickets/${bobs.number}/${path}`, body);
      expectStatus(response, 404);
      expect(response.body).toEqual(notFound(bobs.number));
    }
    const view = await customerView(bob, bobs.number);
    expect(view.ticket).toMatchObject({ version: 1, phase: 'open', lastReply: null });
    expect(view.messages).toEqual([]);
  });

  it('answers 401 on every customer route without a token', async () => {
    const routes = [
      ['POST', '/v1/tickets'],
      ['GET', '/v1/tickets'],
      ['GET', '/v1/tickets/12345678'],
      ['POST', '/v1/tickets/12345678/messages'],
      ['POST', '/v1/tickets/12345678/solve'],
      ['POST', '/v1/tickets/12345678/reopen'],
      ['GET', '/v1/me/preferences'],
      ['PUT', '/v1/me/preferences'],
      ['GET', '/v1/ticket-types'],
    ] as const;

    const statuses = await Promise.all(routes.map(async ([method, path]) => (await callApi(method, path, method === 'GET' ? {} : { body: {} })).status));

    expect(statuses).toEqual(routes.map(() => 401));
  });
});
