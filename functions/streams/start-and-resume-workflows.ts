import type { DynamoDBBatchResponse, DynamoDBRecord, DynamoDBStreamEvent } from 'aws-lambda';
import { ticketFromItem } from '../data/items/ticket';
import { entityOfImage, plainItem } from '../data/stream-images';
import { isWorkflowType } from '../domain/catalog';
import { machineArnsFromEnv, workflowDeps } from '../use-cases/workflow-deps';
import { resumeAfterCustomerReply, startWorkflow } from '../use-cases/workflows';
import { logger } from '../shared/observability';

const machines = machineArnsFromEnv();
const awaitingInformation = 'additional_information_required_from_the_customer';

/**
 * What a record asks of the workflows: start one, resume one after the customer's reply, or nothing.
 * @throws UnreadableItemError for a ticket image that does not parse (see items/ticket.ts).
 */
async function handle(record: DynamoDBRecord): Promise<void> {
  const next = record.dynamodb?.NewImage;
  if (!next || entityOfImage(next) !== 'ticket') return;
  const ticket = ticketFromItem(plainItem(next));
  if (!isWorkflowType(ticket.type)) return;
  if (record.eventName === 'INSERT') {
    await startWorkflow(workflowDeps, machines, { number: ticket.number, type: ticket.type });
    return;
  }
  const previous = record.dynamodb?.OldImage;
  // Only the customer's reply moves a KYC ticket out of "Additional information required" to With J2TX.
  if (record.eventName === 'MODIFY' && previous && ticket.status === 'with_j2tx' && ticketFromItem(plainItem(previous)).status === awaitingInformation) {
    await resumeAfterCustomerReply(workflowDeps, ticket.number);
  }
}

/**
 * Stream consumer: starts the workflow of every new refund, KYC and withdrawal ticket, and
 * resumes a KYC workflow once the customer answered its question. A record that fails is
 * reported (with those after it) so the stream retries it: no ticket is left without its workflow.
 */
export async function handler(event: DynamoDBStreamEvent): Promise<DynamoDBBatchResponse> {
  for (const [index, record] of event.Records.entries()) {
    try {
      await handle(record);
    } catch (error) {
      logger.error('workflow event failed; the stream retries it', error instanceof Error ? error : String(error));
      return { batchItemFailures: event.Records.slice(index).map((failed) => ({ itemIdentifier: failed.dynamodb?.SequenceNumber ?? '' })) };
    }
  }
  return { batchItemFailures: [] };
}
