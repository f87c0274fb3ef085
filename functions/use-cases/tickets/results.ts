import * as z from 'zod/mini';
import { attachmentItemSchema } from '../../data/items/attachment';
import { messageItemSchema } from '../../data/items/message';
import type { Attachment } from '../../domain/attachment';
import { ticketItemSchema } from '../../data/items/ticket';
import { redactionKinds } from '../../domain/types';
import type { Message, RedactionKind, Ticket } from '../../domain/types';

/*
 * What the ticket use cases answer, and the schemas that read a result back from its idempotency
 * record (a replay answers with the first result, so it must parse into the same domain objects:
 * the ticket and the message with the schemas their own items are read with).
 */

/** A ticket just opened, and the kinds of sensitive text removed from what the customer wrote. */
export interface OpenedTicket {
  readonly ticket: Ticket;
  readonly redacted: readonly RedactionKind[];
  /** The files attached when it was opened (to the description, or to support's first message). */
  readonly attachments: readonly Attachment[];
}

/** A ticket after a message was written on it, the message, and what redaction removed from it. */
export interface RepliedTicket {
  readonly ticket: Ticket;
  readonly message: Message | null;
  readonly redacted: readonly RedactionKind[];
  /** The files attached to the message. */
  readonly attachments: readonly Attachment[];
}

/** A ticket after a change (or as it was, when the change changed nothing). */
export interface ChangedTicket {
  readonly ticket: Ticket;
}

const redacted = z.array(z.enum(redactionKinds));
// Results recorded before attachments existed have none.
const attachments = z._default(z.array(attachmentItemSchema), []);

export const openedTicketSchema: z.ZodMiniType<OpenedTicket> = z.object({ ticket: ticketItemSchema, redacted, attachments });
export const repliedTicketSchema: z.ZodMiniType<RepliedTicket> = z.object({ ticket: ticketItemSchema, message: z.nullable(messageItemSchema), redacted, attachments });
export const changedTicketSchema: z.ZodMiniType<ChangedTicket> = z.object({ ticket: ticketItemSchema });
