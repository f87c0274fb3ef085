import { redact } from '../../domain/redaction';
import { rateTicket, type RatingScore } from '../../domain/satisfaction/rating';
import { actorOf } from '../../domain/ticket';
import type { Identity } from '../../domain/types';
import type { Replayable } from '../idempotency';
import { changeTicket } from '../tickets/change-ticket';
import type { TicketWriteDeps } from '../tickets/ports';
import { changedTicketSchema, type ChangedTicket } from '../tickets/results';

/**
 * The customer answers "Was this helpful?" for their solved ticket (Idempotency-Key honoured):
 * the comment redacted, the rating stored once for the current solve (a conditional write, see
 * changeTicket), with a public `rated` event.
 * @throws as changeTicket (TicketNotFoundError for another's ticket); TicketNotSolvedError,
 * AlreadyRatedError from the domain.
 */
export function rateMyTicket(
  deps: TicketWriteDeps,
  identity: Identity,
  number: string,
  answer: { readonly score: RatingScore; readonly comment?: string | undefined },
  idempotencyKey: string | undefined,
): Promise<Replayable<ChangedTicket>> {
  const comment = answer.comment === undefined || answer.comment.trim() === '' ? null : redact(answer.comment).text;
  return changeTicket(deps, identity, {
    number,
    audience: 'customer',
    idempotency: { key: idempotencyKey, operation: `rateMyTicket ${number}`, input: answer },
    decide: (ticket, now) => rateTicket(ticket, { score: answer.score, comment }, actorOf(identity), now, deps.newId),
    result: (change) => ({ ticket: change.ticket }),
    resultSchema: changedTicketSchema,
  });
}
