import * as z from 'zod/mini';
import { phases, priorities, reportStatuses, ticketTypes } from '../../domain/types';
import type { Phase, Priority, Rating, Ticket, TicketDetails } from '../../domain/types';
import { clockEventKinds, serviceLevelTargets } from '../../domain/clock/service-levels';
import { complaintIndexKeys, complaintSchema } from './complaint';
import { parseStored, storedText, type EveryMember, type StoredItem } from './stored-item';

/*
 * The ticket item. A ticket's item collection (the ticket, then its events and messages, see
 * event.ts and message.ts) shares one partition, so its detail is one Query; `#` sorts the ticket
 * item first. Its index keys are declared, with the same names and attributes, in
 * infra/system.ts, which creates the indexes (a unit test holds the two together).
 */

/** The ticket's table key; its events and messages share the partition. */
export const ticketKey = (number: string) => ({ pk: `TICKET#${number}`, sk: '#TICKET' });

/** byCustomer index: a customer's tickets by their owner key (domain/owner.ts), most recent activity last (queried backwards). */
export const byCustomer = {
  index: 'byCustomer',
  partitionAttribute: 'gsi1pk',
  sortAttribute: 'gsi1sk',
  partition: (owner: string) => `CUSTOMER#${owner}`,
  sort: (activityAt: string, number: string) => `${activityAt}#${number}`,
} as const;

const priorityRank: Record<Priority, number> = { critical: 0, high: 1, normal: 2, low: 3 };

/** A phase in which a ticket is in the agents' queue: every phase but closed. */
export type QueuePhase = Exclude<Phase, 'closed'>;

/** queue index: sparse (closed tickets leave it), by phase, ordered by priority then age. */
export const queue = {
  index: 'queue',
  partitionAttribute: 'gsi2pk',
  sortAttribute: 'gsi2sk',
  partition: (phase: QueuePhase) => `QUEUE#${phase}`,
  sort: (priority: Priority, createdAt: string, number: string) => `${priorityRank[priority]}#${createdAt}#${number}`,
  /** The start of the sort keys of one priority, for a key condition that reads only that priority. */
  priorityPrefix: (priority: Priority) => `${priorityRank[priority]}#`,
} as const;

/**
 * byAssignee index: sparse like the queue, one partition per assignee and phase (the unassigned
 * have their own), sorted by the queue's own sort key so it lists in the queue's order. It serves
 * an agent's main views, "assigned to me" and "unassigned", by key instead of by filter.
 */
export const byAssignee = {
  index: 'byAssignee',
  partitionAttribute: 'gsi3pk',
  sortAttribute: queue.sortAttribute,
  // Separate prefixes, so no assignee string can name the unassigned partition.
  partition: (assignee: string | null, phase: QueuePhase) => (assignee === null ? `UNASSIGNED#${phase}` : `ASSIGNEE#${phase}#${assignee}`),
} as const;

/** How many partitions the timers index spreads tickets over, so no one partition takes every write. */
export const timerShards = 4;

/**
 * timers index: sparse, only tickets the clock will act on (domain/timers.ts), spread over a few
 * partitions by ticket number and sorted by the instant the clock should next look at them, so
 * each tick reads the due ones by key.
 */
export const timers = {
  index: 'timers',
  partitionAttribute: 'gsi4pk',
  sortAttribute: 'gsi4sk',
  shardOf: (number: string) => [...number].reduce((sum, char) => sum + char.charCodeAt(0), 0) % timerShards,
  partition: (shard: number) => `TIMERS#${shard}`,
  sort: (nextTimerAt: string, number: string) => `${nextTimerAt}#${number}`,
} as const;

/**
 * byDue index: sparse, only tickets with a service-level target counting (started, not met, not
 * paused), one partition per queue phase, sorted by the nearest due time of those targets: the
 * queue ordered by what falls due first. Tickets with none are left out of that order.
 */
export const byDue = {
  index: 'byDue',
  partitionAttribute: 'gsi5pk',
  sortAttribute: 'gsi5sk',
  partition: (phase: QueuePhase) => `DUE#${phase}`,
  sort: (dueAt: string, number: string) => `${dueAt}#${number}`,
} as const;

const amount = z.string();
const currency = z.string();
const paymentProviders: EveryMember<Extract<TicketDetails, { provider: string }>['provider']> = { paddle: 'paddle', coinpayments: 'coinpayments' };
const kycKinds: EveryMember<Extract<TicketDetails, { kind: string }>['kind']> = { verification: 'verification', address_change: 'address_change' };

/*
 * Before the team's replies and the customer's were kept apart, `lastReply` was the last message of
 * either side (`by: 'customer'` or `'support'`) and there was no `customerLastWrote`. Such an item
 * still reads: a customer's `lastReply` becomes `customerLastWrote` (the team's reply before it was
 * not recorded, so its Last Reply reads as none until the team writes again).
 */
const storedLastReply = z.nullable(z.object({ at: z.string(), by: z.enum(['customer', 'support']) }));

