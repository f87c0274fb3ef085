import * as z from 'zod/mini';
import { storedText } from '../../data/items/stored-item';
import { phases, priorities, redactionKinds, reportStatuses, ticketTypes } from '../../domain/types';
import type { Message, RedactionKind, Ticket } from '../../domain/types';

/*
 * What the ticket use cases answer, and the schemas that read a result back from its idempotency
 * record (a replay answers with the first result, so it must parse into the same domain objects).
 */

/** A ticket just opened, and the kinds of sensitive text removed from what the customer wrote. */
export interface OpenedTicket {
  readonly ticket: Ticket;
  readonly redacted: readonly RedactionKind[];
}

/** A ticket after a message was written on it, the message, and what redaction removed from it. */
export interface RepliedTicket {
  readonly ticket: Ticket;
  readonly message: Message | null;
  readonly redacted: readonly RedactionKind[];
}

/** A ticket after a change (or as it was, when the change changed nothing). */
export interface ChangedTicket {
  readonly ticket: Ticket;
}

const actor = z.object({ kind: z.enum(['customer', 'agent', 'system', 'provider']), id: z.string() });

const details = z.union([
  z.object({
    provider: z.enum(['paddle', 'coinpayments']),
    transactionId: z.string(),
    amount: z.string(),
    currency: z.string(),
    refundAddress: z.optional(z.string()),
  }),
  z.object({ amount: z.string(), currency: z.string(), destination: storedText }),
  z.object({ kind: z.enum(['verification', 'address_change']), country: z.string(), address: z.optional(storedText) }),
  z.record(z.string(), z.never()),
]);

/** A ticket as a use case answered it. */
export const ticketSchema: z.ZodMiniType<Ticket> = z.object({
  number: z.string(),
  type: z.enum(ticketTypes),
  subject: storedText,
  description: storedText,
  priority: z.enum(priorities),
  status: z.string(),
  phase: z.enum(phases),
  reportStatus: z.nullable(z.enum(reportStatuses)),
  details,
  requester: z.object({ sub: z.string(), email: z.string(), name: storedText, phone: z.optional(storedText) }),
  assignee: z.nullable(z.string()),
  lastReply: z.nullable(z.object({ at: z.string(), by: z.enum(['customer', 'support']) })),
  createdAt: z.string(),
  updatedAt: z.string(),
  activityAt: z.string(),
  version: z.number(),
});

/** A message as a use case answered it. */
export const messageSchema: z.ZodMiniType<Message> = z.object({ id: z.string(), body: storedText, internal: z.boolean(), author: actor, at: z.string() });

const redacted = z.array(z.enum(redactionKinds));

export const openedTicketSchema: z.ZodMiniType<OpenedTicket> = z.object({ ticket: ticketSchema, redacted });
export const repliedTicketSchema: z.ZodMiniType<RepliedTicket> = z.object({ ticket: ticketSchema, message: z.nullable(messageSchema), redacted });
export const changedTicketSchema: z.ZodMiniType<ChangedTicket> = z.object({ ticket: ticketSchema });
