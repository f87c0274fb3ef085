import * as z from 'zod/mini';
import type { Change, Message } from '../../domain/types';
import { actorSchema } from './actor';
import { commitOrder } from './commit-order';
import { parseStored, storedText, type StoredItem } from './stored-item';
import { ticketKey } from './ticket';

/*
 * The message item: one message of a ticket's thread, in the ticket's partition, keyed by the
 * version its change committed (see commit-order.ts). A change writes at most one message; its id
 * keeps the key unique and lets a reader Get it.
 */

/** The key of message `id`, written by the change committed as `version`. */
export const messageKey = (number: string, version: number, id: string) => ({ pk: ticketKey(number).pk, sk: `MESSAGE#${commitOrder(version)}#${id}` });

/** The message of the change committed as `version`: a `begins_with` prefix of its key. */
export const messagesOfVersionKey = (number: string, version: number) => ({ pk: ticketKey(number).pk, skPrefix: `MESSAGE#${commitOrder(version)}#` });

/** How a stored message is read back. */
export const messageItemSchema: z.ZodMiniType<Message> = z.object({
  id: z.string(),
  body: storedText,
  internal: z.boolean(),
  author: actorSchema,
  at: z.string(),
});

/** The item of the message a change writes, carrying the version it commits as `ticketVersion`. */
export function messageItem(change: Change, message: Message): Record<string, unknown> {
  const ticketVersion = change.ticket.version;
  return { ...messageKey(change.ticket.number, ticketVersion, message.id), entity: 'message', ticketVersion, ...message };
}

/**
 * The message a stored item holds.
 * @throws UnreadableItemError when the item is not a readable message.
 */
export function messageFromItem(item: StoredItem): Message {
  return parseStored(messageItemSchema, item);
}
