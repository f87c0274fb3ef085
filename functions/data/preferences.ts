import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { keys } from './keys';
import type { Store } from './store';

/** Which emails a customer wants. */
export interface Preferences {
  readonly emailOnStatusChange: boolean;
  readonly emailOnReply: boolean;
}

/** Both kinds of email are on until the customer turns them off. */
export const defaultPreferences: Preferences = { emailOnStatusChange: true, emailOnReply: true };

/** A customer's preferences (one GetItem), the defaults when they never set any. */
export async function getPreferences(store: Store, sub: string): Promise<Preferences> {
  const { Item } = await store.db.send(new GetCommand({ TableName: store.table, Key: keys.preferences(sub) }));
  if (!Item) return defaultPreferences;
  return { emailOnStatusChange: Item['emailOnStatusChange'] === true, emailOnReply: Item['emailOnReply'] === true };
}

/** Replaces a customer's preferences. */
export async function putPreferences(store: Store, sub: string, preferences: Preferences, now: string): Promise<void> {
  await store.db.send(
    new PutCommand({ TableName: store.table, Item: { ...keys.preferences(sub), entity: 'preferences', ...preferences, updatedAt: now } }),
  );
}
