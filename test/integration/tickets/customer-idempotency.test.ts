import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { signIn, ticketForm } from '../../support/api';
import { customerView, expectStatus, listedNumbers, openTicket } from './customer-steps';

const freshKey = () => `key-${randomUUID()}`;

describe('POST /v1/tickets with an Idempotency-Key', () => {
  it('replays the first response for the same key and body, says it is a replay, and creates one ticket', async () => {
    const alice = await signIn();
    const key = freshKey();
    const form = ticketForm('general');

    const first = await alice.post('/v1/tickets', form, { 'idempotency-key': key });
    // The same body with its fields in another order is the same request.
    const again = await alice.post('/v1/tickets', Object.fromEntries(Object.entries(form).reverse()), { 'idempotency-key': key });

    expectStatus(first, 201);
    expect(first.headers.get('idempotent-replayed')).toBeNull();
    expectStatus(again, 201);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect(again.body).toEqual(first.body);
    expect(await listedNumbers(alice)).toEqual([first.body.ticket.number]);
  });

  it('answers 422 to the same key with another body, and creates nothing more', async () => {
    const alice = await signIn();
    const key = freshKey();
    const first = await alice.post('/v1/tickets', ticketForm('general'), { 'idempotency-key': key });
    expectStatus(first, 201);

    const other = await alice.post('/v1/tickets', ticketForm('general', { subject: 'Something else entirely' }), { 'idempotency-key': key });

    expectStatus(other, 422);
    expect(other.body.error).toMatchObject({ code: 'idempotency_key_reused', fields: [{ path: 'Idempotency-Key', message: expect.any(String) }] });
    expect(await listedNumbers(alice)).toEqual([first.body.ticket.number]);
  });

  it('records nothing for a request that failed validation, so the same key then works with a valid body', async () => {
    const alice = await signIn();
    const key = freshKey();

    const refused = await alice.post('/v1/tickets', ticketForm('general', { subject: '' }), { 'idempotency-key': key });
    const accepted = await alice.post('/v1/tickets', ticketForm('general'), { 'idempotency-key': key });

    expectStatus(refused, 400);
    expectStatus(accepted, 201);
    expect(accepted.headers.get('idempotent-replayed')).toBeNull();
    expect(await listedNumbers(alice)).toEqual([accepted.body.ticket.number]);
  });

  it('creates one ticket when three identical requests with one key arrive at once', async () => {
    const alice = await signIn();
    const key = freshKey();
    const form = ticketForm('bug_report');

    const responses = await Promise.all([1, 2, 3].map(() => alice.post('/v1/tickets', form, { 'idempotency-key': key })));

    for (const response of responses) expectStatus(response, 201);
    const numbers = new Set(responses.map((response) => response.body.ticket.number));
    expect(numbers.size).toBe(1);
    expect(responses.filter((response) => response.headers.get('idempotent-replayed') === 'true')).toHaveLength(2);
    expect(await listedNumbers(alice)).toEqual([...numbers]);
  });

  it('answers every one of a burst of identical requests with one key (50 at a time) with the same ticket, and no server error', { timeout: 180_000 }, async () => {
    const alice = await signIn();
    const key = freshKey();
    const form = ticketForm('general');
    const total = 150;
    const statuses: number[] = [];
    const numbers = new Set<string>();
    let sent = 0;
    const lane = async () => {
      while (sent < total) {
        sent += 1;
        const response = await alice.post('/v1/tickets', form, { 'idempotency-key': key });
        statuses.push(response.status);
        if (response.status === 201) numbers.add(response.body.ticket.number);
      }
    };

    await Promise.all(Array.from({ length: 50 }, lane));

    expect(statuses).toEqual(Array.from({ length: total }, () => 201));
    expect(numbers.size).toBe(1);
    expect(await listedNumbers(alice)).toEqual([...numbers]);
  });

  it("keeps a key to its customer: another customer's identical key opens their own ticket", async () => {
    const [alice, bob] = await Promise.all([signIn(), signIn()]);
    const key = freshKey();

    const mine = await alice.post('/v1/tickets', ticketForm('general'), { 'idempotency-key': key });
    const theirs = await bob.post('/v1/tickets', ticketForm('general'), { 'idempotency-key': key });

    expectStatus(mine, 201);
    expectStatus(theirs, 201);
    expect(theirs.headers.get('idempotent-replayed')).toBeNull();
    expect(theirs.body.ticket.number).not.toBe(mine.body.ticket.number);
    expect(theirs.body.ticket.requester.email).toBe(bob.email);
  });

  it('answers 400 to a key that is not 1 to 255 visible ASCII characters, and creates nothing', async () => {
    const alice = await signIn();

    const response = await alice.post('/v1/tickets', ticketForm('general'), { 'idempotency-key': 'k'.repeat(256) });

    expectStatus(response, 400);
    expect(response.body.error.fields).toContainEqual({ path: 'Idempotency-Key', message: expect.any(String) });
    expect(await listedNumbers(alice)).toEqual([]);
  });
});

describe('POST /v1/tickets/{number}/messages with an Idempotency-Key', () => {
  it('adds the reply once when it is sent twice, and replays the first answer', async () => {
    const alice = await signIn();
    const { number } = await openTicket(alice);
    const key = freshKey();

    const first = await alice.post(`/v1/tickets/${number}/messages`, { body: 'Any news?' }, { 'idempotency-key': key });
    const again = await alice.post(`/v1/tickets/${number}/messages`, { body: 'Any news?' }, { 'idempotency-key': key });
    const other = await alice.post(`/v1/tickets/${number}/messages`, { body: 'Hello?' }, { 'idempotency-key': key });

    expectStatus(first, 201);
    expectStatus(again, 201);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect(again.body).toEqual(first.body);
    expectStatus(other, 422);
    expect((await customerView(alice, number)).messages.map((message) => message.body)).toEqual(['Any news?']);
  });
});
