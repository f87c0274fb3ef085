import type { Ticket } from '../../domain/types';
import type { WriteConflictError } from '../../data/tickets';
import type { WorkflowDeps } from './ports';

/*
 * What several workflow use cases share: answering the task a workflow waits on, what the customer
 * wrote since a question, and the ticket a task works on.
 */

/**
 * Answers the task a ticket's workflow waits on and clears the wait. Returns false when the task
 * is gone (answered by someone else, timed out, or the execution ended): the wait is cleared all
 * the same, and nothing else changed.
 * @throws Step Functions' errors other than a gone task.
 */
export async function answerWait(deps: WorkflowDeps, number: string, taskToken: string, output: unknown): Promise<boolean> {
  const answered = await deps.executions.answer(taskToken, output);
  await deps.workflows.stopWaiting(number, taskToken);
  return answered;
}

/** What the customer wrote on the ticket since `since`, oldest first (redacted when it was stored). */
export async function customerWordsSince(deps: WorkflowDeps, number: string, since: string): Promise<string> {
  return (await deps.workflows.messagesOf(number))
    .filter((message) => message.author.kind === 'customer' && !message.internal && message.at >= since)
    .map((message) => message.body)
    .join('\n\n');
}

/** The workflow's ticket is gone: a programming or data error that ops must look at. */
export class TicketMissingError extends Error {
  override readonly name = 'TicketMissing';
}

/**
 * The ticket a task works on: the one a lost write returned, or read afresh.
 * @throws TicketMissingError, which no Retry of the state machines matches.
 */
export async function ticketOfTask(deps: WorkflowDeps, number: string, conflict?: WriteConflictError): Promise<Ticket> {
  const ticket = await deps.workflows.currentTicket(number, conflict);
  if (!ticket) throw new TicketMissingError(`Ticket ${number} does not exist.`);
  return ticket;
}
