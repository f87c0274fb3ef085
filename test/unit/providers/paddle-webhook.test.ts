import { describe, expect, it } from 'vitest';
import { verifyPaddleWebhook } from '../../../functions/providers/paddle';
import { WebhookSignatureError, type WebhookDelivery } from '../../../functions/providers/types';
import { paddleWebhookDelivery, signPaddleWebhook } from '../../fakes';

const secret = 'pdl_ntfset_test_secret';
const now = new Date('2026-11-21T12:00:00Z');
const ts = Math.floor(now.getTime() / 1000);
const options = { secrets: [secret], toleranceSeconds: 300, now };

function delivery(overrides: Partial<Parameters<typeof paddleWebhookDelivery>[0]> = {}): WebhookDelivery {
  return paddleWebhookDelivery({ adjustmentId: 'adj_01', status: 'approved', secret, timestamp: ts, eventId: 'evt_1', reason: 'Not as described', ...overrides });
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

describe('Paddle webhook signatures', () => {
  it('accepts a delivery signed with the secret and reads the approval', () => {
    expect(verifyPaddleWebhook(delivery(), options)).toEqual({
      provider: 'paddle',
      eventId: 'evt_1',
      reference: 'adj_01',
      outcome: 'approved',
      internalComment: 'Not as described',
    });
  });

  it('reads a rejected adjustment as rejected', () => {
    expect(verifyPaddleWebhook(delivery({ status: 'rejected' }), options).outcome).toBe('rejected');
  });

  it('reads adjustment.created pending approval as progress', () => {
    expect(verifyPaddleWebhook(delivery({ eventType: 'adjustment.created', status: 'pending_approval' }), options).outcome).toBe('pending');
  });

  it('reads an event of another type as progress, saying which', () => {
    const outcome = verifyPaddleWebhook(delivery({ eventType: 'transaction.completed' }), options);
    expect(outcome.outcome).toBe('pending');
    expect(outcome.internalComment).toContain('transaction.completed');
  });

  it('refuses a body changed after signing', () => {
    const signed = delivery();
    expect(refusal(() => verifyPaddleWebhook({ ...signed, rawBody: signed.rawBody.replace('approved', 'rejected') }, options))).toContain('No Paddle-Signature h1');
  });

  it('refuses a delivery signed with another secret', () => {
    expect(refusal(() => verifyPaddleWebhook(delivery({ secret: 'someone-else' }), options))).toContain('No Paddle-Signature h1');
  });

  it('refuses an unsigned delivery', () => {
    const { rawBody } = delivery();
    expect(refusal(() => verifyPaddleWebhook({ rawBody, headers: { 'content-type': 'application/json' } }, options))).toContain('no Paddle-Signature header');
  });

  it('refuses a header without ts or without h1', () => {
    const { rawBody } = delivery();
    expect(refusal(() => verifyPaddleWebhook({ rawBody, headers: { 'paddle-signature': `ts=${ts}` } }, options))).toContain('no ts or no h1');
    const h1 = signPaddleWebhook(rawBody, secret, ts).split(';')[1] ?? '';
    expect(refusal(() => verifyPaddleWebhook({ rawBody, headers: { 'paddle-signature': h1 } }, options))).toContain('no ts or no h1');
  });

  it('refuses a stale delivery even when well signed', () => {
    expect(refusal(() => verifyPaddleWebhook(delivery({ timestamp: ts - 301 }), options))).toContain('signed 301 s ago');
  });

  it('refuses a delivery signed in the future beyond the tolerance', () => {
    expect(refusal(() => verifyPaddleWebhook(delivery({ timestamp: ts + 301 }), options))).toContain('in the future');
  });

  it('accepts a delivery at the edge of the tolerance', () => {
    expect(verifyPaddleWebhook(delivery({ timestamp: ts - 300 }), options).outcome).toBe('approved');
  });

  it('refuses a timestamp moved after signing', () => {
    const signed = delivery({ timestamp: ts - 3600 });
    const moved = (signed.headers['paddle-signature'] ?? '').replace(`ts=${ts - 3600}`, `ts=${ts}`);
    expect(refusal(() => verifyPaddleWebhook({ ...signed, headers: { 'paddle-signature': moved } }, options))).toContain('No Paddle-Signature h1');
  });

  it('accepts any of several h1 values, as during a rotation on Paddle’s side', () => {
    const signed = delivery({ secret: ['old-secret', secret] });
    expect(signed.headers['paddle-signature']?.match(/h1=/g)).toHaveLength(2);
    expect(verifyPaddleWebhook(signed, options).outcome).toBe('approved');
  });

  it('accepts a delivery signed with any configured secret, as during a rotation on ours', () => {
    expect(verifyPaddleWebhook(delivery({ secret: 'new-secret' }), { ...options, secrets: [secret, 'new-secret'] }).outcome).toBe('approved');
  });

  it('finds the header whatever its case', () => {
    const signed = delivery();
    const headers = { 'Paddle-Signature': signed.headers['paddle-signature'] };
    expect(verifyPaddleWebhook({ rawBody: signed.rawBody, headers }, options).reference).toBe('adj_01');
  });

  it('names the fields at fault when a signed body is not the documented Paddle event', () => {
    const rawBody = JSON.stringify({ event_id: 'evt_2', event_type: 'adjustment.updated', data: { status: 'approved' } });
    const headers = { 'paddle-signature': signPaddleWebhook(rawBody, secret, ts) };
    expect(refusal(() => verifyPaddleWebhook({ rawBody, headers }, options))).toContain('at fault: data.id');
  });

  it('refuses a signed body that is not a Paddle event', () => {
    const rawBody = '{"hello":"world"}';
    const headers = { 'paddle-signature': signPaddleWebhook(rawBody, secret, ts) };
    expect(refusal(() => verifyPaddleWebhook({ rawBody, headers }, options))).toContain('not a Paddle event');
  });
});
