import * as z from 'zod/mini';
import { parseStored, type StoredItem } from './stored-item';

/*
 * The notification ledger item: whether the email or alert about one timeline event, for one
 * audience, was sent (see notification-ledger.ts for the claim protocol it serves). It is written
 * by conditional updates, each setting its own attributes, so it has no builder of the whole item.
 */

/** Who a notification is for; the notifier's audiences. */
export type LedgerAudience = 'customer' | 'team';

/** The notification ledger item's table key: at most one per event and audience. */
export const notificationKey = (eventId: string, audience: LedgerAudience) => ({ pk: `NOTIFICATION#${eventId}`, sk: `#${audience.toUpperCase()}` });

/** The item's `entity`, set by the claim that creates it. */
export const notificationEntity = 'notification';

/** The ledger item's states: claimed and being sent, sent, or certainly not sent. */
export const ledgerStates = ['sending', 'sent', 'failed'] as const;
export type LedgerState = (typeof ledgerStates)[number];

/** What the ledger knows of a notification; the attributes its readers need. */
export interface LedgerEntry {
  readonly state: LedgerState;
  /** Until when a `sending` claim holds. */
  readonly leaseUntil?: string | undefined;
  /** What SES or SNS answered for a sent notification. */
  readonly messageId?: string | undefined;
  readonly attempts: number;
}

/** How a stored ledger item is read back. */
export const notificationItemSchema: z.ZodMiniType<LedgerEntry> = z.object({
  state: z.enum(ledgerStates),
  leaseUntil: z.optional(z.string()),
  messageId: z.optional(z.string()),
  attempts: z.number(),
});

/**
 * The ledger entry a stored item holds.
 * @throws UnreadableItemError when the item is not a readable ledger entry.
 */
export function notificationFromItem(item: StoredItem): LedgerEntry {
  return parseStored(notificationItemSchema, item);
}
