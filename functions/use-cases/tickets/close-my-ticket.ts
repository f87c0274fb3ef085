import { actorOf, closeAsCustomer } from '../../domain/ticket';
import type { Identity } from '../../domain/types';
import type { Replayable } from '../idempotency';
import { changeTicket } from './change-ticket';
import type { TicketWriteDeps } from './ports';
import { changedTicketSchema } from './results';
import type { ChangedTicket } from './results';

/**
 * The customer closes their solved ticket (a workflow's outcome included).
 * @throws as changeTicket; TicketClosedError, TransitionNotAllowedError from the domain.
 */
export function closeMyTicket(deps: TicketWriteDeps, identity: Identity, number: string): Promise<Replayable<ChangedTicket>> {
  return changeTicket(deps, identity, {
    number,
    audience: 'customer',
    decide: (ticket, now) => closeAsCustomer(ticket, actorOf(identity), now, deps.newId, deps.wording),
    result: (change) => ({ ticket: change.ticket }),
    resultSchema: changedTicketSchema,
  });
}
