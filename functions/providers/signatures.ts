import { createHmac, timingSafeEqual } from 'node:crypto';
import * as z from 'zod/mini';
import { fieldProblems } from '../shared/schema-problems';
import { WebhookSignatureError, type WebhookDelivery } from './types';

/** The lower-case hex HMAC of `data` with `secret`. */
export function hmacHex(algorithm: 'sha256' | 'sha512', secret: string, data: string): string {
  return createHmac(algorithm, secret).update(data, 'utf8').digest('hex');
}

/**
 * Whether two hex digests are equal, in time that does not depend on where they differ.
 * A value that is not hex of the expected length is simply unequal.
 */
export function sameDigest(expectedHex: string, receivedHex: string): boolean {
  if (!/^[0-9a-f]+$/i.test(receivedHex) || receivedHex.length !== expectedHex.length) return false;
  return timingSafeEqual(Buffer.from(expectedHex, 'hex'), Buffer.from(receivedHex.toLowerCase(), 'hex'));
}

/**
 * The value of a header, whatever its case in the delivery.
 * @throws WebhookSignatureError naming the header when it is missing or empty.
 */
export function requiredHeader(delivery: WebhookDelivery, name: string): string {
  const lower = name.toLowerCase();
  const entry = Object.entries(delivery.headers).find(([key]) => key.toLowerCase() === lower);
  const value = entry?.[1]?.trim();
  if (value === undefined || value === '') throw new WebhookSignatureError(`The delivery has no ${name} header`);
  return value;
}

/**
 * Checks that a signed Unix timestamp is within `toleranceSeconds` of `now`, both ways: a late
 * delivery may be a replay, and one from the future means a clock to distrust.
 * @throws WebhookSignatureError when it is not a Unix time in seconds or is outside the window.
 */
export function checkFreshness(timestamp: string, toleranceSeconds: number, now: Date): void {
  if (!/^\d{1,12}$/.test(timestamp)) throw new WebhookSignatureError('The signature timestamp is not a Unix time in seconds');
  const skew = Math.floor(now.getTime() / 1000) - Number(timestamp);
  if (skew > toleranceSeconds) throw new WebhookSignatureError(`The delivery was signed ${skew} s ago, more than the ${toleranceSeconds} s allowed`);
  if (-skew > toleranceSeconds) throw new WebhookSignatureError(`The delivery is signed ${-skew} s in the future, more than the ${toleranceSeconds} s allowed`);
}

/**
 * The signed content of a delivery read with the provider's schema of its documented payload.
 * @throws WebhookSignatureError saying `refusal` and the fields at fault when it does not parse:
 * a well signed body we cannot read is refused like a forged one, and changes nothing.
 */
export function readSigned<S extends z.ZodMiniType>(schema: S, content: unknown, refusal: string): z.output<S> {
  const result = schema.safeParse(content);
  if (result.success) return result.data;
  const fields = fieldProblems(result.error).map((field) => field.path || '(body)');
  throw new WebhookSignatureError(`${refusal}; at fault: ${[...new Set(fields)].join(', ')}`);
}

/** A text that is there: a string with something other than spaces. */
export const presentText = () => z.string().check(z.refine((value) => value.trim() !== '', { message: 'Empty.' }));
