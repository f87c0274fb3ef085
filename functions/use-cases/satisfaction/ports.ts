import type { CountedRating, ReportPeriod } from '../../domain/satisfaction/report';
import type { TicketWriteDeps } from '../tickets/ports';

/** The key rating links are signed with (the deployment's secret), read once and kept. */
export type RatingLinkKey = () => Promise<string>;

/** What rating by an email's link needs: the ticket use cases' deps, and the links' key. */
export interface RatingLinkDeps extends Pick<TicketWriteDeps, 'tickets' | 'now' | 'newId' | 'remainingMs'> {
  readonly linkKey: RatingLinkKey;
}

/** Where the report finds the ratings given in a period (the table's `ratings` index). */
export interface RatingsSource {
  ratingsGivenIn(period: ReportPeriod): Promise<CountedRating[]>;
}
