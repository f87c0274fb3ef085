import * as z from 'zod/mini';
import { parseStored, type StoredItem } from './stored-item';

/*
 * The preferences item: which emails a customer wants, one item per owner of tickets (domain/owner.ts:
 * the verified email's owner key, or an unverified token's subject's), so that the emails about a
 * ticket follow the preferences of whoever owns it, whoever opened it.
 */

/** The preferences item's table key. */
export const preferencesKey = (owner: string) => ({ pk: `CUSTOMER#${owner}`, sk: '#PREFERENCES' });

/** Which emails a customer wants. */
export interface Preferences {
  readonly emailOnStatusChange: boolean;
  readonly emailOnReply: boolean;
}

/** How stored preferences are read back. */
export const preferencesItemSchema: z.ZodMiniType<Preferences> = z.object({ emailOnStatusChange: z.boolean(), emailOnReply: z.boolean() });

/** The item of an owner's preferences, as set at `updatedAt`. */
export function preferencesItem(owner: string, preferences: Preferences, updatedAt: string): Record<string, unknown> {
  return { ...preferencesKey(owner), entity: 'preferences', emailOnStatusChange: preferences.emailOnStatusChange, emailOnReply: preferences.emailOnReply, updatedAt };
}

/**
 * The preferences a stored item holds.
 * @throws UnreadableItemError when the item is not readable preferences.
 */
export function preferencesFromItem(item: StoredItem): Preferences {
  return parseStored(preferencesItemSchema, item);
}
