import { beforeAll, describe, expect, it } from 'vitest';
import { callApi, signIn, ticketForm } from '../../support/api';
import type { ApiResponse, ApiUser } from '../../support/api';
import { customerView, expectStatus, listedNumbers } from './customer-steps';

const isoTime = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;

describe('POST /v1/tickets opens a ticket', () => {
  it('answers 201 with an 8-digit number, the first status with its label and meaning, and the open phase for a general ticket', async () => {
    const alice = await signIn();
    const response = await alice.post('/v1/tickets', ticketForm('general', { phone: '+49 30 1234567', priority: 'high' }));

    expectStatus(response, 201);
    expect(response.body.redacted).toEqual([]);
    const ticket = response.body.ticket;
    expect(ticket.number).toMatch(/^[1-9]\d{7}$/);
    expect(ticket).toMatchObject({
      type: 'general',
      subject: 'Help with my general',
      description: 'Steps, what I expected and what happened.',
      priority: 'high',
      phase: 'open',
      status: {
        code: 'open',
        label: 'Open',
        meaning:
          'The service or technical team is currently working on your request, and we will contact you as soon as we have a feedback. If you have an open ticket, it can be tracked in the Report Status field within the ticket view',
      },
      reportStatus: null,
      details: {},
      requester: { name: 'Alice Example', email: alice.email, phone: '+49 30 1234567' },
      lastReply: null,
    });
    expect(ticket.createdAt).toMatch(isoTime);
    expect(ticket.updatedAt).toBe(ticket.createdAt);
  });

  it('gives a ticket the normal priority when the form names none', async () => {
    const response = await (await signIn()).post('/v1/tickets', ticketForm('api'));
    expectStatus(response, 201);
    expect(response.body.ticket.priority).toBe('normal');
  });

  it.each([
    ['refund (Paddle)', 'refund', {}],
    [
      'refund (CoinPayments)',
      'refund',
      { details: { provider: 'coinpayments', transactionId: 'CPHB0TQ5XKXXLGSE1NHWRBBWMD', amount: '0.015', currency: 'BTC', refundAddress: 'bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq' } },
    ],
    ['withdrawal', 'withdrawal', {}],
    ['kyc (verification)', 'kyc', {}],
    ['kyc (address change)', 'kyc', { details: { kind: 'address_change', country: 'PT', address: 'Rua Augusta 100, 1100-053 Lisboa' } }],
  ])('opens a %s ticket as Submitted, open, with its details as sent', async (_name, type, overrides) => {
    const form = ticketForm(type, overrides);
    const response = await (await signIn()).post('/v1/tickets', form);

    expectStatus(response, 201);
    expect(response.body.ticket).toMatchObject({
      number: expect.stringMatching(/^[1-9]\d{7}$/),
      type,
      phase: 'open',
      status: { code: 'submitted', label: 'Submitted', meaning: 'Your request has been submitted' },
      details: form['details'],
    });
  });

  it('accepts a whole amount such as "10" and a subject of exactly 200 characters', async () => {
    const form = ticketForm('refund', { subject: 's'.repeat(200) });
    const response = await (await signIn()).post('/v1/tickets', { ...form, details: { ...(form['details'] as object), amount: '10' } });

    expectStatus(response, 201);
    expect(response.body.ticket.details.amount).toBe('10');
    expect(response.body.ticket.subject).toHaveLength(200);
  });
});

