import { describe, expect, it } from 'vitest';
import { applicationBody, verifyJ2txWebhook } from '../../../functions/providers/j2tx';
import { WebhookSignatureError, type WebhookDelivery } from '../../../functions/providers/types';
import { j2txWebhookDelivery, signJ2txWebhook } from '../../fakes';

const secret = 'j2tx-secret-for-tests';
const now = new Date('2026-11-21T12:00:00Z');
const ts = Math.floor(now.getTime() / 1000);
const options = { secret, toleranceSeconds: 300, now };

function delivery(overrides: Partial<Parameters<typeof j2txWebhookDelivery>[0]> = {}): WebhookDelivery {
  return j2txWebhookDelivery({ applicationId: 'app_1', externalId: '48213377', answer: 'approved', secret, timestamp: ts, eventId: 'evt_1', ...overrides });
}

function refusal(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(WebhookSignatureError);
    return (error as Error).message;
  }
  throw new Error('The delivery was accepted');
}

describe('J2TX webhook signatures', () => {
  it('accepts a signed approval', () => {
    expect(verifyJ2txWebhook(delivery(), options)).toEqual({ provider: 'j2tx', eventId: 'evt_1', reference: 'app_1', outcome: 'approved' });
  });

  it('reads a decline as rejected and keeps the customer’s comment apart from the internal one', () => {
    const outcome = verifyJ2txWebhook(delivery({ answer: 'declined', customerComment: 'We could not verify your document.', internalComment: 'Document tampered' }), options);
    expect(outcome).toMatchObject({ outcome: 'rejected', customerComment: 'We could not verify your document.', internalComment: 'Document tampered' });
  });

  it('reads a request for more information', () => {
    expect(verifyJ2txWebhook(delivery({ answer: 'needs_information', customerComment: 'Upload a utility bill.' }), options)).toMatchObject({
      outcome: 'needs_information',
      customerComment: 'Upload a utility bill.',
    });
  });

  it('reads an event of another type as progress, never passing its comments to the customer', () => {
    const outcome = verifyJ2txWebhook(delivery({ type: 'application.created', customerComment: 'hello' }), options);
    expect(outcome.outcome).toBe('pending');
    expect(outcome.customerComment).toBeUndefined();
  });

  it('refuses a forged signature', () => {
    expect(refusal(() => verifyJ2txWebhook(delivery({ secret: 'guessed' }), options))).toContain('does not match');
  });

  it('refuses a body changed after signing', () => {
    const signed = delivery({ answer: 'declined' });
    expect(refusal(() => verifyJ2txWebhook({ ...signed, rawBody: signed.rawBody.replace('declined', 'approved') }, options))).toContain('does not match');
  });

  it('refuses a signature without its sha256= scheme', () => {
    const signed = delivery();
    const bare = (signed.headers['x-j2tx-signature'] ?? '').replace('sha256=', '');
    expect(refusal(() => verifyJ2txWebhook({ ...signed, headers: { ...signed.headers, 'x-j2tx-signature': bare } }, options))).toContain('does not match');
  });

  it('refuses an unsigned delivery, or one without its timestamp', () => {
    const signed = delivery();
    expect(refusal(() => verifyJ2txWebhook({ rawBody: signed.rawBody, headers: { 'x-j2tx-timestamp': String(ts) } }, options))).toContain('no X-J2TX-Signature');
    expect(refusal(() => verifyJ2txWebhook({ rawBody: signed.rawBody, headers: { 'x-j2tx-signature': signed.headers['x-j2tx-signature'] } }, options))).toContain('no X-J2TX-Timestamp');
  });

  it('refuses a stale delivery and one from the future', () => {
    expect(refusal(() => verifyJ2txWebhook(delivery({ timestamp: ts - 301 }), options))).toContain('ago');
    expect(refusal(() => verifyJ2txWebhook(delivery({ timestamp: ts + 301 }), options))).toContain('future');
  });

  it('refuses a timestamp header moved after signing', () => {
    const signed = delivery({ timestamp: ts - 3600 });
    expect(refusal(() => verifyJ2txWebhook({ ...signed, headers: { ...signed.headers, 'x-j2tx-timestamp': String(ts) } }, options))).toContain('does not match');
  });

  it('refuses a review whose answer is not text, naming it', () => {
    const rawBody = JSON.stringify({ eventId: 'evt_3', type: 'application.reviewed', applicationId: 'app_1', review: { answer: 1 } });
    const headers = { 'x-j2tx-timestamp': String(ts), 'x-j2tx-signature': signJ2txWebhook(rawBody, secret, ts) };
    expect(refusal(() => verifyJ2txWebhook({ rawBody, headers }, options))).toContain('review.answer');
  });

  it('refuses a signed body that is not a J2TX event', () => {
    const rawBody = '{"eventId":"evt_1"}';
    const headers = { 'x-j2tx-timestamp': String(ts), 'x-j2tx-signature': signJ2txWebhook(rawBody, secret, ts) };
    expect(refusal(() => verifyJ2txWebhook({ rawBody, headers }, options))).toContain('not a J2TX event');
  });
});

describe('J2TX application body', () => {
  it('uses the contract’s names and leaves out what is not given', () => {
    const body = JSON.parse(applicationBody({ ticketNumber: '48213377', kind: 'verification', country: 'DE', email: 'ada@example.com', name: 'Ada' }));
    expect(body).toEqual({ externalId: '48213377', kind: 'verification', country: 'DE', email: 'ada@example.com', name: 'Ada' });
  });
});
