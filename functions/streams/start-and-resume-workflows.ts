import { ticketFromItem } from '../data/items/ticket';
import { entityOfImage, plainItem } from '../data/stream-images';
import { isWorkflowType } from '../domain/catalog';
import { kycCustomerAnswered } from '../domain/workflow-rules';
import { workflowDeps } from '../use-cases/workflows/deps';
import { resumeAfterCustomerReply } from '../use-cases/workflows/resume-after-customer-reply';
import { startWorkflow } from '../use-cases/workflows/start-workflow';
import { logger } from '../shared/observability';
import { logTicketNumber, streamHandler } from '../shared/entry-point';
import type { StreamRecord } from '../shared/stream-envelope';

/**
 * What a record asks of the workflows: start one, resume one after the customer's reply, or nothing.
 * @throws UnreadableItemError for a ticket image that does not parse (see items/ticket.ts).
 */
async function handle(record: StreamRecord): Promise<void> {
  const next = record.dynamodb.NewImage;
  if (!next || entityOfImage(next) !== 'ticket') return;
  const ticket = ticketFromItem(plainItem(next));
  logger.removeKeys(['ticketNumber']);
  logTicketNumber(ticket.number);
  if (!isWorkflowType(ticket.type)) return;
  if (record.eventName === 'INSERT') {
    await startWorkflow(workflowDeps, { number: ticket.number, type: ticket.type });
    return;
  }
  const previous = record.dynamodb.OldImage;
  if (record.eventName !== 'MODIFY' || !previous || ticket.type !== kycCustomerAnswered.type || ticket.status !== kycCustomerAnswered.to) return;
  if (ticketFromItem(plainItem(previous)).status === kycCustomerAnswered.from) await resumeAfterCustomerReply(workflowDeps, ticket.number);
}

/**
 * Stream consumer: starts the workflow of every new refund, KYC and withdrawal ticket, and
 * resumes a KYC workflow once the customer answered its question. A record that fails is
 * reported (with those after it) so the stream retries it: no ticket is left without its workflow.
 *
 * A customer's reply back into the KYC workflow, end to end:
 * 1. statemachines/kyc.asl.json, state "J2TX asks for more": J2TX's webhook
 *    (functions/webhooks/j2tx.ts → use-cases/workflows/receive-webhook.ts) answered with
 *    needs_information; the set-status task (use-cases/workflows/set-status.ts) moves the ticket to
 *    "Additional information required from the customer" (`kycCustomerAnswered.from`,
 *    domain/workflow-rules.ts), and the await-person task (use-cases/workflows/await-person.ts)
 *    stores the task token of the customer wait.
 * 2. The customer replies (POST /v1/tickets/{number}/messages): the domain's reply rule
 *    (domain/ticket.ts, `afterCustomerReply` in domain/transitions.ts) moves the ticket to With J2TX.
 * 3. The table's stream filter (infra/system.ts, `workflowEventFilters`, built from
 *    `kycCustomerAnswered`) passes that change to this consumer.
 * 4. use-cases/workflows/resume-after-customer-reply.ts answers the stored token (through the
 *    execution gateway, functions/gateways/executions.ts) with what the customer wrote.
 * 5. The state machine submits the application to J2TX again with the customer's words
 *    (use-cases/workflows/await-provider.ts).
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
