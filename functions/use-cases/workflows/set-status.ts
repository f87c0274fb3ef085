import { TransitionNotAllowedError } from '../../domain/errors';
import { newId } from '../../domain/ids';
import { redact } from '../../domain/redaction';
import { timeOfChange } from '../../domain/ticket';
import type { Actor } from '../../domain/types';
import { moveByWorkflow, systemActor } from '../../domain/workflow-rules';
import { countBusinessEvent, logger } from '../../shared/observability';
import { countChange } from '../change-metrics';
import { retryOnWriteConflict } from '../conflicts';
import type { WorkflowWriteDeps } from './ports';
import { ticketOfTask } from './waits';

/**
 * The ticket moved where the workflow cannot follow (the customer cancelled the withdrawal): the
 * state machine catches it and ends quietly.
 */
export class TicketMovedOnError extends Error {
  override readonly name = 'TicketMovedOn';
}

/** What a `set-status` task asks for: the status, and who decided it and why (`$.outcome` of the state machine). */
export interface SetStatusInput {
  readonly ticketNumber: string;
  readonly status: string;
  readonly outcome?: { readonly actor?: Actor; readonly note?: string; readonly message?: string };
}

/** Redacted text, or undefined for none: the state machine gives empty strings for absent comments. */
const redactedOrNone = (text: string | undefined) => (text ? redact(text).text : undefined);

/**
 * Moves the ticket through the domain as its workflow (actor `system` unless the task names the
 * provider), optionally with a public support message. The note and message (a provider's
 * comments among them) are redacted before the domain sees them. Already at the status: nothing
 * happens. Lost races are retried on the fresh ticket; a move the ticket no longer allows throws
 * TicketMovedOn.
 * @throws TicketMissingError; TicketMovedOnError; WriteContentionError when the invocation runs out of
 * time to retry (a task error the state machine retries).
 */
export async function setStatus(deps: WorkflowWriteDeps, input: SetStatusInput): Promise<{ status: string; changed: boolean }> {
  const actor = input.outcome?.actor ?? systemActor;
  const note = redactedOrNone(input.outcome?.note);
  const message = redactedOrNone(input.outcome?.message);
  return retryOnWriteConflict(deps.remainingMs, async (conflict) => {
    const ticket = await ticketOfTask(deps, input.ticketNumber, conflict);
    let change;
    try {
      change = moveByWorkflow(ticket, { to: input.status, note, message }, actor, timeOfChange(ticket, deps.now()), newId);
    } catch (error) {
      if (error instanceof TransitionNotAllowedError) throw new TicketMovedOnError(`Ticket ${ticket.number} is ${ticket.status}; the workflow cannot move it to ${input.status}.`);
      throw error;
    }
    if (change.events.length === 0) return { status: ticket.status, changed: false };
    await deps.workflows.saveChange(change, ticket.version);
    countChange(change);
    if (change.ticket.phase === 'solved') countBusinessEvent('WorkflowOutcomes', { type: ticket.type, outcome: input.status });
    logger.info('workflow moved ticket', { ticketNumber: ticket.number, from: ticket.status, to: input.status });
    return { status: input.status, changed: true };
  });
}
