import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { signIn, ticketForm, type ApiUser } from '../../support/api';
import { eventually } from '../../support/eventually';
import { emailsTo, subjects, waitForEmail } from '../notifications/mailbox';
import { agentMoves, agentWrites, expectStatus, listedNumbers, openTicket } from './customer-steps';

/*
 * Seed 001: "Support creates a ticket so we can track the case and keep you updated", and seed 000:
 * "log in with the email you previously contacted". A case support opens for an address belongs to
 * whoever signs in with that address verified, before or after they had an account.
 */

/** A fresh domain per case, so Alice's address is hers alone across tests and runs. */
const aliceOf = () => {
  const domain = `pay-${randomUUID().slice(0, 8)}.example`;
  return { domain, email: `alice@${domain}` };
};

const message = 'We opened this case after your call; we will keep you updated here.';
const note = 'Customer called from a new number; identity confirmed by the last deposit.';

/** Support's form for a case of the type opened for the email. */
function supportForm(type: string, email: string, overrides: Record<string, unknown> = {}) {
  return { ...ticketForm(type), email, name: 'Alice Example', subject: 'Restoring access to your account', message, note, ...overrides };
}

/** An agent opens a case for the email and answers the ticket as the agent sees it. */
async function supportOpens(agent: ApiUser, type: string, email: string, overrides: Record<string, unknown> = {}) {
  const response = await agent.post('/v1/agent/tickets', supportForm(type, email, overrides));
  expectStatus(response, 201);
  return response.body.ticket as { number: string; requester: { email: string; name: string }; requesterId: string | null };
}

