import { actorOf, reopen } from '../../domain/ticket';
import type { Identity } from '../../domain/types';
import type { Replayable } from '../idempotency';
import { changeTicket } from './change-ticket';
import type { TicketWriteDeps } from './ports';
import { changedTicketSchema } from './results';
import type { ChangedTicket } from './results';

/**
 * The customer reopens their solved ticket.
 * @throws as changeTicket; TicketClosedError, TransitionNotAllowedError from the domain.
 */
export function reopenMyTicket(deps: TicketWriteDeps, identity: Identity, number: string): Promise<Replayable<ChangedTicket>> {
  return changeTicket(deps, identity, {
    number,
    audience: 'customer',
    decide: (ticket, now) => reopen(ticket, actorOf(identity), now, deps.newId, deps.wording),
    result: (change) => ({ ticket: change.ticket }),
    resultSchema: changedTicketSchema,
  });
}
