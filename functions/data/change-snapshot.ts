import * as z from 'zod/mini';
import { eventKinds, phases, priorities, ticketTypes, type Change } from '../domain/types';

/*
 * What each event item carries of the change it was committed with (attribute `change`): the
 * ticket as that commit left it, the kinds of the change's events, and its public message. It is
 * written in the same transaction as the ticket, so it says what was true at the event, whatever
 * happened to the ticket afterwards; a stream consumer (the notifier) reads it from the event's
 * stream record instead of reading the ticket and its thread again.
 */

/** The ticket as a change committed it: what an email or an alert about one of its events names. */
export interface TicketAtCommit {
  readonly number: string;
  readonly type: (typeof ticketTypes)[number];
  readonly subject: string;
  readonly status: string;
  readonly phase: (typeof phases)[number];
  readonly priority: (typeof priorities)[number];
  readonly version: number;
  readonly requester: { readonly sub: string; readonly email: string; readonly name: string };
}

/** The change an event belongs to, as stored on the event item. */
export interface ChangeSnapshot {
  readonly ticket: TicketAtCommit;
  /** Every event of the change (this one included): its kind, and whether it is internal. */
  readonly events: readonly { readonly kind: (typeof eventKinds)[number]; readonly internal: boolean }[];
  /** The public message written with the change, if any; internal notes are not copied. */
  readonly message?: { readonly id: string; readonly body: string; readonly authorKind: 'customer' | 'agent' | 'system' | 'provider' };
}

/** The snapshot of a change, for each of its event items. */
export function changeSnapshot(change: Change): ChangeSnapshot {
  const { ticket, message } = change;
  return {
    ticket: {
      number: ticket.number,
      type: ticket.type,
      subject: ticket.subject,
      status: ticket.status,
      phase: ticket.phase,
      priority: ticket.priority,
      version: ticket.version,
      requester: { sub: ticket.requester.sub, email: ticket.requester.email, name: ticket.requester.name },
    },
    events: change.events.map((event) => ({ kind: event.kind, internal: event.internal })),
    ...(message && !message.internal ? { message: { id: message.id, body: message.body, authorKind: message.author.kind } } : {}),
  };
}

/** How a stored snapshot is read back (the `change` attribute of an event item). */
export const changeSnapshotSchema: z.ZodMiniType<ChangeSnapshot> = z.object({
  ticket: z.object({
    number: z.string(),
    type: z.enum(ticketTypes),
    subject: z.string(),
    status: z.string(),
    phase: z.enum(phases),
    priority: z.enum(priorities),
    version: z.number(),
    requester: z.object({ sub: z.string(), email: z.string(), name: z.string() }),
  }),
  events: z.array(z.object({ kind: z.enum(eventKinds), internal: z.boolean() })),
  message: z.optional(z.object({ id: z.string(), body: z.string(), authorKind: z.enum(['customer', 'agent', 'system', 'provider']) })),
});
