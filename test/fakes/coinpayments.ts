/**
 * A fake CoinPayments legacy API: `POST /api.php` with a form body signed in the `HMAC` header
 * (HMAC-SHA512 with the private key), answering `create_withdrawal` with `{ error: 'ok', result }`,
 * and withdrawal IPNs signed with the IPN secret.
 */
import { randomBytes } from 'node:crypto';
import type { WebhookDelivery } from '../../functions/providers/types';
import { localCoinPaymentsMerchantId, localProviderSecrets } from '../../infra/local/secrets';
import { startFakeServer, type FakeAnswer, type FakeProvider, type RecordedRequest } from './server';
import { signCoinPayments } from './signing';

function withdrawalId(): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
  return `CW${[...randomBytes(24)].map((byte) => alphabet[byte % alphabet.length]).join('')}`;
}

const refuse = (status: number, error: string): FakeAnswer => ({ status, body: { error, result: [] } });

function failureBody(status: number): unknown {
  return { error: status === 429 ? 'Too many requests, slow down' : `Server error ${status}`, result: [] };
}

function handle(request: RecordedRequest, keys: { publicKey: string; privateKey: string }): FakeAnswer {
  if (request.method !== 'POST' || request.path !== '/api.php') return { status: 404, body: 'Not Found' };
  const hmac = request.headers['hmac'];
  if (!hmac) return refuse(401, 'No HMAC signature sent.');
  const form = new URLSearchParams(request.body);
  if (form.get('key') !== keys.publicKey) return refuse(401, 'Invalid API public key passed');
  if (hmac !== signCoinPayments(request.body, keys.privateKey)) return refuse(401, 'HMAC signature does not match');
  if (form.get('version') !== '1') return refuse(200, 'Invalid API version - no version passed!');
  if (form.get('cmd') !== 'create_withdrawal') return refuse(200, 'Invalid command!');
  const amount = Number(form.get('amount'));
  if (!(amount > 0)) return refuse(200, 'Invalid amount!');
  if (!/^[A-Z0-9.]{2,12}$/.test(form.get('currency') ?? '')) return refuse(200, 'Invalid currency!');
  if (!form.get('address')) return refuse(200, 'You must specify an address or $PayByName tag!');
  return {
    status: 200,
    body: { error: 'ok', result: { id: withdrawalId(), status: form.get('auto_confirm') === '1' ? 1 : 0, amount: amount.toFixed(8) } },
  };
}

/**
 * Starts a fake CoinPayments API accepting the given key pair (the local defaults unless given).
 * @throws the listen error.
 */
export function startFakeCoinPayments(options: { host?: string; port?: number; publicKey?: string; privateKey?: string } = {}): Promise<FakeProvider> {
  const keys = {
    publicKey: options.publicKey ?? localProviderSecrets.coinpaymentsPublicKey,
    privateKey: options.privateKey ?? localProviderSecrets.coinpaymentsPrivateKey,
  };
  return startFakeServer({
    ...(options.host ? { host: options.host } : {}),
    ...(options.port === undefined ? {} : { port: options.port }),
    failureBody,
    handle: (request) => handle(request, keys),
  });
}

export interface CoinPaymentsIpnInput {
  readonly withdrawalId: string;
  /** 2 complete, 1 pending, 0 waiting for email confirmation, -1 cancelled. */
  readonly status: number;
  readonly ipnSecret?: string;
  readonly merchantId?: string;
  readonly ipnId?: string;
  readonly amount?: string;
  readonly currency?: string;
  readonly address?: string;
}

const statusTexts: Readonly<Record<string, string>> = { '-1': 'Cancelled', '0': 'Waiting for email confirmation', '1': 'Pending', '2': 'Complete' };

/** A withdrawal IPN as CoinPayments sends it: the form body and its `hmac` header. */
export function coinPaymentsIpnDelivery(input: CoinPaymentsIpnInput): WebhookDelivery {
  const amount = input.amount ?? '0.01000000';
  const body = new URLSearchParams([
    ['ipn_version', '1.0'],
    ['ipn_type', 'withdrawal'],
    ['ipn_mode', 'hmac'],
    ['ipn_id', input.ipnId ?? randomBytes(16).toString('hex')],
    ['merchant', input.merchantId ?? localCoinPaymentsMerchantId],
    ['address', input.address ?? 'bc1qlocalrefundaddress0000000000000000000'],
    ['txn_id', input.status === 2 ? randomBytes(32).toString('hex') : ''],
    ['id', input.withdrawalId],
    ['status', String(input.status)],
    ['status_text', statusTexts[String(input.status)] ?? (input.status < 0 ? 'Failed' : 'Pending')],
    ['currency', input.currency ?? 'BTC'],
    ['amount', amount],
    ['amounti', String(Math.round(Number(amount) * 1e8))],
  ]).toString();
  return {
    rawBody: body,
    headers: { 'content-type': 'application/x-www-form-urlencoded', hmac: signCoinPayments(body, input.ipnSecret ?? localProviderSecrets.coinpaymentsIpnSecret) },
  };
}
