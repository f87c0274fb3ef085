import { redact } from '../../domain/redaction';
import { actorOf, changeStatus } from '../../domain/ticket';
import type { Identity } from '../../domain/types';
import type { Replayable } from '../idempotency';
import { changeTicket } from './change-ticket';
import type { TicketWriteDeps } from './ports';
import { changedTicketSchema } from './results';
import type { ChangedTicket } from './results';

/** The status an agent moves a ticket to, and a note as they wrote it. */
export interface StatusRequest {
  readonly status: string;
  readonly note?: string | undefined;
}

/**
 * An agent moves a ticket along its type's transitions, with an optional note (redacted).
 * @throws as changeTicket; the domain's refusals of changeStatus.
 */
export function setStatus(deps: TicketWriteDeps, identity: Identity, number: string, request: StatusRequest): Promise<Replayable<ChangedTicket>> {
  const note = request.note === undefined ? undefined : redact(request.note).text;
  return changeTicket(deps, identity, {
    number,
    audience: 'agent',
    decide: (ticket, now) => changeStatus(ticket, { to: request.status, note }, actorOf(identity), now, deps.newId, { byWorkflow: false, wording: deps.wording }),
    result: (change) => ({ ticket: change.ticket }),
    resultSchema: changedTicketSchema,
  });
}
