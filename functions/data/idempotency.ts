import { GetCommand } from '@aws-sdk/lib-dynamodb';
import * as z from 'zod/mini';
import type { Store } from './store';

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

/** The stored attributes of an idempotency record (the result as JSON text, the TTL in epoch seconds). */
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

function corrupt(item: Record<string, unknown>, fields: string): Error {
  return new Error(`The idempotency record ${String(item['pk'])} does not parse: ${fields}.`);
}

const problemsOf = (error: z.core.$ZodError, prefix: string) =>
  error.issues.map((issue) => `${[prefix, ...issue.path.map(String)].filter(Boolean).join('.') || '(whole)'}: ${issue.message}`).join('; ');

/**
 * The record an item holds, its result parsed with the schema of the use case that stored it.
 * @throws Error naming the item's key and the fields at fault when the item or its result does not
 * parse: the table holds what this code wrote, so a mismatch is our defect, not the caller's.
 */
export function idempotencyFromItem<R>(item: Record<string, unknown>, resultSchema: z.ZodMiniType<R>): IdempotencyRecord<R> & { readonly expiresAt: number } {
  const parsed = idempotencyItemSchema.safeParse(item);
  if (!parsed.success) throw corrupt(item, problemsOf(parsed.error, ''));
  let json: unknown;
  try {
    json = JSON.parse(parsed.data.result);
  } catch {
    throw corrupt(item, 'result: not JSON');
  }
  const result = resultSchema.safeParse(json);
  if (!result.success) throw corrupt(item, problemsOf(result.error, 'result'));
  return { ...parsed.data, result: result.data };
}

/**
 * The record of a customer's key, or undefined. An expired record that TTL has not deleted yet
 * counts as gone, as TTL deletion may lag by days.
 * @throws Error when the stored record does not parse (see idempotencyFromItem).
 */
export async function getIdempotencyRecord<R>(store: Store, sub: string, key: string, now: Date, resultSchema: z.ZodMiniType<R>): Promise<IdempotencyRecord<R> | undefined> {
  const { Item } = await store.db.send(new GetCommand({ TableName: store.table, Key: idempotencyKey(sub, key), ConsistentRead: true }));
  if (!Item) return undefined;
  const { expiresAt, ...record } = idempotencyFromItem(Item, resultSchema);
  return expiresAt * 1000 <= now.getTime() ? undefined : record;
}
