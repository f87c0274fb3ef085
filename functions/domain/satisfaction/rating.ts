import type { ClockConcern } from '../clock/ticket-clock';
import type { IdSource } from '../ids';
import type { RedactedText } from '../redaction';
import type { Actor, Change, Rating, Ticket } from '../types';
import { AlreadyRatedError, RatingLinkOutdatedError, TicketNotSolvedError } from './rating-errors';

/** The answers to "Was this helpful?". */
export const ratingScores = ['good', 'bad'] as const;
export type RatingScore = (typeof ratingScores)[number];

/** The most characters of a rating's comment. */
export const ratingCommentMaxLength = 2000;

/** What the customer answers: a score and an optional comment (already redacted where it entered). */
export interface RatingAnswer {
  readonly score: RatingScore;
  readonly comment: RedactedText | null;
}

/**
 * The solve a rating may be given for, or undefined: the ticket's last entry into the solved
 * phase, while it is solved or was closed from there. A reopened ticket has none until it is
 * solved again (then it is asked again).
 */
export function currentSolve(ticket: Ticket): string | undefined {
  return (ticket.phase === 'solved' || ticket.phase === 'closed') && ticket.solvedAt ? ticket.solvedAt : undefined;
}

/** Whether the customer may still rate the ticket's current solve (it has one, not rated yet). */
export function isRatable(ticket: Ticket): boolean {
  const solve = currentSolve(ticket);
  return solve !== undefined && ticket.rating?.solvedAt !== solve;
}

/**
 * The solve the customer may rate now (`forSolve`, when a link names one).
 * @throws TicketNotSolvedError when the ticket has no current solve; RatingLinkOutdatedError when
 * `forSolve` is an earlier solve; AlreadyRatedError when the solve was rated.
 */
export function requireRatable(ticket: Ticket, forSolve?: string): string {
  const solve = currentSolve(ticket);
  if (solve === undefined) throw new TicketNotSolvedError(ticket.number);
  if (forSolve !== undefined && forSolve !== solve) throw new RatingLinkOutdatedError(ticket.number);
  if (ticket.rating?.solvedAt === solve) throw new AlreadyRatedError(ticket.number);
  return solve;
}

/**
 * The customer rates a solve of their ticket: the rating is stored on the ticket with a public
 * `rated` event, once per solve. `forSolve` is the solve an email's link names; the API rates the
 * current one.
 * @throws TicketNotSolvedError when the ticket has no current solve; RatingLinkOutdatedError when
 * `forSolve` is an earlier solve; AlreadyRatedError when the solve was rated.
 */
export function rateTicket(ticket: Ticket, answer: RatingAnswer, actor: Actor, now: string, ids: IdSource, forSolve?: string): Change {
  const solve = requireRatable(ticket, forSolve);
  const rating: Rating = { score: answer.score, comment: answer.comment, at: now, solvedAt: solve, assignee: ticket.assignee };
  return {
    ticket: { ...ticket, rating, updatedAt: now, activityAt: now, version: ticket.version + 1 },
    events: [
      {
        id: ids(),
        kind: 'rated',
        actor,
        at: now,
        before: null,
        after: { score: rating.score, comment: rating.comment, solvedAt: solve },
        internal: false,
      },
    ],
  };
}

/**
 * Keeps `solvedAt` up to date on every write (the clock's observation hook, see
 * domain/clock/ticket-clock.ts, which every write goes through): set when the ticket enters the
 * solved phase, kept while it moves within it or closes, cleared when it goes back to work. A
 * ticket stored before it was kept takes the instant it entered its solved status.
 */
function observeSolve(change: Change): Change {
  const { ticket } = change;
  let solvedAt: string | null | undefined;
  if (ticket.phase === 'solved') solvedAt = ticket.solvedAt ?? ticket.statusSince ?? ticket.updatedAt;
  else if (ticket.phase === 'closed') solvedAt = ticket.solvedAt ?? null;
  else solvedAt = null;
  // Tickets never solved keep no attribute for it.
  return (solvedAt ?? undefined) === (ticket.solvedAt ?? undefined) ? change : { ...change, ticket: { ...ticket, solvedAt } };
}

/**
 * Satisfaction as one of the clock's concerns: it only observes (which solve a rating is for);
 * it never needs the clock to act, since a link's expiry is checked when the link is used.
 */
export const satisfactionConcern: ClockConcern = {
  name: 'satisfaction',
  observe: observeSolve,
  next: () => null,
  due: () => undefined,
  fire: (_ticket, step) => {
    throw new RangeError(`Satisfaction has no step ${step.action}: it never asks the clock to act.`);
  },
};
