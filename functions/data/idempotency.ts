import { GetCommand } from '@aws-sdk/lib-dynamodb';
import type * as z from 'zod/mini';
import { idempotencyFromItem, idempotencyKey } from './items/idempotency';
import type { IdempotencyRecord } from './items/idempotency';
import type { Store } from './store';

/**
 * The record of a customer's key, or undefined. An expired record that TTL has not deleted yet
 * counts as gone, as TTL deletion may lag by days.
 * @throws UnreadableItemError when the stored record does not parse (see idempotencyFromItem).
 */
export async function getIdempotencyRecord<R>(store: Store, sub: string, key: string, now: Date, resultSchema: z.ZodMiniType<R>): Promise<IdempotencyRecord<R> | undefined> {
  const { Item } = await store.db.send(new GetCommand({ TableName: store.table, Key: idempotencyKey(sub, key), ConsistentRead: true }));
  if (!Item) return undefined;
  const { expiresAt, ...record } = idempotencyFromItem(Item, resultSchema);
  return expiresAt * 1000 <= now.getTime() ? undefined : record;
}
