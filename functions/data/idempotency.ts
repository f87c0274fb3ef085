import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { keys } from './keys';
import type { Store } from './store';

/** How long a key is remembered: Stripe keeps keys at least 24 hours; we keep them 48. */
export const idempotencyLifetimeSeconds = 48 * 60 * 60;

/** The first response to a request made with an Idempotency-Key, kept to replay it. */
export interface IdempotencyRecord {
  readonly sub: string;
  readonly key: string;
  /** A hash of the method, route and body the key was first used with. */
  readonly fingerprint: string;
  readonly statusCode: number;
  readonly body: unknown;
  readonly createdAt: string;
}

/** The item an idempotency record is stored as, expiring through the table's TTL. */
export function idempotencyItem(record: IdempotencyRecord): Record<string, unknown> {
  const expiresAt = Math.floor(Date.parse(record.createdAt) / 1000) + idempotencyLifetimeSeconds;
  return { ...keys.idempotency(record.sub, record.key), entity: 'idempotency', ...record, body: JSON.stringify(record.body), expiresAt };
}

/**
 * The record of a customer's key, or undefined. An expired record that TTL has not deleted yet
 * counts as gone, as TTL deletion may lag by days.
 */
export async function getIdempotencyRecord(store: Store, sub: string, key: string, now: Date): Promise<IdempotencyRecord | undefined> {
  const { Item } = await store.db.send(new GetCommand({ TableName: store.table, Key: keys.idempotency(sub, key), ConsistentRead: true }));
  if (!Item || (typeof Item['expiresAt'] === 'number' && Item['expiresAt'] * 1000 <= now.getTime())) return undefined;
  return {
    sub: String(Item['sub']),
    key: String(Item['key']),
    fingerprint: String(Item['fingerprint']),
    statusCode: Number(Item['statusCode']),
    body: JSON.parse(String(Item['body'])) as unknown,
    createdAt: String(Item['createdAt']),
  };
}
