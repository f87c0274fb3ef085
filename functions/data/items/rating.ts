import * as z from 'zod/mini';
import { ticketTypes, type Change } from '../../domain/types';
import type { CountedRating } from '../../domain/satisfaction/report';
import { parseStored, type StoredItem } from './stored-item';
import { ticketKey } from './ticket';

/*
 * The rating item: one per rated solve of a ticket, in the ticket's partition, written in the same
 * transaction as the ticket's `rated` change and only if none exists for that solve, so a solve is
 * rated once whatever races for it. It carries what the satisfaction report counts (never the
 * comment, which stays on the ticket and its timeline) and the keys of the sparse `ratings` index,
 * which lists ratings by the month they were given; infra/system.ts declares that index.
 */

/** The key of the rating of the ticket's solve at `solvedAt`. */
export const ratingKey = (number: string, solvedAt: string) => ({ pk: ticketKey(number).pk, sk: `RATING#${solvedAt}` });

/** ratings index: sparse, only rating items, one partition a month, sorted by when each was given. */
export const ratingsIndex = {
  index: 'ratings',
  partitionAttribute: 'gsi6pk',
  sortAttribute: 'gsi6sk',
  /** The partition of the month (`YYYY-MM`). */
  partition: (month: string) => `RATINGS#${month}`,
  sort: (at: string, number: string) => `${at}#${number}`,
} as const;

/** The rating item a change writes: one when it rated the ticket (its `rated` event), else none. */
export function ratingItems(change: Change): Record<string, unknown>[] {
  const { ticket } = change;
  const rating = ticket.rating;
  if (!rating || !change.events.some((event) => event.kind === 'rated')) return [];
  return [
    {
      ...ratingKey(ticket.number, rating.solvedAt),
      entity: 'rating',
      [ratingsIndex.partitionAttribute]: ratingsIndex.partition(rating.at.slice(0, 7)),
      [ratingsIndex.sortAttribute]: ratingsIndex.sort(rating.at, ticket.number),
      number: ticket.number,
      type: ticket.type,
      assignee: rating.assignee,
      score: rating.score,
      at: rating.at,
      solvedAt: rating.solvedAt,
    },
  ];
}

const countedRatingSchema: z.ZodMiniType<CountedRating> = z.object({
  number: z.string(),
  type: z.enum(ticketTypes),
  assignee: z.nullable(z.string()),
  score: z.enum(['good', 'bad']),
  at: z.string(),
});

/**
 * The rating a stored rating item holds, as the report counts it.
 * @throws UnreadableItemError when the item is not a readable rating.
 */
export function countedRatingFromItem(item: StoredItem): CountedRating {
  return parseStored(countedRatingSchema, item);
}
