import { decisionsByWait, kycCustomerAnswered } from '../../domain/workflow-rules';
import type { WaitKind } from '../../domain/workflow-rules';
import { logger } from '../../shared/observability';
import type { WorkflowDeps } from './ports';
import { answerWait, customerWordsSince, ticketOfTask } from './waits';

/** What a wait for a person is given: the ticket, who must answer, the token to answer on. */
export interface AwaitPersonInput {
  readonly ticketNumber: string;
  readonly kind: Exclude<WaitKind, 'provider'>;
  readonly step: string;
  readonly taskToken: string;
}

/**
 * Records that the workflow waits for an agent's decision or the customer's reply. A customer who
 * replied before the wait was recorded (the ticket no longer awaits information) is answered at
 * once with what they wrote, so no reply is ever missed.
 * @throws TicketMissingError
 */
export async function awaitPerson(deps: WorkflowDeps, input: AwaitPersonInput): Promise<{ waitingFor: string }> {
  const since = deps.now().toISOString();
  await deps.workflows.startWaiting(input.ticketNumber, { kind: input.kind, decisions: decisionsByWait[input.kind], step: input.step, since }, input.taskToken);
  if (input.kind === 'customer') {
    const ticket = await ticketOfTask(deps, input.ticketNumber);
    if (ticket.status !== kycCustomerAnswered.from) {
      const additionalInformation = await customerWordsSince(deps, ticket.number, ticket.customerLastWrote ?? since);
      await answerWait(deps, ticket.number, input.taskToken, { answeredBy: 'customer', additionalInformation });
    }
  }
  logger.info('workflow waiting', { ticketNumber: input.ticketNumber, waitingFor: input.kind });
  return { waitingFor: input.kind };
}
