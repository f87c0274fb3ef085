import { actorOf, solveAsCustomer } from '../../domain/ticket';
import type { Identity } from '../../domain/types';
import type { Replayable } from '../idempotency';
import { changeTicket } from './change-ticket';
import type { TicketWriteDeps } from './ports';
import { changedTicketSchema } from './results';
import type { ChangedTicket } from './results';

/**
 * The customer marks their ticket solved.
 * @throws as changeTicket; TransitionNotAllowedError, WorkflowOwnsStatusError from the domain.
 */
export function solveMyTicket(deps: TicketWriteDeps, identity: Identity, number: string): Promise<Replayable<ChangedTicket>> {
  return changeTicket(deps, identity, {
    number,
    audience: 'customer',
    decide: (ticket, now) => solveAsCustomer(ticket, actorOf(identity), now, deps.newId, deps.wording),
    result: (change) => ({ ticket: change.ticket }),
    resultSchema: changedTicketSchema,
  });
}
