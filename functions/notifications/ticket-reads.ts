import { GetCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import type { NativeAttributeValue } from '@aws-sdk/lib-dynamodb';
import type { Message, TicketEvent } from '../domain/types';
import { keys } from '../data/keys';
import type { Store } from '../data/store';

/*
 * The reads a notification needs from a ticket's item collection, each a GetItem or a Query on
 * the ticket's partition. Events and messages are keyed by the ticket version their change was
 * committed with (each item also carries it as `ticketVersion`), so "the same change" is a key
 * prefix and "up to this change" a key range.
 */

type Item = Record<string, NativeAttributeValue>;
const partition = (number: string) => keys.ticket(number).pk;

function withoutKeys<T>(item: Item): T {
  const { pk: _pk, sk: _sk, entity: _entity, ticketVersion: _ticketVersion, ...rest } = item;
  return rest as T;
}

/** One message of a ticket by the version its change committed and the id its event names (one GetItem), or undefined. */
export async function messageOfTicket(store: Store, number: string, version: number, messageId: string): Promise<Message | undefined> {
  const { Item } = await store.db.send(new GetCommand({ TableName: store.table, Key: keys.message(number, version, messageId), ConsistentRead: true }));
  return Item ? withoutKeys<Message>(Item) : undefined;
}

async function itemsWithPrefix(store: Store, number: string, prefix: string): Promise<Item[]> {
  const { Items } = await store.db.send(
    new QueryCommand({
      TableName: store.table,
      KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
      ExpressionAttributeValues: { ':pk': partition(number), ':prefix': prefix },
      ConsistentRead: true,
    }),
  );
  return Items ?? [];
}

/** The messages written by the change committed as `version` (one Query). */
export async function messagesOfChange(store: Store, number: string, version: number): Promise<Message[]> {
  return (await itemsWithPrefix(store, number, keys.messagesOfVersion(number, version).skPrefix)).map((item) => withoutKeys<Message>(item));
}

/** The events written by the change committed as `version` (one Query). */
export async function eventsOfChange(store: Store, number: string, version: number): Promise<TicketEvent[]> {
  return (await itemsWithPrefix(store, number, keys.eventsOfVersion(number, version).skPrefix)).map((item) => withoutKeys<TicketEvent>(item));
}

/**
 * The latest public message from support (an agent, the system or a provider) written by the
 * change committed as `version` or before it, or undefined: what support last asked the customer.
 * Reads the thread backwards from that change in small pages until one is found.
 */
export async function latestSupportMessage(store: Store, number: string, version: number): Promise<Message | undefined> {
  let start: Item | undefined;
  do {
    const page = await store.db.send(
      new QueryCommand({
        TableName: store.table,
        KeyConditionExpression: 'pk = :pk AND sk BETWEEN :first AND :last',
        FilterExpression: '#internal = :false AND #author.#kind <> :customer',
        ExpressionAttributeNames: { '#internal': 'internal', '#author': 'author', '#kind': 'kind' },
        ExpressionAttributeValues: { ':pk': partition(number), ':first': 'MESSAGE#', ':last': `${keys.messagesOfVersion(number, version).skPrefix}\uffff`, ':false': false, ':customer': 'customer' },
        ScanIndexForward: false,
        ConsistentRead: true,
        Limit: 25,
        ...(start ? { ExclusiveStartKey: start } : {}),
      }),
    );
    const [found] = page.Items ?? [];
    if (found) return withoutKeys<Message>(found);
    start = page.LastEvaluatedKey;
  } while (start);
  return undefined;
}
