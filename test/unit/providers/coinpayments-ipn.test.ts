import { describe, expect, it } from 'vitest';
import { createWithdrawalBody, verifyCoinPaymentsIpn } from '../../../functions/providers/coinpayments';
import { WebhookSignatureError, type WebhookDelivery } from '../../../functions/providers/types';
import { coinPaymentsIpnDelivery, signCoinPayments } from '../../fakes';

const ipnSecret = 'ipn-secret-for-tests';
const merchantId = 'merchant-0042';
const options = { ipnSecret, merchantId };

function delivery(overrides: Partial<Parameters<typeof coinPaymentsIpnDelivery>[0]> = {}): WebhookDelivery {
  return coinPaymentsIpnDelivery({ withdrawalId: 'CWTEST0001', status: 2, ipnSecret, merchantId, ...overrides });
}

function refusal(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(WebhookSignatureError);
    return (error as Error).message;
  }
  throw new Error('The IPN was accepted');
}

function resign(rawBody: string, secret = ipnSecret): WebhookDelivery {
  return { rawBody, headers: { hmac: signCoinPayments(rawBody, secret) } };
}

describe('CoinPayments IPN signatures', () => {
  it('signs like CoinPayments’ documented example (HMAC-SHA512 of the raw POST data)', () => {
    const body = 'currency=BTC&version=1&cmd=get_callback_address&key=your_api_public_key&format=json';
    expect(signCoinPayments(body, 'test')).toBe(
      '5590eac015e7692902e1a9cd5464f1d305a4b593d2f1343d826ac5affc5ac6f960a5167284f9bf31295cba0e04df9d8f7087935b5344c468ccf2dd036e159102',
    );
  });

  it('reads a complete withdrawal, with an event id from its id and status', () => {
    const outcome = verifyCoinPaymentsIpn(delivery(), options);
    expect(outcome).toMatchObject({ provider: 'coinpayments', reference: 'CWTEST0001', outcome: 'completed', eventId: 'withdrawal:CWTEST0001:2' });
    expect(outcome.internalComment).toMatch(/^CoinPayments withdrawal status 2 \(Complete\), transaction [0-9a-f]{64}$/);
  });

  it('reads a cancelled or failed withdrawal as failed', () => {
    expect(verifyCoinPaymentsIpn(delivery({ status: -1 }), options).outcome).toBe('failed');
    expect(verifyCoinPaymentsIpn(delivery({ status: -2 }), options).outcome).toBe('failed');
  });

  it('reads waiting and pending withdrawals as progress', () => {
    expect(verifyCoinPaymentsIpn(delivery({ status: 0 }), options).outcome).toBe('pending');
    expect(verifyCoinPaymentsIpn(delivery({ status: 1 }), options).outcome).toBe('pending');
  });

  it('gives a retried notification of the same status the same event id', () => {
    const first = verifyCoinPaymentsIpn(delivery({ ipnId: 'a'.repeat(32) }), options);
    const retry = verifyCoinPaymentsIpn(delivery({ ipnId: 'b'.repeat(32) }), options);
    expect(retry.eventId).toBe(first.eventId);
  });

  it('refuses a forged HMAC', () => {
    expect(refusal(() => verifyCoinPaymentsIpn(delivery({ ipnSecret: 'guessed' }), options))).toContain('does not match');
  });

  it('refuses a body changed after signing', () => {
    const signed = delivery({ status: -1 });
    const changed = { ...signed, rawBody: signed.rawBody.replace('status=-1', 'status=2') };
    expect(refusal(() => verifyCoinPaymentsIpn(changed, options))).toContain('does not match');
  });

  it('refuses an unsigned IPN', () => {
    expect(refusal(() => verifyCoinPaymentsIpn({ rawBody: delivery().rawBody, headers: {} }, options))).toContain('no HMAC header');
  });

  it('refuses a well signed IPN for another merchant', () => {
    expect(refusal(() => verifyCoinPaymentsIpn(delivery({ merchantId: 'someone-else' }), options))).toContain('another merchant');
  });

  it('refuses an IPN that is not in HMAC mode', () => {
    const body = delivery().rawBody.replace('ipn_mode=hmac', 'ipn_mode=httpauth');
    expect(refusal(() => verifyCoinPaymentsIpn(resign(body), options))).toContain('HMAC mode');
  });

  it('acknowledges an IPN of another type as progress', () => {
    const body = `ipn_version=1.0&ipn_type=api&ipn_mode=hmac&ipn_id=x&merchant=${merchantId}&txn_id=CPTX1&status=100&status_text=Complete`;
    expect(verifyCoinPaymentsIpn(resign(body), options)).toMatchObject({ reference: 'CPTX1', outcome: 'pending', eventId: 'api:CPTX1:100' });
  });
});

describe('CoinPayments create_withdrawal body', () => {
  it('puts every documented field in a fixed order, form-encoded', () => {
    const body = createWithdrawalBody('pub', { amount: '0.5', currency: 'BTC', address: 'bc1q x', ipnUrl: 'https://api.example/v1/webhooks/coinpayments', note: 'Refund 12345678' });
    expect(body).toBe(
      'version=1&cmd=create_withdrawal&key=pub&format=json&amount=0.5&currency=BTC&address=bc1q+x&ipn_url=https%3A%2F%2Fapi.example%2Fv1%2Fwebhooks%2Fcoinpayments&note=Refund+12345678&auto_confirm=1',
    );
  });
});
