import { ratingsGivenIn } from '../../data/ratings';
import { ratingLinkKey } from '../../shared/rating-link-key';
import type { Invocation } from '../conflicts';
import { ticketDeps, ticketStore } from '../tickets/deps';
import type { RatingLinkDeps, RatingsSource } from './ports';

/** The deps of an invocation that reads or uses a rating link: the ticket table, and the links' key from the deployment's secret. */
export function ratingLinkDeps(invocation: Invocation): RatingLinkDeps {
  return { ...ticketDeps, linkKey: ratingLinkKey, remainingMs: () => invocation.getRemainingTimeInMillis() };
}

/** The ratings on the table, by the `ratings` index. */
export const ratingsSource: RatingsSource = { ratingsGivenIn: (period) => ratingsGivenIn(ticketStore, period) };
