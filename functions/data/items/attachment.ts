import * as z from 'zod/mini';
import { attachmentStates, scanResults, type Attachment } from '../../domain/attachment';
import { parseStored, type StoredItem } from './stored-item';
import { ticketKey } from './ticket';
import { attachmentTypeSchema } from './upload';

/*
 * The attachment item: one file of a ticket's thread, in the ticket's partition so that the
 * ticket's detail (one Query of the partition) reads its files with its messages. Written in the
 * transaction of the change that attaches it; afterwards only its scan result changes it
 * (`state`, `scan`, `scannedAt`), never the ticket's version, except that a file removed for a
 * threat is also a timeline event.
 */

/** The attachment item's table key. */
export const attachmentKey = (ticketNumber: string, id: string) => ({ pk: ticketKey(ticketNumber).pk, sk: `ATTACHMENT#${id}` });

/** The start of the sort keys of a ticket's attachments. */
export const attachmentSortPrefix = 'ATTACHMENT#';

/** How a stored attachment is read back. */
export const attachmentItemSchema: z.ZodMiniType<Attachment> = z.object({
  id: z.string(),
  ticketNumber: z.string(),
  messageId: z.nullable(z.string()),
  internal: z.boolean(),
  name: z.string(),
  contentType: attachmentTypeSchema,
  size: z.number(),
  uploadedBy: z.string(),
  attachedAt: z.string(),
  state: z.enum(attachmentStates),
  scan: z.nullable(z.enum(scanResults)),
  scannedAt: z.nullable(z.string()),
});

/** The item of an attachment. */
export function attachmentItem(attachment: Attachment): Record<string, unknown> {
  return { ...attachmentKey(attachment.ticketNumber, attachment.id), entity: 'attachment', ...attachment };
}

/**
 * The attachment a stored item holds.
 * @throws UnreadableItemError when the item is not a readable attachment.
 */
export function attachmentFromItem(item: StoredItem): Attachment {
  return parseStored(attachmentItemSchema, item);
}
