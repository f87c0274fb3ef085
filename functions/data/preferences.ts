import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { preferencesFromItem, preferencesItem, preferencesKey, type Preferences } from './items/preferences';
import type { Store } from './store';

export type { Preferences } from './items/preferences';

/** Both kinds of email are on until the customer turns them off. */
export const defaultPreferences: Preferences = { emailOnStatusChange: true, emailOnReply: true };

/** The preferences an owner set (one GetItem), or undefined when they never set any. */
async function storedPreferences(store: Store, owner: string): Promise<Preferences | undefined> {
  const { Item } = await store.db.send(new GetCommand({ TableName: store.table, Key: preferencesKey(owner) }));
  return Item ? preferencesFromItem(Item) : undefined;
}

/** The preferences of an owner of tickets (domain/owner.ts), the defaults when they never set any. */
export async function getPreferences(store: Store, owner: string): Promise<Preferences> {
  return (await storedPreferences(store, owner)) ?? defaultPreferences;
}

/** Replaces an owner's preferences. */
export async function putPreferences(store: Store, owner: string, preferences: Preferences, now: string): Promise<void> {
  await store.db.send(new PutCommand({ TableName: store.table, Item: preferencesItem(owner, preferences, now) }));
}

/**
 * Gives `to` the preferences `from` set, unless `to` has preferences of its own (a condition on
 * the write, so preferences set meanwhile are never overwritten). Nothing happens when `from` set none.
 */
export async function carryPreferences(store: Store, from: string, to: string, now: string): Promise<void> {
  const carried = await storedPreferences(store, from);
  if (!carried) return;
  try {
    await store.db.send(new PutCommand({ TableName: store.table, Item: preferencesItem(to, carried, now), ConditionExpression: 'attribute_not_exists(pk)' }));
  } catch (error) {
    if (!(error instanceof ConditionalCheckFailedException)) throw error;
  }
}
