import type { Phase, Priority } from '../domain/types';

/** Zero-padded so that the sort key orders numerically: 10 digits outlast any ticket's versions. */
const commitOrder = (version: number) => String(version).padStart(10, '0');

/**
 * The single table's key design. A ticket's item collection (the ticket, then its events and
 * messages) shares one partition, so its detail is one Query; `#` sorts the ticket item first.
 * Events and messages are keyed by the ticket version their change was committed with (then the
 * event's place in the change), not by time: versions are granted one at a time by the
 * conditional write, so a Query returns the timeline and the thread in commit order, and all
 * that one change wrote shares a key prefix.
 */
export const keys = {
  ticket: (number: string) => ({ pk: `TICKET#${number}`, sk: '#TICKET' }),
  event: (number: string, version: number, index: number) => ({ pk: `TICKET#${number}`, sk: `EVENT#${commitOrder(version)}#${String(index).padStart(3, '0')}` }),
  /** The events of the change committed as `version`: a `begins_with` prefix of their keys. */
  eventsOfVersion: (number: string, version: number) => ({ pk: `TICKET#${number}`, skPrefix: `EVENT#${commitOrder(version)}#` }),
  /** A change writes at most one message; its id keeps the key unique and lets a reader Get it. */
  message: (number: string, version: number, id: string) => ({ pk: `TICKET#${number}`, sk: `MESSAGE#${commitOrder(version)}#${id}` }),
  messagesOfVersion: (number: string, version: number) => ({ pk: `TICKET#${number}`, skPrefix: `MESSAGE#${commitOrder(version)}#` }),
  idempotency: (sub: string, key: string) => ({ pk: `IDEMPOTENCY#${sub}#${key}`, sk: '#IDEMPOTENCY' }),
  preferences: (sub: string) => ({ pk: `CUSTOMER#${sub}`, sk: '#PREFERENCES' }),
  /** What was sent for one timeline event, to one audience (`CUSTOMER` or `TEAM`): at most once. */
  notification: (eventId: string, audience: string) => ({ pk: `NOTIFICATION#${eventId}`, sk: `#${audience}` }),
} as const;

/*
 * The indexes below are declared, with the same names and attributes, in infra/system.ts, which
 * creates them (a unit test holds the two together).
 */

/** byCustomer index: a customer's tickets, most recent activity last (queried backwards). */
export const byCustomer = {
  index: 'byCustomer',
  partitionAttribute: 'gsi1pk',
  sortAttribute: 'gsi1sk',
  partition: (sub: string) => `CUSTOMER#${sub}`,
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
