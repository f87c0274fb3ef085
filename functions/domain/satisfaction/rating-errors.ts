import { DomainError } from '../errors';

/*
 * The refusals of a satisfaction rating, by the API or by an email's link. Each says what is wrong
 * in words the customer can act on; the HTTP edge (functions/shared/error-responses.ts) gives each
 * its status, and the link's pages show the same words.
 */

/** The ticket is not solved (or closed from a solve): there is nothing to rate yet, or it was reopened. */
export class TicketNotSolvedError extends DomainError {
  constructor(number: string) {
    super(`Ticket ${number} is not solved, so it cannot be rated. You can rate it once it is solved.`);
  }
}

/** This solve of the ticket was rated already; a rating is given once per solve. */
export class AlreadyRatedError extends DomainError {
  constructor(number: string) {
    super(`Ticket ${number} was already rated. Thank you: a rating is given once each time the ticket is solved.`);
  }
}

/** A link of an earlier solve: the ticket was reopened and solved again since, and the newer email asks again. */
export class RatingLinkOutdatedError extends DomainError {
  constructor(number: string) {
    super(`This link was for an earlier time ticket ${number} was solved. Use the link in the latest email about it, or rate it on your ticket's page.`);
  }
}

/** The link's token does not verify: cut, changed or made up. Nothing is said of which part failed. */
export class InvalidRatingLinkError extends DomainError {
  constructor() {
    super('This rating link is not valid: it may have been cut short or changed. Open your ticket to rate it there.');
  }
}

/** The link's token verified but its time is over. */
export class RatingLinkExpiredError extends DomainError {
  constructor(number: string) {
    super(`This rating link has expired. You can still rate ticket ${number} on your ticket's page while it is solved.`);
  }
}

/** The report's period is not one the report can give (from after to, or longer than its limit). */
export class InvalidReportPeriodError extends DomainError {
  constructor(message: string, path: 'from' | 'to') {
    super(message, [{ path, message }]);
  }
}
