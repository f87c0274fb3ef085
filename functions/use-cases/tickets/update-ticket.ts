import { actorOf, updateFields } from '../../domain/ticket';
import type { FieldsPatch } from '../../domain/ticket';
import type { Identity } from '../../domain/types';
import type { Replayable } from '../idempotency';
import { changeTicket } from './change-ticket';
import type { TicketWriteDeps } from './ports';
import { changedTicketSchema } from './results';
import type { ChangedTicket } from './results';

/**
 * An agent changes priority, assignee or report status; a patch that changes nothing writes nothing.
 * @throws as changeTicket; TicketClosedError from the domain.
 */
export function updateTicket(deps: TicketWriteDeps, identity: Identity, number: string, patch: FieldsPatch): Promise<Replayable<ChangedTicket>> {
  return changeTicket(deps, identity, {
    number,
    audience: 'agent',
    decide: (ticket, now) => updateFields(ticket, patch, actorOf(identity), now, deps.newId),
    result: (change) => ({ ticket: change.ticket }),
    resultSchema: changedTicketSchema,
  });
}