function repliesOf(lastReply: z.output<typeof storedLastReply>, customerLastWrote: string | null | undefined): Pick<Ticket, 'lastReply' | 'customerLastWrote'> {
  const fromCustomer = lastReply?.by === 'customer';
  return {
    lastReply: lastReply === null || fromCustomer ? null : { at: lastReply.at, by: 'support' },
    customerLastWrote: customerLastWrote ?? (fromCustomer ? lastReply.at : null),
  };
}

// Most specific first: a union answers with its first member that parses, and objects drop what they do not name.
const detailsSchema: z.ZodMiniType<TicketDetails> = z.union([
  z.object({ provider: z.enum(paymentProviders), transactionId: z.string(), amount, currency, refundAddress: z.optional(z.string()) }),
  z.object({ amount, currency, destination: storedText }),
  z.object({ kind: z.enum(kycKinds), country: z.string(), address: z.optional(storedText) }),
  z.record(z.string(), z.never()),
]);

const serviceLevelTarget = z.enum(serviceLevelTargets);
const serviceLevelsSchema = z.object({
  events: z.array(z.object({ target: serviceLevelTarget, kind: z.enum(clockEventKinds), at: z.string() })),
  fired: z.array(z.object({ target: serviceLevelTarget, startedAt: z.string(), alert: z.enum(['warning', 'breached']) })),
  nearestDueAt: z.nullable(z.string()),
});

/** The customer's rating of a solve, as the ticket carries it (domain/satisfaction/rating.ts). */
export const storedRatingSchema: z.ZodMiniType<Rating> = z.object({
  score: z.enum({ good: 'good', bad: 'bad' } satisfies EveryMember<Rating['score']>),
  comment: z.nullable(storedText),
  at: z.string(),
  solvedAt: z.string(),
  assignee: z.nullable(z.string()),
});

/** How a stored ticket is read back: every attribute of the domain's Ticket, and nothing else. */
export const ticketItemSchema: z.ZodMiniType<Ticket> = z.pipe(
  z.object({
    number: z.string(),
    type: z.enum(ticketTypes),
    subject: storedText,
    description: storedText,
    priority: z.enum(priorities),
    status: z.string(),
    phase: z.enum(phases),
    reportStatus: z.nullable(z.enum(reportStatuses)),
    details: detailsSchema,
    requester: z.object({ sub: z.nullable(z.string()), email: z.string(), owner: z.string(), name: storedText, phone: z.optional(storedText) }),
    assignee: z.nullable(z.string()),
    lastReply: storedLastReply,
    customerLastWrote: z.optional(z.nullable(z.string())),
    createdAt: z.string(),
    updatedAt: z.string(),
    activityAt: z.string(),
    version: z.number(),
    statusSince: z.optional(z.string()),
    timerFired: z.optional(z.nullable(z.object({ action: z.enum(['close_warning', 'reminder']), since: z.string() }))),
    nextTimerAt: z.optional(z.nullable(z.string())),
    attachmentBytes: z.optional(z.number()),
    serviceLevels: z.optional(serviceLevelsSchema),
    complaint: z.optional(complaintSchema),
    solvedAt: z.optional(z.nullable(z.string())),
    rating: z.optional(z.nullable(storedRatingSchema)),
  }),
  z.transform(({ lastReply, customerLastWrote, ...ticket }): Ticket => ({ ...ticket, ...repliesOf(lastReply, customerLastWrote) })),
);

/**
 * The stored item of a ticket with its index keys, as the ticket repository writes it (and
 * seeding, in the list benchmark and tests, so that they write exactly what the product writes).
 * A ticket that is not closed is in the queue and byAssignee indexes; a closed one leaves both. A
 * ticket with a `nextTimerAt` is in the timers index; one not closed with a service level counting is in byDue; a
 * complaint is in the complaints index (./complaint.ts).
 */
export function ticketItem(ticket: Ticket): Record<string, unknown> {
  const phase = ticket.phase === 'closed' ? undefined : ticket.phase;
  return {
    ...ticketKey(ticket.number),
    entity: 'ticket',
    [byCustomer.partitionAttribute]: byCustomer.partition(ticket.requester.owner),
    [byCustomer.sortAttribute]: byCustomer.sort(ticket.activityAt, ticket.number),
    ...(phase
      ? {
          [queue.partitionAttribute]: queue.partition(phase),
          [queue.sortAttribute]: queue.sort(ticket.priority, ticket.createdAt, ticket.number),
          [byAssignee.partitionAttribute]: byAssignee.partition(ticket.assignee, phase),
        }
      : {}),
    ...(phase && ticket.serviceLevels?.nearestDueAt
      ? { [byDue.partitionAttribute]: byDue.partition(phase), [byDue.sortAttribute]: byDue.sort(ticket.serviceLevels.nearestDueAt, ticket.number) }
      : {}),
    ...(ticket.nextTimerAt
      ? { [timers.partitionAttribute]: timers.partition(timers.shardOf(ticket.number)), [timers.sortAttribute]: timers.sort(ticket.nextTimerAt, ticket.number) }
      : {}),
    ...(ticket.complaint ? complaintIndexKeys(ticket.number, ticket.complaint) : {}),
    ...ticket,
  };
}

/**
 * The ticket a stored item holds.
 * @throws UnreadableItemError when the item is not a readable ticket.
 */
export function ticketFromItem(item: StoredItem): Ticket {
  return parseStored(ticketItemSchema, item);
}
