import { GetCommand, PutCommand, TransactWriteCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { ConditionalCheckFailedException, TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import type { Attachment, AttachmentState, ScanResult, Upload } from '../domain/attachment';
import type { Change } from '../domain/types';
import { attachmentFromItem, attachmentKey } from './items/attachment';
import { uploadFromItem, uploadItem, uploadKey } from './items/upload';
import { eventItems } from './items/event';
import { ticketFromItem, ticketItem } from './items/ticket';
import type { Store } from './store';
import { TransactionConflictError, VersionConflictError } from './tickets';

/** What a scan records on an attachment. */
export interface ScanRecord {
  readonly state: AttachmentState;
  readonly scan: ScanResult;
  readonly scannedAt: string;
}

/** Whether a scan was recorded now, or the attachment had already left `checking` (a repeated result). */
export type ScanRecording = 'recorded' | 'alreadyRecorded';

/** An attachment of a ticket (one GetItem), or undefined. */
export async function getAttachment(store: Store, ticketNumber: string, id: string): Promise<Attachment | undefined> {
  const { Item } = await store.db.send(new GetCommand({ TableName: store.table, Key: attachmentKey(ticketNumber, id), ConsistentRead: true }));
  return Item ? attachmentFromItem(Item) : undefined;
}

function scanUpdate(store: Store, attachment: Pick<Attachment, 'ticketNumber' | 'id'>, scan: ScanRecord) {
  return {
    TableName: store.table,
    Key: attachmentKey(attachment.ticketNumber, attachment.id),
    UpdateExpression: 'SET #state = :state, #scan = :scan, scannedAt = :scannedAt',
    ConditionExpression: '#state = :checking',
    ExpressionAttributeNames: { '#state': 'state', '#scan': 'scan' },
    ExpressionAttributeValues: { ':state': scan.state, ':scan': scan.scan, ':scannedAt': scan.scannedAt, ':checking': 'checking' },
  };
}

/**
 * Records a scan result on an attachment still `checking`; the ticket is not changed (a file
 * found clean or not scannable is no event of the timeline).
 */
export async function recordScan(store: Store, attachment: Pick<Attachment, 'ticketNumber' | 'id'>, scan: ScanRecord): Promise<ScanRecording> {
  try {
    await store.db.send(new UpdateCommand(scanUpdate(store, attachment, scan)));
    return 'recorded';
  } catch (error) {
    if (error instanceof ConditionalCheckFailedException) return 'alreadyRecorded';
    throw error;
  }
}

/**
 * Records a threat's scan on an attachment still `checking` together with the ticket's change
 * (its `attachment_removed` event), all or nothing, on the condition that the ticket is still at
 * `expectedVersion`.
 * @throws VersionConflictError when the ticket changed meanwhile (the caller decides again);
 * TransactionConflictError when another transaction on these items was in flight.
 */
export async function recordRemoval(store: Store, change: Change, expectedVersion: number, attachment: Pick<Attachment, 'ticketNumber' | 'id'>, scan: ScanRecord): Promise<ScanRecording> {
  const items = [
    {
      Put: {
        TableName: store.table,
        Item: ticketItem(change.ticket),
        ConditionExpression: 'version = :expected',
        ExpressionAttributeValues: { ':expected': expectedVersion },
        ReturnValuesOnConditionCheckFailure: 'ALL_OLD' as const,
      },
    },
    ...eventItems(change).map((item) => ({ Put: { TableName: store.table, Item: item, ConditionExpression: 'attribute_not_exists(pk)' } })),
    { Update: scanUpdate(store, attachment, scan) },
  ];
  try {
    await store.db.send(new TransactWriteCommand({ TransactItems: items }));
    return 'recorded';
  } catch (error) {
    if (!(error instanceof TransactionCanceledException)) throw error;
    const reasons = error.CancellationReasons ?? [];
    if (reasons[items.length - 1]?.Code === 'ConditionalCheckFailed') return 'alreadyRecorded';
    if (reasons.slice(0, -1).some((reason) => reason.Code === 'ConditionalCheckFailed')) {
      const current = reasons[0]?.Item;
      throw new VersionConflictError(
        `Ticket ${change.ticket.number} is no longer at version ${expectedVersion}.`,
        current ? ticketFromItem(unmarshall(current as Parameters<typeof unmarshall>[0])) : undefined,
      );
    }
    if (reasons.some((reason) => reason.Code === 'TransactionConflict')) throw new TransactionConflictError('Another write to the ticket was in flight.');
    throw error;
  }
}

/** Stores a new upload; its id is fresh, so it never replaces one. */
export async function putUpload(store: Store, upload: Upload): Promise<void> {
  await store.db.send(new PutCommand({ TableName: store.table, Item: uploadItem(upload), ConditionExpression: 'attribute_not_exists(pk)' }));
}

/**
 * An upload by its id (one GetItem), or undefined; TTL may not have removed an expired one yet.
 * An upload is attached (its `attachedTo` set) only in the transaction of the ticket change that
 * attaches it (./tickets.ts).
 */
export async function getUpload(store: Store, id: string): Promise<Upload | undefined> {
  const { Item } = await store.db.send(new GetCommand({ TableName: store.table, Key: uploadKey(id), ConsistentRead: true }));
  return Item ? uploadFromItem(Item) : undefined;
}
