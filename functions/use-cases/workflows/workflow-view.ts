import { isWorkflowType } from '../../domain/catalog';
import { TicketNotFoundError, WorkflowNotFoundError } from '../../domain/errors';
import type { ProviderName } from '../../providers/types';
import type { Waiting } from '../../data/workflows';
import type { ExecutionDescription, ExecutionStep, WorkflowDeps } from './ports';

/** A ticket's workflow as agents and ops follow it. */
export interface WorkflowState {
  readonly execution: ExecutionDescription;
  /** The state the execution last entered, or null before the first. */
  readonly currentState: string | null;
  readonly waiting: Waiting | null;
  /** The latest request to a provider, by which its webhook finds the ticket. */
  readonly provider: { readonly name: ProviderName; readonly reference: string } | null;
  readonly history: readonly ExecutionStep[];
}

/**
 * A ticket's workflow: the execution's status, the state it is in, what it waits for, the latest
 * provider request, and its history in readable lines.
 * @throws TicketNotFoundError; WorkflowNotFoundError when the ticket's type has no workflow or it
 * has not started.
 */
export async function workflowOf(deps: WorkflowDeps, number: string): Promise<WorkflowState> {
  const ticket = await deps.workflows.getTicket(number);
  if (!ticket) throw new TicketNotFoundError(number);
  if (!isWorkflowType(ticket.type)) throw new WorkflowNotFoundError(number);
  const execution = await deps.executions.describe(ticket.type, number);
  if (!execution) throw new WorkflowNotFoundError(number);
  const history = await deps.executions.history(ticket.type, number);
  const record = await deps.workflows.getWorkflow(number);
  return {
    execution,
    currentState: history.findLast((step) => step.what === 'entered')?.state ?? null,
    waiting: record.waiting ?? null,
    provider: record.provider && record.reference ? { name: record.provider, reference: record.reference } : null,
    history,
  };
}
