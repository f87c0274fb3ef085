import { describe, expect, it } from 'vitest';
import { signIn } from '../../support/api';
import { agentMoves, agentView, agentWrites, customerView, expectStatus, openTicket } from './customer-steps';

describe('POST /v1/tickets/{number}/messages: the customer replies', () => {
  it('adds the reply to the thread, keeps Last Reply at support’s answer and tells the agents when the customer wrote', async () => {
    const [alice, agent] = await Promise.all([signIn(), signIn({ agent: true })]);
    const { number } = await openTicket(alice, 'api');
    const support = await agentWrites(agent, number, { body: 'Which endpoint fails?' });

    const response = await alice.post(`/v1/tickets/${number}/messages`, { body: 'POST /webhooks, since Monday.' });

    expectStatus(response, 201);
    const { ticket, message, redacted } = response.body;
    expect(message).toEqual({ id: expect.any(String), body: 'POST /webhooks, since Monday.', internal: false, from: 'customer', at: expect.any(String), attachments: [] });
    expect(redacted).toEqual([]);
    expect(ticket.lastReply).toEqual({ at: support.message.at, by: 'support' });
    expect(Date.parse(message.at)).toBeGreaterThanOrEqual(Date.parse(support.message.at));
    expect(ticket.updatedAt).toBe(message.at);
    const view = await customerView(alice, number);
    expect(view.messages.map((m) => [m.from, m.body])).toEqual([
      ['support', 'Which endpoint fails?'],
      ['customer', 'POST /webhooks, since Monday.'],
    ]);
    expect(view.ticket.lastReply).toEqual({ at: support.message.at, by: 'support' });
    expect(view.ticket).not.toHaveProperty('customerLastWrote');
    expect((await agentView(agent, number)).ticket).toMatchObject({ lastReply: { at: support.message.at, by: 'support' }, customerLastWrote: message.at });
  });

  it('moves a ticket awaiting the customer’s reply back to open', async () => {
    const [alice, agent] = await Promise.all([signIn(), signIn({ agent: true })]);
    const { number } = await openTicket(alice, 'general');
    const asked = await agentWrites(agent, number, { body: 'Which browser do you use?', awaitReply: true });
    expect(asked.ticket).toMatchObject({ phase: 'awaiting_reply', status: { code: 'awaiting_your_reply' } });

    const response = await alice.post(`/v1/tickets/${number}/messages`, { body: 'Firefox 128.' });

    expectStatus(response, 201);
    expect(response.body.ticket).toMatchObject({ phase: 'open', status: { code: 'open', label: 'Open' } });
    const { timeline } = await customerView(alice, number);
    expect(timeline.at(-1)).toMatchObject({ kind: 'status', actor: { kind: 'customer' }, before: { status: 'awaiting_your_reply' }, after: { status: 'open' } });
  });

  it('reopens a solved ticket, with a reopened event in the timeline', async () => {
    const alice = await signIn();
    const { number } = await openTicket(alice, 'account');
    expectStatus(await alice.post(`/v1/tickets/${number}/solve`), 200);

    const response = await alice.post(`/v1/tickets/${number}/messages`, { body: 'Sorry, it happened again.' });

    expectStatus(response, 201);
    expect(response.body.ticket).toMatchObject({ phase: 'open', status: { code: 'open' } });
    const { timeline } = await customerView(alice, number);
    expect(timeline.map((event) => event.kind)).toEqual(['created', 'solved', 'message', 'reopened']);
    expect(timeline.at(-1)).toMatchObject({ actor: { kind: 'customer' }, before: { status: 'resolved' }, after: { status: 'open' } });
  });

  it('answers 409 on a closed ticket, telling the customer to open a new ticket, and adds nothing', async () => {
    const [alice, agent] = await Promise.all([signIn(), signIn({ agent: true })]);
    const { number } = await openTicket(alice, 'general');
    await agentMoves(agent, number, 'closed');

    const response = await alice.post(`/v1/tickets/${number}/messages`, { body: 'One more thing.' });

    expectStatus(response, 409);
    expect(response.body.error).toMatchObject({ code: 'ticket_closed', message: expect.stringContaining('open a new ticket') });
    const view = await customerView(alice, number);
    expect(view.messages).toEqual([]);
    expect(view.ticket).toMatchObject({ phase: 'closed', status: { code: 'closed', label: 'Closed' }, version: 2 });
  });

  it('answers 409 to a reply on a completed account deletion, which is final, telling the customer to open a new ticket', async () => {
    const [alice, agent] = await Promise.all([signIn(), signIn({ agent: true })]);
    const { number } = await openTicket(alice, 'account_deletion');
    for (const status of ['in_progress', 'with_developers', 'deletion_completed']) await agentMoves(agent, number, status);

    const response = await alice.post(`/v1/tickets/${number}/messages`, { body: 'I changed my mind.' });

    expectStatus(response, 409);
    expect(response.body.error).toMatchObject({ code: 'transition_not_allowed', message: expect.stringContaining('open a new ticket') });
    expect((await customerView(alice, number)).messages).toEqual([]);
  });

  it('redacts a card number in a reply and says so', async () => {
    const alice = await signIn();
    const { number } = await openTicket(alice, 'payments');

    const response = await alice.post(`/v1/tickets/${number}/messages`, { body: 'It was card 5555-5555-5555-4444, token=abc123def456' });

    expectStatus(response, 201);
    expect(response.body.message.body).toBe('It was card [card ending 4444], token=[REDACTED]');
    expect(response.body.redacted).toEqual(['api_key', 'card_number']);
    expect((await customerView(alice, number)).messages[0].body).toBe('It was card [card ending 4444], token=[REDACTED]');
  });

  it.each([
    ['a blank body', { body: '  ' }, 'body'],
    ['a body of 10,001 characters', { body: 'x'.repeat(10_001) }, 'body'],
    ['an internal flag, which only agents may set', { body: 'Hi', internal: true }, 'internal'],
    ['no body', {}, 'body'],
  ])('answers 400 to %s and adds nothing', async (_name, body, path) => {
    const alice = await signIn();
    const { number } = await openTicket(alice, 'general');

    const response = await alice.post(`/v1/tickets/${number}/messages`, body);

    expectStatus(response, 400);
    expect(response.body.error.fields).toContainEqual({ path, message: expect.any(String) });
    expect((await customerView(alice, number)).ticket.version).toBe(1);
  });
});

