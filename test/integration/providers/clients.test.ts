import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createCoinPaymentsClient, createWithdrawalBody } from '../../../functions/providers/coinpayments';
import { createJ2txClient } from '../../../functions/providers/j2tx';
import { createPaddleClient } from '../../../functions/providers/paddle';
import { ProviderRejectedError, ProviderUnavailableError } from '../../../functions/providers/types';
import { localProviderSecrets } from '../../../infra/local/secrets';
import { paddleId, remoteFake, signCoinPayments, startFakeCoinPayments, startFakeJ2tx, startFakePaddle, type FakeProvider } from '../../fakes';

// Backoffs are recorded, not slept. An attempt's timeout is long enough for a busy machine to
// answer in time (a fake that answers is never mistaken for one that hangs), and a hanging fake
// holds its answer far longer than that, so which is which never depends on the machine's speed.
const waits: number[] = [];
const retry = { sleep: async (ms: number) => void waits.push(ms) };
const timeoutMs = 2_000;
const hangMs = 60_000;
const fakes: { paddle?: FakeProvider; coinpayments?: FakeProvider; j2tx?: FakeProvider } = {};
const started = (name: keyof typeof fakes): FakeProvider => {
  const fake = fakes[name];
  if (!fake) throw new Error(`${name} fake not started`);
  return fake;
};

beforeAll(async () => {
  [fakes.paddle, fakes.coinpayments, fakes.j2tx] = await Promise.all([startFakePaddle(), startFakeCoinPayments(), startFakeJ2tx()]);
});
afterAll(async () => {
  await Promise.all(Object.values(fakes).map((fake) => fake.stop()));
});
beforeEach(() => {
  waits.length = 0;
  for (const fake of Object.values(fakes)) fake.reset();
});

async function rejection(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise;
  } catch (error) {
    return error as Error;
  }
  throw new Error('The call succeeded');
}

describe('Paddle client against the fake Paddle', () => {
  const refund = { transactionId: paddleId('txn'), reason: 'Charged twice', ticketNumber: '48213377' };
  const client = (apiKey = localProviderSecrets.paddleApiKey) => createPaddleClient({ baseUrl: started('paddle').endpoint, apiKey, timeoutMs, retry });

  it('asks for a full refund and answers the adjustment id', async () => {
    const reference = await client().requestRefund(refund);
    expect(reference.provider).toBe('paddle');
    expect(reference.reference).toMatch(/^adj_[a-z\d]{26}$/);
    const [request] = started('paddle').requests;
    expect(request?.headers['authorization']).toBe(`Bearer ${localProviderSecrets.paddleApiKey}`);
    expect(JSON.parse(request?.body ?? '')).toEqual({
      action: 'refund',
      transaction_id: refund.transactionId,
      reason: 'Charged twice (Ticketflow ticket 48213377)',
      type: 'full',
    });
  });

  it('waits what a 429 asks, then succeeds', async () => {
    started('paddle').failNext(1, 429, { retryAfterSeconds: 1 });
    expect((await client().requestRefund(refund)).reference).toMatch(/^adj_/);
    expect(started('paddle').requests).toHaveLength(2);
    expect(waits).toEqual([1000]);
  });

  it('answers ProviderUnavailable when Paddle fails past the retries', async () => {
    started('paddle').failNext(3, 503);
    const error = await rejection(client().requestRefund(refund));
    expect(error).toBeInstanceOf(ProviderUnavailableError);
    expect(error.message).toBe('Paddle did not answer after 3 attempts (last: HTTP 503)');
    expect(started('paddle').requests).toHaveLength(3);
    expect(waits).toHaveLength(2);
  });

  it('answers ProviderRejected with Paddle’s detail on a 4xx, without retrying', async () => {
    const error = await rejection(client().requestRefund({ ...refund, transactionId: 'txn_not-a-paddle-id' }));
    expect(error).toBeInstanceOf(ProviderRejectedError);
    expect(error.message).toContain('HTTP 400: bad_request - Invalid request. - transaction_id: does not match');
    expect(started('paddle').requests).toHaveLength(1);
  });

  it('answers ProviderRejected when the API key is wrong', async () => {
    const error = await rejection(client('pdl_wrong').requestRefund(refund));
    expect(error).toBeInstanceOf(ProviderRejectedError);
    expect(error.message).toContain('HTTP 403: invalid_token');
  });

  it('answers ProviderUnavailable when Paddle does not answer in time', async () => {
    started('paddle').hangNext(3, hangMs);
    const error = await rejection(client().requestRefund(refund));
    expect(error).toBeInstanceOf(ProviderUnavailableError);
    expect(error.message).toContain('no answer in time');
    expect(started('paddle').requests).toHaveLength(3);
  });
});

