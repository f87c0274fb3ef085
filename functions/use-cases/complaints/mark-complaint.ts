import { markComplaint, type ComplaintClock } from '../../domain/complaints';
import { redact } from '../../domain/redaction';
import { actorOf } from '../../domain/ticket';
import type { Identity, RedactionKind } from '../../domain/types';
import type { Replayable } from '../idempotency';
import { changeTicket } from '../tickets/change-ticket';
import type { TicketWriteDeps } from '../tickets/ports';
import { changedTicketSchema, type ChangedTicket } from '../tickets/results';

/** What the complaint use cases need besides a ticket write's: the deployment's calendar and complaint settings. */
export interface ComplaintDeps extends TicketWriteDeps {
  readonly clock: ComplaintClock;
}

/** A ticket marked as a complaint, and what redaction removed from the words given with it. */
export interface MarkedComplaint extends ChangedTicket {
  readonly redacted: readonly RedactionKind[];
}

/**
 * The customer marks their own ticket as a complaint, received now, with an optional reason
 * (redacted, kept on the complaint). Marking it again answers the complaint as it stands.
 * @throws as changeTicket (TicketNotFoundError for another customer's ticket); TicketClosedError.
 */
export async function markMyComplaint(deps: ComplaintDeps, identity: Identity, number: string, input: { readonly reason?: string | undefined }): Promise<Replayable<MarkedComplaint>> {
  const reason = input.reason === undefined ? undefined : redact(input.reason);
  const changed = await changeTicket(deps, identity, {
    number,
    audience: 'customer',
    decide: (ticket, now) => markComplaint(ticket, { reason: reason?.text }, deps.clock, { kind: 'customer', id: identity.sub }, now, deps.newId),
    result: (change) => ({ ticket: change.ticket }),
    resultSchema: changedTicketSchema,
  });
  return { ...changed, redacted: reason?.kinds ?? [] };
}

/**
 * An agent marks a ticket as a complaint, received now or at the earlier `receivedAt` they give (not
 * before the ticket was opened), with an optional note for agents (redacted, on the timeline's event).
 * @throws as changeTicket; TicketClosedError; InvalidChangeError naming `receivedAt`.
 */
export async function markComplaintAsAgent(
  deps: ComplaintDeps,
  identity: Identity,
  number: string,
  input: { readonly receivedAt?: string | undefined; readonly note?: string | undefined },
): Promise<Replayable<MarkedComplaint>> {
  const note = input.note === undefined ? undefined : redact(input.note);
  const changed = await changeTicket(deps, identity, {
    number,
    audience: 'agent',
    decide: (ticket, now) => markComplaint(ticket, { receivedAt: input.receivedAt, note: note?.text }, deps.clock, actorOf(identity), now, deps.newId),
    result: (change) => ({ ticket: change.ticket }),
    resultSchema: changedTicketSchema,
  });
  return { ...changed, redacted: note?.kinds ?? [] };
}
