import { GetCommand, PutCommand, TransactWriteCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { ConditionalCheckFailedException, TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import type { ProviderName, ProviderReference } from '../providers/types';
import { providerReferenceFromItem, providerReferenceItem, providerReferenceKey } from './items/provider-reference';
import { taskTokenFromItem, taskTokenItem, taskTokenKey } from './items/task-token';
import { webhookDeliveryFromItem, webhookDeliveryItem, webhookDeliveryKey, type WebhookDelivery } from './items/webhook-delivery';
import { workflowEntity, workflowFromItem, workflowKey, type Waiting, type WorkflowRecord } from './items/workflow';
import type { Store } from './store';

/*
 * Where a workflow keeps what it waits for: its record in the ticket's partition, the task token
 * in a partition of its own, provider references and webhook deliveries (one module each under
 * items/).
 */

export type { Waiting, WorkflowRecord } from './items/workflow';
export type { DeliveryOutcome, WebhookDelivery } from './items/webhook-delivery';
export { taskTokenPartitionPrefix } from './items/task-token';

/** The workflow record of a ticket, or an empty one. */
export async function getWorkflow(store: Store, number: string): Promise<WorkflowRecord> {
  const { Item } = await store.db.send(new GetCommand({ TableName: store.table, Key: workflowKey(number), ConsistentRead: true }));
  return Item ? workflowFromItem(Item) : {};
}

/** Notes the execution that runs a ticket's workflow. */
export async function recordExecution(store: Store, number: string, executionArn: string, now: string): Promise<void> {
  await store.db.send(
    new UpdateCommand({
      TableName: store.table,
      Key: workflowKey(number),
      UpdateExpression: 'SET entity = :entity, executionArn = :arn, startedAt = if_not_exists(startedAt, :now)',
      ExpressionAttributeValues: { ':entity': workflowEntity, ':arn': executionArn, ':now': now },
    }),
  );
}

/**
 * Records that the workflow waits, with the token its answer goes to, both at once. A newer wait
 * replaces an older one: the older token's task has ended by then.
 */
export async function startWaiting(store: Store, number: string, waiting: Waiting, taskToken: string): Promise<void> {
  await store.db.send(
    new TransactWriteCommand({
      TransactItems: [
        {
          Update: {
            TableName: store.table,
            Key: workflowKey(number),
            UpdateExpression: 'SET entity = :entity, waiting = :waiting',
            ExpressionAttributeValues: { ':entity': workflowEntity, ':waiting': waiting },
          },
        },
        { Put: { TableName: store.table, Item: taskTokenItem(number, { taskToken, kind: waiting.kind, since: waiting.since }) } },
      ],
    }),
  );
}

/** The token of the task a ticket's workflow waits on, or undefined. Only workflow functions and decision routes call this. */
export async function getTaskToken(store: Store, number: string): Promise<string | undefined> {
  const { Item } = await store.db.send(new GetCommand({ TableName: store.table, Key: taskTokenKey(number), ConsistentRead: true }));
  return Item ? taskTokenFromItem(Item).taskToken : undefined;
}

/**
 * Clears the wait once its task was answered, unless a newer wait took its place meanwhile.
 * Returns whether it cleared it.
 */
export async function stopWaiting(store: Store, number: string, taskToken: string): Promise<boolean> {
  try {
    await store.db.send(
      new TransactWriteCommand({
        TransactItems: [
          {
            Delete: {
              TableName: store.table,
              Key: taskTokenKey(number),
              ConditionExpression: 'taskToken = :token',
              ExpressionAttributeValues: { ':token': taskToken },
            },
          },
          { Update: { TableName: store.table, Key: workflowKey(number), UpdateExpression: 'REMOVE waiting' } },
        ],
      }),
    );
    return true;
  } catch (error) {
    if (error instanceof TransactionCanceledException) return false;
    throw error;
  }
}

/**
 * Remembers what a provider created for a step of the ticket's workflow, and indexes it by the
 * provider's id so that its webhook finds the ticket.
 */
export async function recordProviderReference(store: Store, number: string, step: string, created: ProviderReference): Promise<void> {
  await store.db.send(
    new TransactWriteCommand({
      TransactItems: [
        {
          Update: {
            TableName: store.table,
            Key: workflowKey(number),
            UpdateExpression: 'SET entity = :entity, provider = :provider, #reference = :reference, referenceStep = :step',
            ExpressionAttributeNames: { '#reference': 'reference' },
            ExpressionAttributeValues: { ':entity': workflowEntity, ':provider': created.provider, ':reference': created.reference, ':step': step },
          },
        },
        {
          Put: {
            TableName: store.table,
            Item: providerReferenceItem(created.provider, created.reference, { ticketNumber: number, step }),
          },
        },
      ],
    }),
  );
}

/** The ticket a provider's id belongs to, or undefined. */
export async function ticketOfReference(store: Store, provider: ProviderName, reference: string): Promise<string | undefined> {
  const { Item } = await store.db.send(
    new GetCommand({ TableName: store.table, Key: providerReferenceKey(provider, reference), ConsistentRead: true }),
  );
  return Item ? providerReferenceFromItem(Item).ticketNumber : undefined;
}

/** Whether a delivery with this event id was processed already. */
export async function deliverySeen(store: Store, provider: ProviderName, eventId: string): Promise<boolean> {
  const { Item } = await store.db.send(new GetCommand({ TableName: store.table, Key: webhookDeliveryKey(provider, eventId), ConsistentRead: true }));
  if (!Item) return false;
  // Read although only its presence is asked: a delivery that does not read back is a fault to report, not a delivery seen.
  webhookDeliveryFromItem(Item);
  return true;
}

/**
 * Records a processed delivery and what came of it; a delivery recorded meanwhile (a concurrent
 * duplicate) is left as it was. Returns whether this call recorded it.
 */
export async function recordDelivery(store: Store, delivery: WebhookDelivery): Promise<boolean> {
  try {
    await store.db.send(
      new PutCommand({
        TableName: store.table,
        Item: webhookDeliveryItem(delivery),
        ConditionExpression: 'attribute_not_exists(pk)',
      }),
    );
    return true;
  } catch (error) {
    if (error instanceof ConditionalCheckFailedException) return false;
    throw error;
  }
}