describe('support opens a case for the customer', () => {
  it('shows Alice the case support opened for her email before she signed up', async () => {
    const { email } = aliceOf();
    const agent = await signIn({ agent: true });
    const ticket = await supportOpens(agent, 'account_restoration', email);
    expect(ticket.requester).toMatchObject({ email, name: 'Alice Example' });
    expect(ticket.requesterId).toBeNull();

    // Alice has never signed in; her first sign-in with that verified address finds the case.
    const alice = await signIn({ email });
    expect(await listedNumbers(alice)).toEqual([ticket.number]);
    const detail = await alice.get(`/v1/tickets/${ticket.number}`);
    expectStatus(detail, 200);
    expect(detail.body.messages.map((m: { body: string; from: string }) => [m.from, m.body])).toEqual([['support', message]]);
    expect(JSON.stringify(detail.body)).not.toContain(note);
    expect(detail.body.timeline[0]).toMatchObject({ kind: 'created', actor: { kind: 'support' }, after: { openedBy: 'support' } });

    // She replies on it, and the case goes on as hers in the next session too.
    expectStatus(await alice.post(`/v1/tickets/${ticket.number}/messages`, { body: 'Thank you, I still have my old phone number.' }), 201);
    const laterSession = await signIn({ email });
    expect(await listedNumbers(laterSession)).toEqual([ticket.number]);
    const asAgent = await agent.get(`/v1/agent/tickets/${ticket.number}`);
    expect(asAgent.body.messages.map((m: { body: string; internal: boolean }) => [m.internal, m.body])).toEqual([
      [false, message],
      [true, note],
      [false, 'Thank you, I still have my old phone number.'],
    ]);
  });

  it('tells Alice by email, at the address support typed, and never shows her the internal note', async () => {
    const { email } = aliceOf();
    const agent = await signIn({ agent: true });
    const { number } = await supportOpens(agent, 'general', email);

    const emails = await waitForEmail(email, `[Ticket ${number}]`);
    expect(emails.every((sent) => sent.subject.includes(`[Ticket ${number}]`))).toBe(true);
    expect(emails.some((sent) => (sent.body.text ?? '').includes(message))).toBe(true);
    expect(emails.some((sent) => `${sent.body.text}${sent.body.html}`.includes(note))).toBe(false);
    // The same change's emails have all gone out; none of them to a look-alike address.
    expect(await emailsTo(email.replace('alice@', 'a.lice@'))).toEqual([]);
  });

  it('shows nothing of it to a token whose email is not verified, and links nothing', async () => {
    const { email } = aliceOf();
    const agent = await signIn({ agent: true });
    const { number } = await supportOpens(agent, 'general', email);

    const unverified = await signIn({ email, verified: false });
    expect(await listedNumbers(unverified)).toEqual([]);
    expectStatus(await unverified.get(`/v1/tickets/${number}`), 404);
    expectStatus(await unverified.post(`/v1/tickets/${number}/messages`, { body: 'Let me in, I am Alice.' }), 404);
    expectStatus(await unverified.post(`/v1/tickets/${number}/solve`), 404);

    // What the unverified token opens itself is its own, and support's case stays out of its list.
    const own = await unverified.post('/v1/tickets', ticketForm('general'));
    expectStatus(own, 201);
    expect(await listedNumbers(unverified)).toEqual([own.body.ticket.number]);
    expectStatus(await unverified.get(`/v1/tickets/${number}`), 404);
  });

  it('sends Alice no status email on the case support opened for her email once she turned them off, and still sends replies', async () => {
    const { email } = aliceOf();
    const agent = await signIn({ agent: true });
    const { number } = await supportOpens(agent, 'general', email, { note: undefined });
    await waitForEmail(email, `[Ticket ${number}] Restoring access to your account: Ticket received`);

    const alice = await signIn({ email });
    expectStatus(await alice.request('PUT', '/v1/me/preferences', { body: { emailOnStatusChange: false, emailOnReply: true } }), 200);
    await agentMoves(agent, number, 'in_progress');
    await agentWrites(agent, number, { body: 'We are restoring your access now.' });

    // The stream keeps the case's changes in order: by the reply's email, the status change was decided on.
    const emails = await waitForEmail(email, 'New reply from support');
    expect(subjects(emails)).toEqual(['Ticket received', 'New reply from support (In Progress)'].map((tail) => `[Ticket ${number}] Restoring access to your account: ${tail}`));
  });

  it('shows the case to the same address in any letter case, and to no other customer, however alike their address', async () => {
    const { domain, email } = aliceOf();
    const agent = await signIn({ agent: true });
    const { number } = await supportOpens(agent, 'general', email);

    expect(await listedNumbers(await signIn({ email: `ALICE@${domain.toUpperCase()}` }))).toEqual([number]);
    const others = [
      `a.lice@${domain}`,
      `alice+x@${domain}`,
      `\u0430lice@${domain}`, // Cyrillic "а"
      `\uff41lice@${domain}`, // full-width "ａ"
      `alice@${domain}.evil.example`,
      `bob-${randomUUID().slice(0, 8)}@example.com`,
    ];
    for (const other of others) {
      const customer = await signIn({ email: other });
      expect({ other, listed: await listedNumbers(customer) }).toEqual({ other, listed: [] });
      expect({ other, status: (await customer.get(`/v1/tickets/${number}`)).status }).toEqual({ other, status: 404 });
    }
  });

  it('refuses an address support typed with a look-alike letter, naming the field', async () => {
    const agent = await signIn({ agent: true });
    const response = await agent.post('/v1/agent/tickets', supportForm('general', `\u0430lice@pay.example`));
    expectStatus(response, 400);
    expect(response.body.error.fields).toEqual([{ path: 'email', message: expect.stringContaining('plain ASCII') }]);
  });

  it('is refused to a customer: only agents open cases for someone else', async () => {
    const customer = await signIn();
    expectStatus(await customer.post('/v1/agent/tickets', supportForm('general', aliceOf().email)), 403);
  });

  it.each(['refund', 'withdrawal', 'kyc'])('starts the workflow of a %s ticket support opened, as for a customer’s', async (type) => {
    const { email } = aliceOf();
    const agent = await signIn({ agent: true });
    const { number } = await supportOpens(agent, type, email, { note: undefined });

    const workflow = await eventually(`the workflow of ${number} to start`, async () => {
      const response = await agent.get(`/v1/agent/tickets/${number}/workflow`);
      return response.status === 200 ? response.body : undefined;
    });
    expect(workflow.execution.status).toMatch(/RUNNING|SUCCEEDED/);
    const alice = await signIn({ email });
    expect(await listedNumbers(alice)).toEqual([number]);
  });

  it('opens the case once for one Idempotency-Key, answering a retry with the same ticket', async () => {
    const { email } = aliceOf();
    const agent = await signIn({ agent: true });
    const key = randomUUID();
    const first = await agent.post('/v1/agent/tickets', supportForm('general', email), { 'idempotency-key': key });
    const again = await agent.post('/v1/agent/tickets', supportForm('general', email), { 'idempotency-key': key });
    expectStatus(first, 201);
    expectStatus(again, 201);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect(again.body.ticket.number).toBe(first.body.ticket.number);
    expect(await listedNumbers(await signIn({ email }))).toEqual([first.body.ticket.number]);

    const changed = await agent.post('/v1/agent/tickets', supportForm('general', email, { subject: 'Another case' }), { 'idempotency-key': key });
    expectStatus(changed, 422);
    expect(changed.body.error.code).toBe('idempotency_key_reused');
  });
});

