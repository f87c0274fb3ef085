import { redact } from '../../domain/redaction';
import { actorOf, replyAsCustomer } from '../../domain/ticket';
import type { Identity } from '../../domain/types';
import type { Replayable } from '../idempotency';
import { changeTicket } from './change-ticket';
import type { TicketWriteDeps } from './ports';
import { repliedTicketSchema } from './results';
import type { RepliedTicket } from './results';

/**
 * The customer writes on their ticket (Idempotency-Key honoured), redacted; a ticket awaiting their
 * reply goes back to the team, a solved one reopens.
 * @throws as changeTicket; TicketClosedError, TransitionNotAllowedError from the domain.
 */
export function replyToMyTicket(deps: TicketWriteDeps, identity: Identity, number: string, body: string, idempotencyKey: string | undefined): Promise<Replayable<RepliedTicket>> {
  const { text, kinds } = redact(body);
  return changeTicket(deps, identity, {
    number,
    audience: 'customer',
    idempotency: { key: idempotencyKey, operation: `replyToMyTicket ${number}`, input: { body } },
    decide: (ticket, now) => replyAsCustomer(ticket, text, actorOf(identity), now, deps.newId, deps.wording),
    result: (change) => ({ ticket: change.ticket, message: change.message ?? null, redacted: kinds }),
    resultSchema: repliedTicketSchema,
  });
}
