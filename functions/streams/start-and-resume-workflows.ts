import { isWorkflowType } from '../domain/catalog';
import { machineArnsFromEnv, workflowDeps } from '../use-cases/workflow-deps';
import { resumeAfterCustomerReply, startWorkflow } from '../use-cases/workflows';
import { logger } from '../shared/observability';
import { logTicketNumber, streamHandler } from '../shared/entry-point';
import type { StreamRecord } from '../shared/stream-envelope';

const machines = machineArnsFromEnv();
const awaitingInformation = 'additional_information_required_from_the_customer';

type Image = NonNullable<StreamRecord['dynamodb']['NewImage']>;

const text = (image: Image | undefined, name: string) => image?.[name]?.S;

/** What a record asks of the workflows: start one, resume one after the customer's reply, or nothing. */
async function handle(record: StreamRecord): Promise<void> {
  const next = record.dynamodb.NewImage;
  const previous = record.dynamodb.OldImage;
  if (text(next, 'entity') !== 'ticket') return;
  const number = text(next, 'number');
  logger.removeKeys(['ticketNumber']);
  logTicketNumber(number);
  const type = text(next, 'type');
  if (!number || !type || !isWorkflowType(type as never)) return;
  if (record.eventName === 'INSERT') {
    await startWorkflow(workflowDeps, machines, { number, type: type as 'refund' | 'kyc' | 'withdrawal' });
    return;
  }
  // Only the customer's reply moves a KYC ticket out of "Additional information required" to With J2TX.
  if (record.eventName === 'MODIFY' && text(previous, 'status') === awaitingInformation && text(next, 'status') === 'with_j2tx') {
    await resumeAfterCustomerReply(workflowDeps, number);
  }
}

/**
 * Stream consumer: starts the workflow of every new refund, KYC and withdrawal ticket, and
 * resumes a KYC workflow once the customer answered its question. A record that fails is
 * reported (with those after it) so the stream retries it: no ticket is left without its workflow.
 */
export const handler = streamHandler(async (records) => {
  for (const [index, record] of records.entries()) {
    try {
      await handle(record);
    } catch (error) {
      logger.error('workflow event failed; the stream retries it', error instanceof Error ? error : String(error));
      return { batchItemFailures: records.slice(index).map((failed) => ({ itemIdentifier: failed.dynamodb.SequenceNumber })) };
    }
  }
  return { batchItemFailures: [] };
});
