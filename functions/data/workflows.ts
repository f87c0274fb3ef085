import { GetCommand, PutCommand, TransactWriteCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { ConditionalCheckFailedException, TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import type { Decision, WaitKind } from '../domain/workflow-rules';
import type { ProviderName, ProviderReference } from '../providers/types';
import type { Store } from './store';

/**
 * Where a workflow keeps what it waits for. The `#WORKFLOW` item sits in the ticket's partition,
 * for agents and ops; the task token lives in its own partition (`TASKTOKEN#<n>`), which the
 * customer route functions are denied by IAM (dynamodb:LeadingKeys), so no customer path can
 * ever read it.
 */
export const workflowKeys = {
  workflow: (number: string) => ({ pk: `TICKET#${number}`, sk: '#WORKFLOW' }),
  taskToken: (number: string) => ({ pk: `TASKTOKEN#${number}`, sk: '#TASKTOKEN' }),
  providerReference: (provider: ProviderName, reference: string) => ({ pk: `PROVIDER#${provider}#${reference}`, sk: '#REF' }),
  webhookDelivery: (provider: ProviderName, eventId: string) => ({ pk: `WEBHOOK#${provider}#${eventId}`, sk: '#WEBHOOK' }),
} as const;

/** The partition prefix of task tokens, for the IAM condition that keeps customer functions out. */
export const taskTokenPartitionPrefix = 'TASKTOKEN#';

/** How long webhook deliveries are remembered: providers retry for days, not months. */
const deliveryLifetimeSeconds = 30 * 24 * 60 * 60;

/** What a workflow waits for, while it waits. */
export interface Waiting {
  readonly kind: WaitKind;
  /** The decisions an agent may send (compliance, finance, agent waits). */
  readonly decisions: readonly Decision[];
  /** Which provider, for a provider wait. */
  readonly provider?: ProviderName;
  /** The step of the workflow that waits, e.g. `refund` or `review-2`: a retried step reuses its reference. */
  readonly step: string;
  readonly since: string;
}

/** The per-ticket workflow record. `provider` and `reference` name the latest provider request. */
export interface WorkflowRecord {
  readonly executionArn?: string;
  readonly provider?: ProviderName;
  readonly reference?: string;
  /** The step `reference` was created for. */
  readonly referenceStep?: string;
  readonly waiting?: Waiting;
}

/** Which webhook delivery was seen, and what came of it. */
export type DeliveryOutcome = 'answered' | 'progress' | 'unknown_ticket' | 'not_waiting';

/** The workflow record of a ticket, or an empty one. */
export async function getWorkflow(store: Store, number: string): Promise<WorkflowRecord> {
  const { Item } = await store.db.send(new GetCommand({ TableName: store.table, Key: workflowKeys.workflow(number), ConsistentRead: true }));
  if (!Item) return {};
  const { executionArn, provider, reference, referenceStep, waiting } = Item as WorkflowRecord;
  return {
    ...(executionArn ? { executionArn } : {}),
    ...(provider ? { provider } : {}),
    ...(reference ? { reference } : {}),
    ...(referenceStep ? { referenceStep } : {}),
    ...(waiting ? { waiting } : {}),
  };
}

/** Notes the execution that runs a ticket's workflow. */
export async function recordExecution(store: Store, number: string, executionArn: string, now: string): Promise<void> {
  await store.db.send(
    new UpdateCommand({
      TableName: store.table,
      Key: workflowKeys.workflow(number),
      UpdateExpression: 'SET entity = :entity, executionArn = :arn, startedAt = if_not_exists(startedAt, :now)',
      ExpressionAttributeValues: { ':entity': 'workflow', ':arn': executionArn, ':now': now },
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
            Key: workflowKeys.workflow(number),
            UpdateExpression: 'SET entity = :entity, waiting = :waiting',
            ExpressionAttributeValues: { ':entity': 'workflow', ':waiting': waiting },
          },
        },
        { Put: { TableName: store.table, Item: { ...workflowKeys.taskToken(number), entity: 'task_token', taskToken, kind: waiting.kind, since: waiting.since } } },
      ],
    }),
  );
}

/** The token of the task a ticket's workflow waits on, or undefined. Only workflow functions and decision routes call this. */
export async function getTaskToken(store: Store, number: string): Promise<string | undefined> {
  const { Item } = await store.db.send(new GetCommand({ TableName: store.table, Key: workflowKeys.taskToken(number), ConsistentRead: true }));
  return typeof Item?.['taskToken'] === 'string' ? Item['taskToken'] : undefined;
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
              Key: workflowKeys.taskToken(number),
              ConditionExpression: 'taskToken = :token',
              ExpressionAttributeValues: { ':token': taskToken },
            },
          },
          { Update: { TableName: store.table, Key: workflowKeys.workflow(number), UpdateExpression: 'REMOVE waiting' } },
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
            Key: workflowKeys.workflow(number),
            UpdateExpression: 'SET entity = :entity, provider = :provider, #reference = :reference, referenceStep = :step',
            ExpressionAttributeNames: { '#reference': 'reference' },
            ExpressionAttributeValues: { ':entity': 'workflow', ':provider': created.provider, ':reference': created.reference, ':step': step },
          },
        },
        {
          Put: {
            TableName: store.table,
            Item: { ...workflowKeys.providerReference(created.provider, created.reference), entity: 'provider_reference', ticketNumber: number, step },
          },
        },
      ],
    }),
  );
}

/** The ticket a provider's id belongs to, or undefined. */
export async function ticketOfReference(store: Store, provider: ProviderName, reference: string): Promise<string | undefined> {
  const { Item } = await store.db.send(
    new GetCommand({ TableName: store.table, Key: workflowKeys.providerReference(provider, reference), ConsistentRead: true }),
  );
  return typeof Item?.['ticketNumber'] === 'string' ? Item['ticketNumber'] : undefined;
}

/** Whether a delivery with this event id was processed already. */
export async function deliverySeen(store: Store, provider: ProviderName, eventId: string): Promise<boolean> {
  const { Item } = await store.db.send(new GetCommand({ TableName: store.table, Key: workflowKeys.webhookDelivery(provider, eventId), ConsistentRead: true }));
  return Item !== undefined;
}

/**
 * Records a processed delivery and what came of it; a delivery recorded meanwhile (a concurrent
 * duplicate) is left as it was. Returns whether this call recorded it.
 */
export async function recordDelivery(
  store: Store,
  delivery: { provider: ProviderName; eventId: string; reference: string; outcome: string; result: DeliveryOutcome; ticketNumber?: string | undefined; at: string },
): Promise<boolean> {
  try {
    await store.db.send(
      new PutCommand({
        TableName: store.table,
        Item: {
          ...workflowKeys.webhookDelivery(delivery.provider, delivery.eventId),
          entity: 'webhook_delivery',
          ...delivery,
          expiresAt: Math.floor(Date.parse(delivery.at) / 1000) + deliveryLifetimeSeconds,
        },
        ConditionExpression: 'attribute_not_exists(pk)',
      }),
    );
    return true;
  } catch (error) {
    if (error instanceof ConditionalCheckFailedException) return false;
    throw error;
  }
}
