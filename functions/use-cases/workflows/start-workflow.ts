import type { WorkflowType } from '../../domain/catalog';
import { logger } from '../../shared/observability';
import type { WorkflowDeps } from './ports';

/**
 * Starts the workflow of a new refund, KYC or withdrawal ticket, named by its number, and notes
 * its execution. A start repeated by a retry is no error: the execution is there already.
 * @throws Step Functions' other errors, so that the stream retries the record.
 */
export async function startWorkflow(deps: WorkflowDeps, ticket: { readonly number: string; readonly type: WorkflowType }): Promise<void> {
  const started = await deps.executions.start(ticket.type, ticket.number);
  logger.info(started.alreadyStarted ? 'workflow already started' : 'workflow started', { ticketNumber: ticket.number, type: ticket.type });
  await deps.workflows.recordExecution(ticket.number, started.executionArn, deps.now().toISOString());
}
