import type { Phase, Priority } from '../domain/types';

/**
 * The single table's key design. A ticket's item collection (the ticket, then its events and
 * messages) shares one partition, so its detail is one Query; `#` sorts the ticket item first.
 */
export const keys = {
  ticket: (number: string) => ({ pk: `TICKET#${number}`, sk: '#TICKET' }),
  event: (number: string, at: string, id: string) => ({ pk: `TICKET#${number}`, sk: `EVENT#${at}#${id}` }),
  message: (number: string, at: string, id: string) => ({ pk: `TICKET#${number}`, sk: `MESSAGE#${at}#${id}` }),
  idempotency: (sub: string, key: string) => ({ pk: `IDEMPOTENCY#${sub}#${key}`, sk: '#IDEMPOTENCY' }),
  preferences: (sub: string) => ({ pk: `CUSTOMER#${sub}`, sk: '#PREFERENCES' }),
  /** What was sent for one timeline event, to one audience (`CUSTOMER` or `TEAM`): at most once. */
  notification: (eventId: string, audience: string) => ({ pk: `NOTIFICATION#${eventId}`, sk: `#${audience}` }),
} as const;

/** byCustomer index: a customer's tickets, most recent activity last (queried backwards). */
export const byCustomer = {
  index: 'byCustomer',
  partition: (sub: string) => `CUSTOMER#${sub}`,
  sort: (activityAt: string, number: string) => `${activityAt}#${number}`,
} as const;

const priorityRank: Record<Priority, number> = { critical: 0, high: 1, normal: 2, low: 3 };

/** queue index: sparse (closed tickets leave it), by phase, ordered by priority then age. */
export const queue = {
  index: 'queue',
  partition: (phase: Exclude<Phase, 'closed'>) => `QUEUE#${phase}`,
  sort: (priority: Priority, createdAt: string, number: string) => `${priorityRank[priority]}#${createdAt}#${number}`,
} as const;