describe('a customer whose email is not verified', () => {
  it('sees the tickets they opened themselves, by their own token', async () => {
    const customer = await signIn({ verified: false });
    const own = await customer.post('/v1/tickets', ticketForm('general'));
    expectStatus(own, 201);
    expect(await listedNumbers(customer)).toEqual([own.body.ticket.number]);
    expectStatus(await customer.get(`/v1/tickets/${own.body.ticket.number}`), 200);
  });

  it('finds the ticket they opened before verifying in their email’s list once verified, beside support’s case, in every later session', async () => {
    const { email } = aliceOf();
    const agent = await signIn({ agent: true });
    const before = await signIn({ email, verified: false });
    const own = (await openTicket(before, 'general', { subject: 'Opened before I verified my email' })).number as string;
    const bob = await signIn({ verified: false });
    const bobs = (await openTicket(bob, 'general')).number as string;
    const { number: supportCase } = await supportOpens(agent, 'general', email);

    // Alice verifies her address: the same account, signed in again, finds both cases of her email.
    const alice = await signIn({ email });
    expect((await listedNumbers(alice)).sort()).toEqual([own, supportCase].sort());
    expectStatus(await alice.get(`/v1/tickets/${own}`), 200);
    expect((await listedNumbers(await signIn({ email }))).sort()).toEqual([own, supportCase].sort());
    expect(await listedNumbers(alice, '?status=open')).toEqual(expect.arrayContaining([own]));

    // Nobody else gains it, and Bob keeps his own.
    const carol = await signIn();
    expect(await listedNumbers(carol)).toEqual([]);
    expectStatus(await carol.get(`/v1/tickets/${own}`), 404);
    expect(await listedNumbers(bob)).toEqual([bobs]);
    expect((await agent.get(`/v1/agent/tickets/${own}`)).body.ticket.requester).toMatchObject({ email });
  });

  it('keeps the preferences they set before verifying for the tickets of their verified email', async () => {
    const { email } = aliceOf();
    const before = await signIn({ email, verified: false });
    expectStatus(await before.request('PUT', '/v1/me/preferences', { body: { emailOnStatusChange: false, emailOnReply: true } }), 200);
    const own = (await openTicket(before, 'general')).number as string;

    const alice = await signIn({ email });
    expect((await alice.get('/v1/me/preferences')).body).toEqual({ preferences: { emailOnStatusChange: false, emailOnReply: true } });
    const agent = await signIn({ agent: true });
    await agentMoves(agent, own, 'in_progress');
    await agentWrites(agent, own, { body: 'We are on it.' });

    const emails = await waitForEmail(email, 'New reply from support');
    expect(subjects(emails).filter((subject) => subject.endsWith(': In Progress'))).toEqual([]);
  });
});
