/**
 * How each provider signs what it sends, for the fakes and tests. Product code only verifies;
 * signing lives here so that nothing in functions/ can forge a provider's delivery.
 */
import { createHmac } from 'node:crypto';

/** Paddle's `Paddle-Signature` value: `ts=<unix>;h1=<HMAC-SHA256 of "<ts>:<body>">`, one h1 per secret. */
export function signPaddleWebhook(rawBody: string, secret: string | readonly string[], ts: number): string {
  const secrets = typeof secret === 'string' ? [secret] : secret;
  const h1 = secrets.map((key) => `h1=${createHmac('sha256', key).update(`${ts}:${rawBody}`).digest('hex')}`);
  return [`ts=${ts}`, ...h1].join(';');
}

/** CoinPayments' `HMAC` header: hex HMAC-SHA512 of the raw form body (IPN secret or API private key). */
export function signCoinPayments(rawBody: string, secret: string): string {
  return createHmac('sha512', secret).update(rawBody).digest('hex');
}

/** J2TX's `X-J2TX-Signature` value: `sha256=<HMAC-SHA256 of "<timestamp>.<body>">`. */
export function signJ2txWebhook(rawBody: string, secret: string, timestamp: number): string {
  return `sha256=${createHmac('sha256', secret).update(`${timestamp}.${rawBody}`).digest('hex')}`;
}

/** The current Unix time in seconds, as providers put it in signatures. */
export function unixNow(now: Date = new Date()): number {
  return Math.floor(now.getTime() / 1000);
}
