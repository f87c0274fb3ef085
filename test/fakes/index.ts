/**
 * Fake outside parties for tests and for people running the local cloud: Paddle Billing,
 * CoinPayments and J2TX, each speaking its documented request, response and webhook format.
 */
import type { WebhookDelivery } from '../../functions/providers/types';
import { coinPaymentsIpnDelivery, startFakeCoinPayments, type CoinPaymentsIpnInput } from './coinpayments';
import { j2txWebhookDelivery, startFakeJ2tx, type J2txWebhookInput } from './j2tx';
import { paddleWebhookDelivery, startFakePaddle, type PaddleWebhookInput } from './paddle';
import type { FakeProvider } from './server';

export { coinPaymentsIpnDelivery, startFakeCoinPayments, type CoinPaymentsIpnInput } from './coinpayments';
export { j2txWebhookDelivery, startFakeJ2tx, type J2txWebhookInput } from './j2tx';
export { paddleId, paddleWebhookDelivery, startFakePaddle, type PaddleWebhookInput } from './paddle';
export { remoteFake, startFakeServer, type FakeAnswer, type FakeControls, type FakeProvider, type RecordedRequest, type RemoteFake } from './server';
export { signCoinPayments, signJ2txWebhook, signPaddleWebhook, unixNow } from './signing';

/** What our webhook route answered. */
export interface WebhookAnswer {
  readonly status: number;
  readonly body: string;
}

/** Posts a delivery to a webhook URL exactly as built (raw bytes and headers). */
export async function deliver(targetUrl: string, delivery: WebhookDelivery): Promise<WebhookAnswer> {
  const headers = Object.fromEntries(Object.entries(delivery.headers).filter((entry): entry is [string, string] => entry[1] !== undefined));
  const response = await fetch(targetUrl, { method: 'POST', headers, body: delivery.rawBody });
  return { status: response.status, body: await response.text() };
}

/** Sends a signed Paddle adjustment webhook to `targetUrl` (e.g. `<api>/v1/webhooks/paddle`). */
export function sendPaddleWebhook(targetUrl: string, input: PaddleWebhookInput): Promise<WebhookAnswer> {
  return deliver(targetUrl, paddleWebhookDelivery(input));
}

/** Sends a signed CoinPayments withdrawal IPN to `targetUrl` (e.g. `<api>/v1/webhooks/coinpayments`). */
export function sendCoinPaymentsIpn(targetUrl: string, input: CoinPaymentsIpnInput): Promise<WebhookAnswer> {
  return deliver(targetUrl, coinPaymentsIpnDelivery(input));
}

/** Sends a signed J2TX review webhook to `targetUrl` (e.g. `<api>/v1/webhooks/j2tx`). */
export function sendJ2txWebhook(targetUrl: string, input: J2txWebhookInput): Promise<WebhookAnswer> {
  return deliver(targetUrl, j2txWebhookDelivery(input));
}

/** The three fakes running together, as `npm start` runs them. */
export interface ProviderFakes {
  readonly paddle: FakeProvider;
  readonly coinpayments: FakeProvider;
  readonly j2tx: FakeProvider;
  stop(): Promise<void>;
}

function port(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0 || value > 65535) throw new Error(`${name} must be a port number, not "${raw}"`);
  return value;
}

/** The fakes' ports: TICKETFLOW_PADDLE_PORT (8101), TICKETFLOW_COINPAYMENTS_PORT (8102), TICKETFLOW_J2TX_PORT (8103). */
export function providerFakePorts(env: NodeJS.ProcessEnv = process.env): { paddle: number; coinpayments: number; j2tx: number } {
  return {
    paddle: port(env, 'TICKETFLOW_PADDLE_PORT', 8101),
    coinpayments: port(env, 'TICKETFLOW_COINPAYMENTS_PORT', 8102),
    j2tx: port(env, 'TICKETFLOW_J2TX_PORT', 8103),
  };
}

/**
 * Starts the three fakes with the local default credentials, on the given ports (0 for free
 * ones) or the configured ones. If one cannot start, those already started are stopped.
 * @throws the listen error of the fake that failed (for example EADDRINUSE).
 */
export async function startProviderFakes(options: { host?: string; ports?: Partial<ReturnType<typeof providerFakePorts>> } = {}): Promise<ProviderFakes> {
  const ports = { ...providerFakePorts(), ...options.ports };
  const host = options.host ?? '127.0.0.1';
  const started = await Promise.allSettled([
    startFakePaddle({ host, port: ports.paddle }),
    startFakeCoinPayments({ host, port: ports.coinpayments }),
    startFakeJ2tx({ host, port: ports.j2tx }),
  ]);
  const running = started.flatMap((result) => (result.status === 'fulfilled' ? [result.value] : []));
  const failed = started.find((result) => result.status === 'rejected');
  if (failed) {
    await Promise.all(running.map((fake) => fake.stop()));
    throw failed.reason;
  }
  const [paddle, coinpayments, j2tx] = running as [FakeProvider, FakeProvider, FakeProvider];
  return { paddle, coinpayments, j2tx, stop: async () => void (await Promise.all(running.map((fake) => fake.stop()))) };
}