describe('POST /v1/tickets refuses bad input and writes nothing', () => {
  let refused: ApiUser;
  beforeAll(async () => {
    refused = await signIn();
  });

  async function expectRefusedAt(response: ApiResponse, path: string) {
    expectStatus(response, 400);
    expect(response.body.error).toMatchObject({ code: 'invalid_request', message: expect.any(String) });
    expect(response.body.error.fields).toContainEqual({ path, message: expect.any(String) });
    expect(await listedNumbers(refused)).toEqual([]);
  }

  const refund = ticketForm('refund');
  const refundDetails = refund['details'] as Record<string, unknown>;
  const coinpayments = { provider: 'coinpayments', transactionId: 'CPHB0TQ5XKXXLGSE1NHWRBBWMD', amount: '1.00', currency: 'LTC' };

  it.each([
    ['an unknown field at the top level', ticketForm('general', { color: 'red' }), 'color'],
    ['an email in the form (the requester is the token’s)', ticketForm('general', { email: 'someone.else@example.com' }), 'email'],
    ['an unknown field inside details', { ...refund, details: { ...refundDetails, note: 'asap' } }, 'details.note'],
    ['an unknown field in the details of a type that has none', ticketForm('bug_report', { details: { browser: 'Firefox' } }), 'details.browser'],
    ['a subject that is not a string', ticketForm('general', { subject: 42 }), 'subject'],
    ['an amount sent as a number', { ...refund, details: { ...refundDetails, amount: 10 } }, 'details.amount'],
    ['a subject of 201 characters', ticketForm('general', { subject: 's'.repeat(201) }), 'subject'],
    ['a description of 10,001 characters', ticketForm('general', { description: 'd'.repeat(10_001) }), 'description'],
    ['a blank subject', ticketForm('general', { subject: '   ' }), 'subject'],
    ['a missing description', ticketForm('general', { description: undefined }), 'description'],
    ['an unknown type', ticketForm('general', { type: 'lottery' }), 'type'],
    ['an unknown priority', ticketForm('general', { priority: 'urgent' }), 'priority'],
    ['a refund without details', ticketForm('refund', { details: undefined }), 'details'],
    ['a CoinPayments refund without its refund address', { ...refund, details: coinpayments }, 'details.refundAddress'],
    ['a negative amount ("-1")', { ...refund, details: { ...refundDetails, amount: '-1' } }, 'details.amount'],
    ['an amount in exponent notation ("1e3")', { ...refund, details: { ...refundDetails, amount: '1e3' } }, 'details.amount'],
    ['a zero amount ("0.00")', { ...refund, details: { ...refundDetails, amount: '0.00' } }, 'details.amount'],
    ['a KYC address change without the address', ticketForm('kyc', { details: { kind: 'address_change', country: 'DE' } }), 'details.address'],
  ])('answers 400 naming the field for %s', async (_name, form, path) => {
    await expectRefusedAt(await refused.post('/v1/tickets', form), path);
  });

  it('answers 400 to a body that is not valid JSON', async () => {
    const response = await refused.request('POST', '/v1/tickets', { rawBody: '{"type": "general", "subject": ', headers: { 'content-type': 'application/json' } });

    expectStatus(response, 400);
    expect(response.body.error).toMatchObject({ code: 'invalid_request', message: 'The body is not valid JSON.' });
    expect(await listedNumbers(refused)).toEqual([]);
  });

  it('answers 415 to a body that is not sent as JSON', async () => {
    const response = await refused.request('POST', '/v1/tickets', { rawBody: JSON.stringify(ticketForm('general')), headers: { 'content-type': 'text/plain' } });

    expectStatus(response, 415);
    expect(response.body.error).toEqual({ code: 'unsupported_media_type', message: expect.stringContaining('application/json'), fields: [] });
    expect(await listedNumbers(refused)).toEqual([]);
  });

  it('answers 413 to a body over 64 KB', async () => {
    const response = await refused.post('/v1/tickets', ticketForm('general', { description: 'd'.repeat(65 * 1024) }));

    expectStatus(response, 413);
    expect(response.body.error).toEqual({ code: 'payload_too_large', message: expect.any(String), fields: [] });
    expect(await listedNumbers(refused)).toEqual([]);
  });

  it('answers 401 without a token', async () => {
    const response = await callApi('POST', '/v1/tickets', { body: ticketForm('general') });
    expect(response.status).toBe(401);
  });
});

describe('POST /v1/tickets redacts secrets before storing them', () => {
  const description = [
    'I was charged twice on card 4242 4242 4242 4242 for order 20240517.',
    'Our integration uses sk_live_51HqLyjWDarjtT1zdp7dcXYZ12345 and',
    'password: hunter2-Secret!',
    'The reference 4111 1111 1111 1112 is not a card.',
  ].join('\n');
  const expected = [
    'I was charged twice on card [card ending 4242] for order 20240517.',
    'Our integration uses [REDACTED] and',
    'password: [REDACTED]',
    'The reference 4111 1111 1111 1112 is not a card.',
  ].join('\n');

  it('keeps only the last four digits of a card number, replaces an API key and a password with [REDACTED], and says which kinds it found', async () => {
    const alice = await signIn();
    const response = await alice.post('/v1/tickets', ticketForm('payments', { description }));

    expectStatus(response, 201);
    expect(response.body.ticket.description).toBe(expected);
    expect(response.body.redacted).toEqual(['api_key', 'card_number', 'password']);
    const raw = JSON.stringify(response.body);
    for (const secret of ['4242 4242 4242 4242', 'sk_live_51HqLyjWDarjtT1zdp7dcXYZ12345', 'hunter2']) expect(raw).not.toContain(secret);
  });

  it('stores the redacted text, as GET shows it', async () => {
    const alice = await signIn();
    const created = await alice.post('/v1/tickets', ticketForm('payments', { subject: 'Card 4242-4242-4242-4242 charged twice', description }));
    expectStatus(created, 201);

    const { ticket } = await customerView(alice, created.body.ticket.number);
    expect(ticket.subject).toBe('Card [card ending 4242] charged twice');
    expect(ticket.description).toBe(expected);
  });

  it.each([
    ['a withdrawal’s destination', 'withdrawal', { amount: '250.00', currency: 'EUR', destination: 'My Visa card 4242 4242 4242 4242' }, 'destination', 'My Visa card [card ending 4242]'],
    ['a KYC address', 'kyc', { kind: 'address_change', country: 'DE', address: 'Hauptstr. 1, Berlin, password: hunter2' }, 'address', 'Hauptstr. 1, Berlin, password: [REDACTED]'],
  ])('redacts what is written in %s too, as it is free text', async (_name, type, details, field, expectedText) => {
    const alice = await signIn();
    const created = await alice.post('/v1/tickets', ticketForm(type, { details }));
    expectStatus(created, 201);

    expect(created.body.ticket.details[field]).toBe(expectedText);
    expect(created.body.redacted).not.toEqual([]);
    expect((await customerView(alice, created.body.ticket.number)).ticket.details[field]).toBe(expectedText);
  });
});
