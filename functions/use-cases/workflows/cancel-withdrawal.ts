import { TicketNotFoundError } from '../../domain/errors';
import { newId } from '../../domain/ids';
import { owns } from '../../domain/owner';
import { actorOf, timeOfChange } from '../../domain/ticket';
import type { Identity, Ticket } from '../../domain/types';
import { cancelWithdrawalAsCustomer } from '../../domain/workflow-rules';
import { countBusinessEvent, logger } from '../../shared/observability';
import { countChange } from '../change-metrics';
import { retryOnWriteConflict } from '../conflicts';
import type { WorkflowWriteDeps } from './ports';

/**
 * The customer cancels their withdrawal before it reaches finance: the ticket moves (the
 * conditional write settles any race with the workflow), then the execution is stopped. A stop
 * that fails is only logged: the workflow finds the ticket cancelled at its next step and ends.
 * Returns the cancelled ticket.
 * @throws TicketNotFoundError (also for someone else's ticket); the domain's refusals
 * (WorkflowOwnsStatusError, TransitionNotAllowedError, TicketClosedError); WriteContentionError.
 */
export async function cancelWithdrawal(deps: WorkflowWriteDeps, identity: Identity, number: string): Promise<Ticket> {
  const customer = actorOf({ ...identity, isAgent: false });
  const cancelled = await retryOnWriteConflict(deps.remainingMs, async (conflict) => {
    const ticket = await deps.workflows.currentTicket(number, conflict);
    if (!ticket || !owns(identity, ticket.requester.owner)) throw new TicketNotFoundError(number);
    const change = cancelWithdrawalAsCustomer(ticket, customer, timeOfChange(ticket, deps.now()), newId, deps.wording);
    await deps.workflows.saveChange(change, ticket.version);
    countChange(change);
    return change.ticket;
  });
  // The customer's cancel is the withdrawal workflow's outcome, though no task of it made the move.
  countBusinessEvent('WorkflowOutcomes', { type: cancelled.type, outcome: cancelled.status });
  try {
    await deps.executions.stop('withdrawal', number, { error: 'CancelledByCustomer', cause: 'The customer cancelled the withdrawal.' });
  } catch (error) {
    logger.warn('could not stop the withdrawal workflow', { ticketNumber: number, error: error instanceof Error ? error.name : String(error) });
  }
  logger.info('withdrawal cancelled by the customer', { ticketNumber: number });
  return cancelled;
}
