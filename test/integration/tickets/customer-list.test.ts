import { describe, expect, it } from 'vitest';
import { signIn } from '../../support/api';
import type { ApiResponse, ApiUser } from '../../support/api';
import { agentWrites, expectStatus, listedNumbers, openTicket } from './customer-steps';

/** Opens the tickets one after another, so each has a later activity time than the one before. */
async function openInOrder(user: ApiUser, types: readonly string[]): Promise<any[]> {
  const tickets: any[] = [];
  for (const type of types) tickets.push(await openTicket(user, type));
  return tickets;
}

const base64url = {
  decode: (cursor: string) => JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as Record<string, string>,
  encode: (key: Record<string, string>) => Buffer.from(JSON.stringify(key)).toString('base64url'),
};

describe('GET /v1/tickets lists the caller’s tickets', () => {
  it('puts the most recent activity first, and a reply moves a ticket to the top', async () => {
    const alice = await signIn();
    const [first, second, third] = await openInOrder(alice, ['general', 'api', 'security']);
    expect(await listedNumbers(alice)).toEqual([third.number, second.number, first.number]);

    const reply = await alice.post(`/v1/tickets/${first.number}/messages`, { body: 'Still waiting on this one.' });
    expectStatus(reply, 201);

    expect(await listedNumbers(alice)).toEqual([first.number, third.number, second.number]);
  });

  it('does not move a ticket up, nor show a new update time, for what the customer cannot see', async () => {
    const [alice, agent] = await Promise.all([signIn(), signIn({ agent: true })]);
    const [first, second] = await openInOrder(alice, ['general', 'api']);

    await agentWrites(agent, first.number, { body: 'Customer seems upset; handle with care.', internal: true });
    expectStatus(await agent.request('PATCH', `/v1/agent/tickets/${first.number}`, { body: { assignee: 'sub-of-some-agent' } }), 200);

    expect(await listedNumbers(alice)).toEqual([second.number, first.number]);
    const { body } = await alice.get(`/v1/tickets/${first.number}`);
    expect(body.ticket.updatedAt).toBe(first.updatedAt);
  });

  it('gives each row the number, subject, type, status code and label, priority and last reply', async () => {
    const [alice, agent] = await Promise.all([signIn(), signIn({ agent: true })]);
    const ticket = await openTicket(alice, 'payments', { subject: 'Payout delayed', priority: 'critical' });
    const { message } = await agentWrites(agent, ticket.number, { body: 'We are on it.' });

    const response = await alice.get('/v1/tickets');

    expectStatus(response, 200);
    expect(response.body.cursor).toBeNull();
    expect(response.body.tickets).toHaveLength(1);
    const row = response.body.tickets[0];
    expect(row).toMatchObject({
      number: ticket.number,
      subject: 'Payout delayed',
      type: 'payments',
      phase: 'open',
      priority: 'critical',
      lastReply: { at: message.at, by: 'support' },
    });
    expect(row.status).toEqual({ code: 'open', label: 'Open' });
    // A row is what the list shows; the requester's details and the description stay on the ticket.
    expect(row).not.toHaveProperty('description');
    expect(row).not.toHaveProperty('requester');
  });

  it('lists nobody else’s tickets', async () => {
    const [alice, bob] = await Promise.all([signIn(), signIn()]);
    await openTicket(bob, 'general');

    expect(await listedNumbers(alice)).toEqual([]);
  });

  it('filters by type, by status and by phase', async () => {
    const alice = await signIn();
    // An agent-driven type that starts as submitted: a refund's workflow would move it on.
    const [general, deletion, bug] = await openInOrder(alice, ['general', 'account_deletion', 'bug_report']);
    const solved = await alice.post(`/v1/tickets/${general.number}/solve`);
    expectStatus(solved, 200);

    expect(await listedNumbers(alice, '?type=account_deletion')).toEqual([deletion.number]);
    expect(await listedNumbers(alice, '?status=submitted')).toEqual([bug.number, deletion.number]);
    expect(await listedNumbers(alice, '?phase=solved')).toEqual([general.number]);
    expect(await listedNumbers(alice, '?phase=open')).toEqual([bug.number, deletion.number]);
    expect(await listedNumbers(alice, '?phase=open&type=bug_report')).toEqual([bug.number]);
    expect(await listedNumbers(alice, '?phase=closed')).toEqual([]);
  });

  it.each([
    ['limit=0', 'limit'],
    ['limit=101', 'limit'],
    ['limit=ten', 'limit'],
    ['phase=pending', 'phase'],
    ['type=lottery', 'type'],
    ['colour=red', 'colour'],
  ])('answers 400 to ?%s, naming %s', async (query, path) => {
    const alice = await signIn();

    const response = await alice.get(`/v1/tickets?${query}`);

    expectStatus(response, 400);
    expect(response.body.error).toMatchObject({ code: 'invalid_request', fields: expect.arrayContaining([{ path, message: expect.any(String) }]) });
  });

  it('accepts limits of 1 and 100', async () => {
    const alice = await signIn();
    await openTicket(alice);

    for (const limit of [1, 100]) expect(await listedNumbers(alice, `?limit=${limit}`)).toHaveLength(1);
  });

  it('pages through every ticket with limit and cursor, none repeated or missing', async () => {
    const alice = await signIn();
    const opened = await openInOrder(alice, ['general', 'api', 'account', 'security', 'payments']);

    const pages: string[][] = [];
    let cursor: string | null = null;
    do {
      const response: ApiResponse = await alice.get(`/v1/tickets?limit=2${cursor ? `&cursor=${cursor}` : ''}`);
      expectStatus(response, 200);
      pages.push(response.body.tickets.map((row: { number: string }) => row.number));
      cursor = response.body.cursor;
    } while (cursor && pages.length < 10);

    expect(pages.map((page) => page.length)).toEqual([2, 2, 1]);
    expect(pages.flat()).toEqual(opened.map((ticket) => ticket.number).reverse());
  });

  it('pages through a filtered list', async () => {
    const alice = await signIn();
    const [api1, , api2, , api3] = await openInOrder(alice, ['api', 'general', 'api', 'general', 'api']);

    const first = await alice.get('/v1/tickets?type=api&limit=2');
    const second = await alice.get(`/v1/tickets?type=api&limit=2&cursor=${first.body.cursor}`);

    expect(first.body.tickets.map((row: { number: string }) => row.number)).toEqual([api3.number, api2.number]);
    expect(second.body.tickets.map((row: { number: string }) => row.number)).toEqual([api1.number]);
  });

  it('refuses a cursor bent to point into another customer’s list, and shows none of their tickets', async () => {
    const [alice, bob] = await Promise.all([signIn(), signIn()]);
    await openInOrder(alice, ['general', 'general']);
    const bobs = await openTicket(bob, 'general', { subject: 'Bob’s private matter' });
    const bobsPartition = `CUSTOMER#EMAIL#${bob.email}`;

    const page = await alice.get('/v1/tickets?limit=1');
    expectStatus(page, 200);
    const key = base64url.decode(page.body.cursor);
    // A verified customer's list is the partition of their email (README "Who owns a ticket").
    expect(key['gsi1pk']).toBe(`CUSTOMER#EMAIL#${alice.email}`);

    // Only the partition changed, then a whole key of Bob's ticket as his own cursor would hold it.
    const intoBobsPartition = base64url.encode({ ...key, gsi1pk: bobsPartition });
    const ontoBobsTicket = base64url.encode({ ...key, pk: `TICKET#${bobs.number}`, gsi1pk: bobsPartition, gsi1sk: `9999-12-31T00:00:00.000Z#${bobs.number}` });
    for (const cursor of [intoBobsPartition, ontoBobsTicket]) {
      const response = await alice.get(`/v1/tickets?cursor=${cursor}`);
      expectStatus(response, 400);
      expect(response.body).toEqual({ error: { code: 'invalid_request', message: expect.any(String), fields: [{ path: 'cursor', message: expect.any(String) }] } });
      expect(JSON.stringify(response.body)).not.toContain(bobs.number);
    }
  });

  it.each([
    ['that is not base64url JSON', () => '%%%not-a-cursor'],
    ['that is a JSON array', () => Buffer.from('[1,2]').toString('base64url')],
    ['with an extra attribute', (own: string) => base64url.encode({ pk: 'a', sk: 'b', gsi1pk: own, gsi1sk: 'd', x: 'e' })],
    ['in the caller’s own partition with an empty position', (own: string) => base64url.encode({ pk: '', sk: '#TICKET', gsi1pk: own, gsi1sk: '' })],
  ])('answers 400 to a cursor %s', async (_name, cursorIn) => {
    const alice = await signIn();
    const cursor = cursorIn(`CUSTOMER#EMAIL#${alice.email}`);

    const response = await alice.get(`/v1/tickets?cursor=${encodeURIComponent(cursor)}`);

    expectStatus(response, 400);
    expect(response.body.error.fields).toEqual([{ path: 'cursor', message: expect.any(String) }]);
  });
});
