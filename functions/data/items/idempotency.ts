import * as z from 'zod/mini';
import { parseStored, UnreadableItemError } from './stored-item';
import type { StoredItem } from './stored-item';

/** How long a key is remembered: Stripe keeps keys at least 24 hours; we keep them 48. */
export const idempotencyLifetimeSeconds = 48 * 60 * 60;

/** The first result of a use case run with an Idempotency-Key, kept to replay it. */
export interface IdempotencyRecord<R = unknown> {
  readonly sub: string;
  readonly key: string;
  /** A hash of the operation and input the key was first used with. */
  readonly fingerprint: string;
  /** The use case's result, as it answered the first time. */
  readonly result: R;
  readonly createdAt: string;
}

/** The key of a customer's Idempotency-Key record. */
export const idempotencyKey = (sub: string, key: string) => ({ pk: `IDEMPOTENCY#${sub}#${key}`, sk: '#IDEMPOTENCY' });

/** How a stored record is read back: its result as JSON text, its expiry (the table's TTL) in epoch seconds. */
export const idempotencyItemSchema = z.object({
  sub: z.string(),
  key: z.string(),
  fingerprint: z.string(),
  result: z.string(),
  createdAt: z.string(),
  expiresAt: z.number(),
});

/** The item an idempotency record is stored as, expiring through the table's TTL. */
export function idempotencyItem(record: IdempotencyRecord): Record<string, unknown> {
  const expiresAt = Math.floor(Date.parse(record.createdAt) / 1000) + idempotencyLifetimeSeconds;
  return { ...idempotencyKey(record.sub, record.key), entity: 'idempotency', ...record, result: JSON.stringify(record.result), expiresAt };
}

/**
 * The record an item holds, its result parsed with the schema of the use case that stored it.
 * @throws UnreadableItemError naming the item's key and the attributes at fault (inside the result
 * as `result.<path>`): the table holds what this code wrote, so a mismatch is our fault, not the caller's.
 */
export function idempotencyFromItem<R>(item: StoredItem, resultSchema: z.ZodMiniType<R>): IdempotencyRecord<R> & { readonly expiresAt: number } {
  const stored = parseStored(idempotencyItemSchema, item);
  const key = `${String(item['pk'])} ${String(item['sk'])}`;
  let json: unknown;
  try {
    json = JSON.parse(stored.result);
  } catch {
    throw new UnreadableItemError(key, ['result'], 'result: not JSON');
  }
  const result = resultSchema.safeParse(json);
  if (!result.success) {
    const paths = result.error.issues.map((issue) => ['result', ...issue.path.map(String)].join('.'));
    throw new UnreadableItemError(key, [...new Set(paths)], result.error.issues.map((issue, index) => `${paths[index]}: ${issue.message}`).join('; '));
  }
  return { ...stored, result: result.data };
}
