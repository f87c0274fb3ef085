import { logger } from '../../shared/observability';
import type { WorkflowDeps } from './ports';
import { answerWait, customerWordsSince } from './waits';

/**
 * After the customer answered a KYC ticket that awaited more information (their reply moved it
 * back to With J2TX), hands what they wrote since the question to the waiting workflow, whose
 * next step sends it to J2TX. Does nothing when the workflow is not waiting for the customer.
 */
export async function resumeAfterCustomerReply(deps: WorkflowDeps, number: string): Promise<void> {
  const record = await deps.workflows.getWorkflow(number);
  if (record.waiting?.kind !== 'customer') return;
  const token = await deps.workflows.getTaskToken(number);
  if (!token) return;
  const additionalInformation = await customerWordsSince(deps, number, record.waiting.since);
  const answered = await answerWait(deps, number, token, { answeredBy: 'customer', additionalInformation });
  logger.info('workflow resumed by the customer', { ticketNumber: number, answered });
}
