import { randomUUID } from 'node:crypto';
import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { GetCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { notificationEntity, notificationFromItem, notificationKey, type LedgerAudience } from './items/notification';
import type { Store } from './store';

/*
 * The notification ledger: one item per (event, audience), pk NOTIFICATION#<eventId>, saying
 * whether its email or alert was sent. It is what makes a notification go out once although
 * stream batches are delivered again, retried, and redriven from the dead-letter queue:
 *
 * - Before sending, a sender claims the item with a conditional write (state `sending`, a random
 *   token and a lease). Only one claim can win; the others see `sent` (nothing to do) or a live
 *   `sending` (someone is sending right now: try again later).
 * - After SES or SNS accepted it, the sender marks it `sent` with the provider's message id.
 * - When the send certainly did not happen (the service answered with an error, or could not be
 *   reached at all), the sender marks it `failed`, which the next attempt may claim at once.
 * - When it may or may not have happened (a timeout after the request left), the claim is left
 *   to expire: its lease is longer than the function's timeout, so a claim is never taken from a
 *   sender that is still running.
 *
 * The residual window: SES has no idempotency key, so if SES accepted a message and the sender
 * died (or lost the response) before marking it `sent`, a retry after the lease sends it again.
 * That is at most one duplicate, only after a crash or timeout between SES's answer and one
 * DynamoDB write; no send is ever lost to it.
 */

/** What a claim found. */
export type Claim =
  | { readonly kind: 'claimed'; readonly token: string; readonly attempt: number }
  | { readonly kind: 'alreadySent'; readonly messageId: string | undefined }
  | { readonly kind: 'inFlight'; readonly leaseUntil: string };

/** Which notification a ledger item is about, kept on it for whoever looks into a failure. */
export interface LedgerSubject {
  readonly eventId: string;
  readonly audience: LedgerAudience;
  readonly ticketNumber: string;
  /** The sort key of the event item, so the event can be found from the ledger. */
  readonly eventKey: string;
}

/** How long ledger items are kept: longer than a stream record (24 h) and a dead-letter message (14 days) live. */
const keepDays = 30;

const itemKey = (subject: Pick<LedgerSubject, 'eventId' | 'audience'>) => notificationKey(subject.eventId, subject.audience);

function isConditionFailure(error: unknown): boolean {
  return error instanceof ConditionalCheckFailedException || (error instanceof Error && error.name === 'ConditionalCheckFailedException');
}

/**
 * Claims the right to send one notification, unless it was sent or someone holds a live claim.
 * @throws the DynamoDB client's errors other than a failed condition.
 */
export async function claimNotification(store: Store, subject: LedgerSubject, now: Date, leaseMs: number): Promise<Claim> {
  const token = randomUUID();
  try {
    const { Attributes } = await store.db.send(
      new UpdateCommand({
        TableName: store.table,
        Key: itemKey(subject),
        UpdateExpression:
          'SET entity = :entity, #state = :sending, #token = :token, leaseUntil = :leaseUntil, claimedAt = :now, ticketNumber = :ticket, ' +
          'eventKey = :eventKey, audience = :audience, expiresAt = :expiresAt ADD attempts :one',
        ConditionExpression: 'attribute_not_exists(pk) OR #state = :failed OR (#state = :sending AND leaseUntil < :now)',
        ExpressionAttributeNames: { '#state': 'state', '#token': 'token' },
        ExpressionAttributeValues: {
          ':entity': notificationEntity,
          ':sending': 'sending',
          ':failed': 'failed',
          ':token': token,
          ':leaseUntil': new Date(now.getTime() + leaseMs).toISOString(),
          ':now': now.toISOString(),
          ':ticket': subject.ticketNumber,
          ':eventKey': subject.eventKey,
          ':audience': subject.audience,
          ':expiresAt': Math.floor(now.getTime() / 1000) + keepDays * 24 * 3600,
          ':one': 1,
        },
        ReturnValues: 'ALL_NEW',
      }),
    );
    return { kind: 'claimed', token, attempt: Attributes ? notificationFromItem(Attributes).attempts : 1 };
  } catch (error) {
    if (!isConditionFailure(error)) throw error;
  }
  const { Item } = await store.db.send(new GetCommand({ TableName: store.table, Key: itemKey(subject), ConsistentRead: true }));
  const entry = Item ? notificationFromItem(Item) : undefined;
  if (entry?.state === 'sent') return { kind: 'alreadySent', messageId: entry.messageId };
  // Another claim won between the write and this read: it is live, whatever it turns into.
  return { kind: 'inFlight', leaseUntil: entry?.leaseUntil ?? now.toISOString() };
}

/**
 * Records that the claimed notification was accepted by SES or SNS. Answers false when the claim
 * was no longer ours (it expired and another sender took it), i.e. a duplicate may have gone out.
 * @throws the DynamoDB client's errors other than a failed condition.
 */
export async function markSent(store: Store, subject: LedgerSubject, token: string, messageId: string, now: Date): Promise<boolean> {
  return settle(store, subject, token, 'SET #state = :sent, messageId = :messageId, sentAt = :now REMOVE leaseUntil, lastError', {
    ':sent': 'sent',
    ':messageId': messageId,
    ':now': now.toISOString(),
  });
}

/**
 * Records why a claimed send failed. `certain` says it certainly did not go out, which frees the
 * notification for the next attempt now; otherwise the claim stays until its lease ends.
 * @throws the DynamoDB client's errors other than a failed condition.
 */
export async function markFailed(store: Store, subject: LedgerSubject, token: string, reason: string, certain: boolean, now: Date): Promise<boolean> {
  const values = { ':reason': reason.slice(0, 1000), ':now': now.toISOString() };
  return certain
    ? settle(store, subject, token, 'SET #state = :failed, lastError = :reason, failedAt = :now REMOVE leaseUntil', { ...values, ':failed': 'failed' })
    : settle(store, subject, token, 'SET lastError = :reason, failedAt = :now', values);
}

async function settle(store: Store, subject: LedgerSubject, token: string, update: string, values: Record<string, unknown>): Promise<boolean> {
  try {
    await store.db.send(
      new UpdateCommand({
        TableName: store.table,
        Key: itemKey(subject),
        UpdateExpression: update,
        ConditionExpression: '#token = :token',
        ExpressionAttributeNames: { '#token': 'token', ...(update.includes('#state') ? { '#state': 'state' } : {}) },
        ExpressionAttributeValues: { ...values, ':token': token },
      }),
    );
    return true;
  } catch (error) {
    if (isConditionFailure(error)) return false;
    throw error;
  }
}
