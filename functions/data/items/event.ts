import * as z from 'zod/mini';
import { eventKinds, phases, priorities, ticketTypes } from '../../domain/types';
import type { Change, Message, Ticket, TicketEvent } from '../../domain/types';
import { actorKindSchema, actorSchema } from './actor';
import { commitOrder } from './commit-order';
import { parseStored, storedText, type StoredItem } from './stored-item';
import { ticketKey } from './ticket';

/*
 * The event item: one entry of a ticket's timeline, in the ticket's partition, keyed by the
 * version its change committed and then its place in the change (see commit-order.ts). It also
 * carries what it needs of that change (attribute `change`): the ticket as the commit left it, the
 * kinds of the change's events, and its public message. It is written in the same transaction as
 * the ticket, so it says what was true at the event, whatever happened to the ticket afterwards;
 * a stream consumer (the notifier) reads it from the event's stream record instead of reading the
 * ticket and its thread again.
 */

/** The key of the `index`th event of the change committed as `version`. */
export const eventKey = (number: string, version: number, index: number) => ({
  pk: ticketKey(number).pk,
  sk: `EVENT#${commitOrder(version)}#${String(index).padStart(3, '0')}`,
});

/** The events of the change committed as `version`: a `begins_with` prefix of their keys. */
export const eventsOfVersionKey = (number: string, version: number) => ({ pk: ticketKey(number).pk, skPrefix: `EVENT#${commitOrder(version)}#` });

/** The ticket as a change committed it: what an email or an alert about one of its events names. */
export interface TicketAtCommit {
  readonly number: string;
  readonly type: Ticket['type'];
  readonly subject: Ticket['subject'];
  readonly status: string;
  readonly phase: Ticket['phase'];
  readonly priority: Ticket['priority'];
  readonly version: number;
  readonly requester: Pick<Ticket['requester'], 'sub' | 'email' | 'owner' | 'name'>;
  /** The solve the ticket was in (domain/satisfaction/rating.ts), which a solved email's rating links name. */
  readonly solvedAt?: string | undefined;
}

/** The change an event belongs to, as stored on the event item. */
export interface ChangeSnapshot {
  readonly ticket: TicketAtCommit;
  /** Every event of the change (this one included): its kind, and whether it is internal. */
  readonly events: readonly { readonly kind: TicketEvent['kind']; readonly internal: boolean }[];
  /** The public message written with the change, if any, with the names and sizes of its files; internal notes are not copied. */
  readonly message?: {
    readonly id: string;
    readonly body: Message['body'];
    readonly authorKind: Message['author']['kind'];
    readonly attachments?: readonly AttachedFile[];
  };
  /** The files of the ticket's description, when the change opened the ticket with some: its confirmation names them. */
  readonly descriptionFiles?: readonly AttachedFile[];
}

/** A file attached to a message, as an email names it (never the file itself). */
export interface AttachedFile {
  readonly name: string;
  readonly size: number;
}

function filesOf(change: Change, messageId: string | null): AttachedFile[] {
  return (change.attachments ?? []).filter((file) => file.messageId === messageId && !file.internal).map(({ name, size }) => ({ name, size }));
}

/** The snapshot of a change, for each of its event items. */
export function changeSnapshot(change: Change): ChangeSnapshot {
  const { ticket, message } = change;
  const descriptionFiles = filesOf(change, null);
  return {
    ticket: {
      number: ticket.number,
      type: ticket.type,
      subject: ticket.subject,
      status: ticket.status,
      phase: ticket.phase,
      priority: ticket.priority,
      version: ticket.version,
      requester: { sub: ticket.requester.sub, email: ticket.requester.email, owner: ticket.requester.owner, name: ticket.requester.name },
      ...(ticket.solvedAt ? { solvedAt: ticket.solvedAt } : {}),
    },
    events: change.events.map((event) => ({ kind: event.kind, internal: event.internal })),
    ...(message && !message.internal
      ? { message: { id: message.id, body: message.body, authorKind: message.author.kind, ...(filesOf(change, message.id).length > 0 ? { attachments: filesOf(change, message.id) } : {}) } }
      : {}),
    ...(descriptionFiles.length > 0 ? { descriptionFiles } : {}),
  };
}

/** How a stored snapshot is read back (the `change` attribute of an event item). */
export const changeSnapshotSchema: z.ZodMiniType<ChangeSnapshot> = z.object({
  ticket: z.object({
    number: z.string(),
    type: z.enum(ticketTypes),
    subject: storedText,
    status: z.string(),
    phase: z.enum(phases),
    priority: z.enum(priorities),
    version: z.number(),
    requester: z.object({ sub: z.nullable(z.string()), email: z.string(), owner: z.string(), name: storedText }),
    solvedAt: z.optional(z.string()),
  }),
  events: z.array(z.object({ kind: z.enum(eventKinds), internal: z.boolean() })),
  message: z.optional(
    z.object({ id: z.string(), body: storedText, authorKind: actorKindSchema, attachments: z.optional(z.array(z.object({ name: z.string(), size: z.number() }))) }),
  ),
  descriptionFiles: z.optional(z.array(z.object({ name: z.string(), size: z.number() }))),
});

/** How a stored event is read back as the timeline's entry. */
export const eventItemSchema: z.ZodMiniType<TicketEvent> = z.object({
  id: z.string(),
  kind: z.enum(eventKinds),
  actor: actorSchema,
  at: z.string(),
  before: z.unknown(),
  after: z.unknown(),
  internal: z.boolean(),
  note: z.optional(storedText),
});

/**
 * The items of a change's events, in their order: each keyed by the version the change commits
 * and carrying it as `ticketVersion`, with the change's snapshot, so that a reader of one item
 * finds the rest of its change.
 */
export function eventItems(change: Change): Record<string, unknown>[] {
  const ticketVersion = change.ticket.version;
  const snapshot = changeSnapshot(change);
  return change.events.map((event, index) => ({ ...eventKey(change.ticket.number, ticketVersion, index), entity: 'event', ticketVersion, ...event, change: snapshot }));
}

/**
 * The timeline entry a stored event holds.
 * @throws UnreadableItemError when the item is not a readable event.
 */
export function eventFromItem(item: StoredItem): TicketEvent {
  return parseStored(eventItemSchema, item);
}

/** An event as its item records it: the entry, where it is stored, and the change it was committed with. */
export interface CommittedEvent {
  readonly event: TicketEvent;
  /** The item's sort key, so that the event can be found again (e.g. from the notification ledger). */
  readonly sk: string;
  readonly change: ChangeSnapshot;
}

const commitSchema = z.object({ sk: z.string(), change: changeSnapshotSchema });

/**
 * The event a stored item holds, with its key and the change it was committed with.
 * @throws UnreadableItemError when the item is not a readable event or lacks a readable snapshot of its change.
 */
export function committedEventFromItem(item: StoredItem): CommittedEvent {
  return { event: eventFromItem(item), ...parseStored(commitSchema, item) };
}
