import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { preferencesFromItem, preferencesItem, preferencesKey, type Preferences } from './items/preferences';
import type { Store } from './store';

export type { Preferences } from './items/preferences';

/** Both kinds of email are on until the customer turns them off. */
export const defaultPreferences: Preferences = { emailOnStatusChange: true, emailOnReply: true };

/** A customer's preferences (one GetItem), the defaults when they never set any. */
export async function getPreferences(store: Store, sub: string): Promise<Preferences> {
  const { Item } = await store.db.send(new GetCommand({ TableName: store.table, Key: preferencesKey(sub) }));
  return Item ? preferencesFromItem(Item) : defaultPreferences;
}

/** Replaces a customer's preferences. */
export async function putPreferences(store: Store, sub: string, preferences: Preferences, now: string): Promise<void> {
  await store.db.send(new PutCommand({ TableName: store.table, Item: preferencesItem(sub, preferences, now) }));
}
