import * as z from 'zod/mini';
import { parseStored, type StoredItem } from './stored-item';

/* The preferences item: which emails a customer wants, one item per customer. */

/** The preferences item's table key. */
export const preferencesKey = (sub: string) => ({ pk: `CUSTOMER#${sub}`, sk: '#PREFERENCES' });

/** Which emails a customer wants. */
export interface Preferences {
  readonly emailOnStatusChange: boolean;
  readonly emailOnReply: boolean;
}

/** How stored preferences are read back. */
export const preferencesItemSchema: z.ZodMiniType<Preferences> = z.object({ emailOnStatusChange: z.boolean(), emailOnReply: z.boolean() });

/** The item of a customer's preferences, as set at `updatedAt`. */
export function preferencesItem(sub: string, preferences: Preferences, updatedAt: string): Record<string, unknown> {
  return { ...preferencesKey(sub), entity: 'preferences', emailOnStatusChange: preferences.emailOnStatusChange, emailOnReply: preferences.emailOnReply, updatedAt };
}

/**
 * The preferences a stored item holds.
 * @throws UnreadableItemError when the item is not readable preferences.
 */
export function preferencesFromItem(item: StoredItem): Preferences {
  return parseStored(preferencesItemSchema, item);
}