describe('CoinPayments client against the fake CoinPayments', () => {
  const payout = { amount: '0.015', currency: 'BTC', address: 'bc1qcustomerrefundaddress', ipnUrl: 'http://127.0.0.1:3000/v1/webhooks/coinpayments', note: 'Refund for ticket 48213377' };
  const client = (privateKey = localProviderSecrets.coinpaymentsPrivateKey) =>
    createCoinPaymentsClient({ baseUrl: started('coinpayments').endpoint, publicKey: localProviderSecrets.coinpaymentsPublicKey, privateKey, timeoutMs, retry });

  it('creates a withdrawal with a signed form body and answers its id', async () => {
    const reference = await client().createPayout(payout);
    expect(reference).toEqual({ provider: 'coinpayments', reference: expect.stringMatching(/^CW[A-Z0-9]{24}$/) });
    const [request] = started('coinpayments').requests;
    expect(request?.path).toBe('/api.php');
    expect(request?.body).toBe(createWithdrawalBody(localProviderSecrets.coinpaymentsPublicKey, payout));
    expect(request?.headers['hmac']).toBe(signCoinPayments(request?.body ?? '', localProviderSecrets.coinpaymentsPrivateKey));
  });

  it('retries after a 429, then succeeds', async () => {
    started('coinpayments').failNext(1, 429);
    expect((await client().createPayout(payout)).reference).toMatch(/^CW/);
    expect(started('coinpayments').requests).toHaveLength(2);
  });

  it('answers ProviderUnavailable when CoinPayments fails past the retries', async () => {
    started('coinpayments').failNext(3, 502);
    expect(await rejection(client().createPayout(payout))).toBeInstanceOf(ProviderUnavailableError);
  });

  it('answers ProviderRejected with CoinPayments’ message when error is not ok', async () => {
    const error = await rejection(client().createPayout({ ...payout, amount: '0' }));
    expect(error).toBeInstanceOf(ProviderRejectedError);
    expect(error.message).toBe('CoinPayments refused the payout (HTTP 200: Invalid amount!)');
  });

  it('answers ProviderRejected when the request is signed with the wrong key', async () => {
    const error = await rejection(client('wrong-private-key').createPayout(payout));
    expect(error).toBeInstanceOf(ProviderRejectedError);
    expect(error.message).toContain('HMAC signature does not match');
  });

  it('answers ProviderUnavailable when CoinPayments does not answer in time', async () => {
    started('coinpayments').hangNext(3, hangMs);
    expect(await rejection(client().createPayout(payout))).toBeInstanceOf(ProviderUnavailableError);
  });
});