describe('POST /v1/tickets/{number}/solve and /reopen', () => {
  it('solves a general ticket as Resolved, then reopens it to Open', async () => {
    const alice = await signIn();
    const { number } = await openTicket(alice, 'general');

    const solved = await alice.post(`/v1/tickets/${number}/solve`);

    expectStatus(solved, 200);
    expect(solved.body.ticket).toMatchObject({
      phase: 'solved',
      status: { code: 'resolved', label: 'Resolved', meaning: 'Your request has been reviewed and finalized by the support team. You can reopen it for a new contact.' },
      version: 2,
    });

    const reopened = await alice.post(`/v1/tickets/${number}/reopen`);

    expectStatus(reopened, 200);
    expect(reopened.body.ticket).toMatchObject({ phase: 'open', status: { code: 'open', label: 'Open' }, version: 3 });
    const { timeline } = await customerView(alice, number);
    expect(timeline.map((event) => [event.kind, event.before, event.after])).toEqual([
      ['created', null, { type: 'general', status: 'open', priority: 'normal', openedBy: 'customer' }],
      ['solved', { status: 'open' }, { status: 'resolved' }],
      ['reopened', { status: 'resolved' }, { status: 'open' }],
    ]);
  });

  it('answers 409 to reopening a ticket that is not solved, and changes nothing', async () => {
    const alice = await signIn();
    const { number } = await openTicket(alice, 'general');

    const response = await alice.post(`/v1/tickets/${number}/reopen`);

    expectStatus(response, 409);
    expect(response.body.error.code).toBe('transition_not_allowed');
    expect((await customerView(alice, number)).ticket).toMatchObject({ phase: 'open', version: 1 });
  });

  it('answers 409 to solving a ticket already solved', async () => {
    const alice = await signIn();
    const { number } = await openTicket(alice, 'general');
    expectStatus(await alice.post(`/v1/tickets/${number}/solve`), 200);

    const again = await alice.post(`/v1/tickets/${number}/solve`);

    expectStatus(again, 409);
    expect((await customerView(alice, number)).ticket.version).toBe(2);
  });

  it('answers 409 to solving a refund, whose workflow decides the outcome', async () => {
    const alice = await signIn();
    const { number } = await openTicket(alice, 'refund');

    const response = await alice.post(`/v1/tickets/${number}/solve`);

    expectStatus(response, 409);
    expect(response.body.error).toMatchObject({ code: 'workflow_owns_status', message: expect.stringContaining('refund') });
    // The refund's workflow starts at once and may move the ticket meanwhile: what the customer did is what must not show.
    const after = await customerView(alice, number);
    expect(after.ticket.phase).toBe('open');
    expect(after.timeline.filter((event) => event.actor.kind === 'customer').map((event) => event.kind)).toEqual(['created']);
  });

  it('answers 409 to reopening a closed ticket', async () => {
    const [alice, agent] = await Promise.all([signIn(), signIn({ agent: true })]);
    const { number } = await openTicket(alice, 'general');
    await agentMoves(agent, number, 'closed');

    const response = await alice.post(`/v1/tickets/${number}/reopen`);

    expectStatus(response, 409);
    expect(response.body.error).toMatchObject({ code: 'ticket_closed', message: expect.stringContaining('open a new ticket') });
  });
});

