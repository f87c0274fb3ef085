import { GetCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import type { NativeAttributeValue } from '@aws-sdk/lib-dynamodb';
import type { Message, TicketEvent } from '../domain/types';
import { keys } from '../data/keys';
import type { Store } from '../data/store';

/*
 * The reads a notification needs from a ticket's item collection, each a GetItem or a Query on
 * the ticket's partition. Events and messages of one change share their `at`, which is part of
 * their sort keys, so "the same change" is a key prefix.
 */

type Item = Record<string, NativeAttributeValue>;
const partition = (number: string) => keys.ticket(number).pk;

function withoutKeys<T>(item: Item): T {
  const { pk: _pk, sk: _sk, entity: _entity, ...rest } = item;
  return rest as T;
}

/** One message of a ticket by the time and id its event names (one GetItem), or undefined. */
export async function messageOfTicket(store: Store, number: string, at: string, messageId: string): Promise<Message | undefined> {
  const { Item } = await store.db.send(new GetCommand({ TableName: store.table, Key: keys.message(number, at, messageId), ConsistentRead: true }));
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

/** The messages written in the same change as something at `at` (one Query). */
export async function messagesOfChange(store: Store, number: string, at: string): Promise<Message[]> {
  return (await itemsWithPrefix(store, number, `MESSAGE#${at}#`)).map((item) => withoutKeys<Message>(item));
}

/** The events written in the same change as something at `at` (one Query). */
export async function eventsOfChange(store: Store, number: string, at: string): Promise<TicketEvent[]> {
  return (await itemsWithPrefix(store, number, `EVENT#${at}#`)).map((item) => withoutKeys<TicketEvent>(item));
}

/**
 * The latest public message from support (an agent, the system or a provider) written at or
 * before `at`, or undefined: what support last asked the customer. Reads the thread backwards
 * from `at` in small pages until one is found.
 */
export async function latestSupportMessage(store: Store, number: string, at: string): Promise<Message | undefined> {
  let start: Item | undefined;
  do {
    const page = await store.db.send(
      new QueryCommand({
        TableName: store.table,
        KeyConditionExpression: 'pk = :pk AND sk BETWEEN :first AND :last',
        FilterExpression: '#internal = :false AND #author.#kind <> :customer',
        ExpressionAttributeNames: { '#internal': 'internal', '#author': 'author', '#kind': 'kind' },
        ExpressionAttributeValues: { ':pk': partition(number), ':first': 'MESSAGE#', ':last': `MESSAGE#${at}#\uffff`, ':false': false, ':customer': 'customer' },
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