describe('J2TX client against the fake J2TX', () => {
  const application = { ticketNumber: '48213377', kind: 'verification' as const, country: 'DE', email: 'ada@example.com', name: 'Ada Lovelace' };
  const client = (apiKey = localProviderSecrets.j2txApiKey) => createJ2txClient({ baseUrl: started('j2tx').endpoint, apiKey, timeoutMs, retry });

  it('submits an application and answers its id', async () => {
    expect(await client().submitApplication(application)).toEqual({ provider: 'j2tx', reference: expect.stringMatching(/^app_/) });
    expect(JSON.parse(started('j2tx').requests[0]?.body ?? '')).toMatchObject({ externalId: '48213377', kind: 'verification' });
  });

  it('opens no second application when a slow answer is retried', async () => {
    started('j2tx').hangNext(1, hangMs);
    const reference = await client().submitApplication(application);
    const [first, retried] = started('j2tx').requests;
    expect(retried?.headers['idempotency-key']).toBe(first?.headers['idempotency-key']);
    expect(await client().submitApplication(application)).toEqual(reference);
  });

  it('sends a resubmission with more information under another key', async () => {
    await client().submitApplication(application);
    await client().submitApplication({ ...application, additionalInformation: 'My passport number is ...' });
    const [first, second] = started('j2tx').requests;
    expect(second?.headers['idempotency-key']).not.toBe(first?.headers['idempotency-key']);
  });

  it('waits after a 429, then succeeds; answers ProviderUnavailable past the retries', async () => {
    started('j2tx').failNext(1, 429, { retryAfterSeconds: 2 });
    await client().submitApplication(application);
    expect(waits).toEqual([2000]);
    started('j2tx').failNext(3, 500);
    expect(await rejection(client().submitApplication(application))).toBeInstanceOf(ProviderUnavailableError);
  });

  it('answers ProviderRejected on an invalid application or a wrong key', async () => {
    const invalid = await rejection(client().submitApplication({ ...application, country: 'Germany' }));
    expect(invalid).toBeInstanceOf(ProviderRejectedError);
    expect(invalid.message).toContain('HTTP 400: invalid_application - country must be');
    expect((await rejection(client('wrong').submitApplication(application))).message).toContain('HTTP 401: unauthorized');
  });

  it('answers ProviderUnavailable when J2TX does not answer in time', async () => {
    started('j2tx').hangNext(3, hangMs);
    expect(await rejection(client().submitApplication(application))).toBeInstanceOf(ProviderUnavailableError);
  });
});

describe('fake providers', () => {
  it('refuse unauthenticated calls as the providers do', async () => {
    const paddle = await fetch(`${started('paddle').endpoint}/adjustments`, { method: 'POST', body: '{}' });
    expect(paddle.status).toBe(403);
    expect(((await paddle.json()) as { error: { code: string } }).error.code).toBe('authentication_missing');

    const form = `version=1&cmd=create_withdrawal&key=${localProviderSecrets.coinpaymentsPublicKey}&amount=1&currency=BTC&address=x`;
    const unsigned = await fetch(`${started('coinpayments').endpoint}/api.php`, { method: 'POST', body: form });
    expect(unsigned.status).toBe(401);
    expect(((await unsigned.json()) as { error: string }).error).toBe('No HMAC signature sent.');
    const forged = await fetch(`${started('coinpayments').endpoint}/api.php`, { method: 'POST', headers: { hmac: signCoinPayments(form, 'guess') }, body: form });
    expect(forged.status).toBe(401);
    expect(((await forged.json()) as { error: string }).error).toBe('HMAC signature does not match');

    const j2tx = await fetch(`${started('j2tx').endpoint}/v1/applications`, { method: 'POST', headers: { authorization: 'Bearer guess' }, body: '{}' });
    expect(j2tx.status).toBe(401);
  });

  it('can be driven from another process over their control routes', async () => {
    const control = remoteFake(started('paddle').endpoint);
    await control.failNext(1, 500);
    const answer = await fetch(`${started('paddle').endpoint}/adjustments`, { method: 'POST', body: '{}' });
    expect(answer.status).toBe(500);
    expect((await control.requests()).map((request) => request.path)).toEqual(['/adjustments']);
    await control.reset();
    expect(await control.requests()).toEqual([]);
  });
});
