import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import type { Attachment, Upload } from '../domain/attachment';
import { attachmentFromItem, attachmentKey } from './items/attachment';
import { uploadFromItem, uploadItem, uploadKey } from './items/upload';
import type { Store } from './store';

/*
 * Uploads and attachments by key. An upload is attached (its `attachedTo` set) only in the
 * transaction of the ticket change that attaches it (./tickets.ts), never here.
 */

/** Stores a new upload; its id is fresh, so it never replaces one. */
export async function putUpload(store: Store, upload: Upload): Promise<void> {
  await store.db.send(new PutCommand({ TableName: store.table, Item: uploadItem(upload), ConditionExpression: 'attribute_not_exists(pk)' }));
}

/** An upload by its id (one GetItem), or undefined; TTL may not have removed an expired one yet. */
export async function getUpload(store: Store, id: string): Promise<Upload | undefined> {
  const { Item } = await store.db.send(new GetCommand({ TableName: store.table, Key: uploadKey(id), ConsistentRead: true }));
  return Item ? uploadFromItem(Item) : undefined;
}

/** An attachment of a ticket by its id (one GetItem), or undefined. */
export async function getAttachment(store: Store, ticketNumber: string, id: string): Promise<Attachment | undefined> {
  const { Item } = await store.db.send(new GetCommand({ TableName: store.table, Key: attachmentKey(ticketNumber, id), ConsistentRead: true }));
  return Item ? attachmentFromItem(Item) : undefined;
}