describe('a customer and two agents acting on one ticket at once', () => {
  it('loses no write: every change that succeeded is in the timeline and the version counts them', async () => {
    const [alice, agentOne, agentTwo] = await Promise.all([signIn(), signIn({ agent: true }), signIn({ agent: true })]);
    const { number } = await openTicket(alice, 'bug_report');

    const responses = await Promise.all([
      alice.post(`/v1/tickets/${number}/messages`, { body: 'It crashes on login too.' }),
      agentOne.post(`/v1/agent/tickets/${number}/messages`, { body: 'Same stack trace as #4711.', internal: true }),
      agentTwo.request('PATCH', `/v1/agent/tickets/${number}`, { body: { priority: 'high' } }),
    ]);

    for (const response of responses) {
      if (response.status === 409) expect(response.body.error).toMatchObject({ code: 'conflict', message: expect.stringContaining('Try again') });
      else expect([200, 201]).toContain(response.status);
    }
    const [reply, note, patch] = responses.map((response) => response.status !== 409);
    const { ticket, messages, timeline } = await agentView(agentOne, number);
    const expectedEvents = [
      ...(reply ? [['message', 'customer']] : []),
      ...(note ? [['message', 'agent']] : []),
      ...(patch ? [['priority', 'agent']] : []),
    ];
    // The service levels' own events (the agents' timeline records their clocks) are not changes of their own.
    const changes = timeline.slice(1).filter((event) => event.kind !== 'service_level');
    expect(changes.map((event) => [event.kind, event.actor.kind]).sort()).toEqual(expectedEvents.sort());
    expect(ticket.version).toBe(1 + expectedEvents.length);
    expect(messages.map((message) => message.body).sort()).toEqual(
      [...(reply ? ['It crashes on login too.'] : []), ...(note ? ['Same stack trace as #4711.'] : [])].sort(),
    );
    expect(ticket.priority).toBe(patch ? 'high' : 'normal');
  });
});
