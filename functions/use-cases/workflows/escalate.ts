import { newId } from '../../domain/ids';
import { redact } from '../../domain/redaction';
import { timeOfChange } from '../../domain/ticket';
import { escalate, systemActor } from '../../domain/workflow-rules';
import { countBusinessEvent, logger } from '../../shared/observability';
import { countChange } from '../change-metrics';
import { retryOnWriteConflict } from '../conflicts';
import type { WorkflowWriteDeps } from './ports';
import { ticketOfTask } from './waits';

/** What an `escalate` task is given: what went wrong, and the error the state machine caught. */
export interface EscalateInput {
  readonly ticketNumber: string;
  readonly reason: string;
  readonly failure?: { readonly Error?: string; readonly Cause?: string };
}

/** Why a caught error happened, in a line an agent can read (a Lambda error's Cause is JSON). */
function failureText(failure: EscalateInput['failure']): string {
  if (!failure?.Error) return '';
  let message = failure.Cause ?? '';
  try {
    const parsed = JSON.parse(message) as { errorMessage?: unknown };
    if (typeof parsed.errorMessage === 'string') message = parsed.errorMessage;
  } catch {
    // a plain-text cause is kept as it is
  }
  return ` (${failure.Error}${message ? `: ${message.slice(0, 300)}` : ''})`;
}

/**
 * Sends the ticket to the agents: an internal note saying what failed (redacted: a provider's
 * error text may quote what it was sent) and the priority raised. The status stays where it is.
 * @throws TicketMissingError; WriteContentionError when the invocation runs out of time to retry.
 */
export async function escalateTicket(deps: WorkflowWriteDeps, input: EscalateInput): Promise<{ priority: string }> {
  const note = redact(`Workflow: ${input.reason}${failureText(input.failure)}`).text;
  return retryOnWriteConflict(deps.remainingMs, async (conflict) => {
    const ticket = await ticketOfTask(deps, input.ticketNumber, conflict);
    const change = escalate(ticket, note, systemActor, timeOfChange(ticket, deps.now()), newId);
    await deps.workflows.saveChange(change, ticket.version);
    countChange(change);
    countBusinessEvent('WorkflowEscalations', { type: ticket.type });
    logger.warn('workflow escalated to agents', { ticketNumber: ticket.number, reason: input.reason, error: input.failure?.Error });
    return { priority: change.ticket.priority };
  });
}
