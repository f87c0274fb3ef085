import { TicketNotFoundError } from '../../domain/errors';
import { redact } from '../../domain/redaction';
import { rateTicket, requireRatable } from '../../domain/satisfaction/rating';
import { verifyRatingLink, type RatingLink } from '../../domain/satisfaction/rating-link';
import { timeOfChange } from '../../domain/ticket';
import type { Actor, Ticket } from '../../domain/types';
import { logger } from '../../shared/observability';
import { countChange } from '../change-metrics';
import { retryOnWriteConflict } from '../conflicts';
import type { RatingLinkDeps } from './ports';

/** What a link's page shows: the link, and the ticket it rates. */
export interface LinkStanding {
  readonly link: RatingLink;
  readonly ticket: Ticket;
}

/** Whoever follows the email's link acts as the ticket's customer: the email went to them alone. */
const customerOf = (ticket: Ticket): Actor => ({ kind: 'customer', id: ticket.requester.sub ?? ticket.requester.owner });

async function linkedTicket(deps: RatingLinkDeps, link: RatingLink, conflict?: Parameters<RatingLinkDeps['tickets']['currentTicket']>[1]): Promise<Ticket> {
  const ticket = await deps.tickets.currentTicket(link.number, conflict);
  if (!ticket) throw new TicketNotFoundError(link.number);
  return ticket;
}

/**
 * What an email's rating link stands for, if it may still be used: its token verified, its
 * ticket read, and the solve it names not rated yet. Changes nothing, so a mail scanner that
 * follows the link records nothing.
 * @throws InvalidRatingLinkError, RatingLinkExpiredError for the token; TicketNotFoundError;
 * TicketNotSolvedError, RatingLinkOutdatedError, AlreadyRatedError from the domain.
 */
export async function ratingLinkStanding(deps: RatingLinkDeps, token: string): Promise<LinkStanding> {
  const link = verifyRatingLink(token, await deps.linkKey(), deps.now());
  const ticket = await linkedTicket(deps, link);
  requireRatable(ticket, link.solvedAt);
  return { link, ticket };
}

/**
 * Records the rating an email's link stands for, with the comment given on its page (redacted):
 * 1. the token is verified (signature, then expiry) before anything is read;
 * 2. the ticket is read and the domain rates the solve the link names, once;
 * 3. the change is stored conditional on the ticket's version, with the rating's item put only if
 *    none exists for that solve; a lost race reads again, so a second use of either link of the
 *    solve gets AlreadyRatedError and nothing is written twice.
 * @throws as ratingLinkStanding; WriteContentionError when the invocation runs out of time to retry.
 */
export async function rateByLink(deps: RatingLinkDeps, token: string, comment: string | undefined): Promise<LinkStanding> {
  const link = verifyRatingLink(token, await deps.linkKey(), deps.now());
  const text = comment === undefined || comment.trim() === '' ? null : redact(comment).text;
  return retryOnWriteConflict(deps.remainingMs, async (conflict) => {
    const ticket = await linkedTicket(deps, link, conflict);
    const change = rateTicket(ticket, { score: link.score, comment: text }, customerOf(ticket), timeOfChange(ticket, deps.now()), deps.newId, link.solvedAt);
    await deps.tickets.saveChange(change, ticket.version);
    countChange(change);
    logger.info('ticket rated by link', { ticketNumber: link.number, score: link.score });
    return { link, ticket: change.ticket };
  });
}
