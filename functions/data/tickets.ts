import { GetCommand, QueryCommand, TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import type { NativeAttributeValue } from '@aws-sdk/lib-dynamodb';
import { TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import type { Change, Message, Phase, Ticket, TicketEvent } from '../domain/types';
import { decodeCursor, encodeCursor } from './cursor';
import type { IdempotencyRecord } from './idempotency';
import { idempotencyItem } from './idempotency';
import { byCustomer, keys, queue } from './keys';
import type { Store } from './store';

type Item = Record<string, NativeAttributeValue>;

/** A ticket number was already taken: the caller draws another. */
export class TicketNumberTakenError extends Error {}
/**
 * A write lost a race for the ticket and changed nothing: the caller reads the ticket again
 * (`current`, when the failed write returned it) and lets the domain decide afresh.
 */
export class WriteConflictError extends Error {
  constructor(
    message: string,
    /** The ticket as it stood when the write failed, if DynamoDB returned it. */
    readonly current?: Ticket,
  ) {
    super(message);
    this.name = new.target.name;
  }
}
/** The ticket changed since it was read. */
export class VersionConflictError extends WriteConflictError {}
/**
 * Another transaction on the same items was in flight (DynamoDB's `TransactionConflict`): nothing
 * was written, and the same write may succeed a moment later.
 */
export class TransactionConflictError extends WriteConflictError {}
/** The idempotency key was used meanwhile: the caller replays or refuses from that record. */
export class IdempotencyKeyTakenError extends Error {}

const keyAttributes = ['pk', 'sk', 'gsi1pk', 'gsi1sk', 'gsi2pk', 'gsi2sk', 'entity'];

function withoutKeys<T>(item: Item): T {
  const copy: Item = { ...item };
  for (const name of keyAttributes) delete copy[name];
  return copy as T;
}

function ticketItem(ticket: Ticket): Item {
  const inQueue = ticket.phase !== 'closed';
  return {
    ...keys.ticket(ticket.number),
    entity: 'ticket',
    gsi1pk: byCustomer.partition(ticket.requester.sub),
    gsi1sk: byCustomer.sort(ticket.activityAt, ticket.number),
    ...(inQueue
      ? { gsi2pk: queue.partition(ticket.phase as Exclude<Phase, 'closed'>), gsi2sk: queue.sort(ticket.priority, ticket.createdAt, ticket.number) }
      : {}),
    ...ticket,
  };
}

/**
 * The events and message a change appends, keyed by the version the change commits (see
 * keys.event) and carrying it as `ticketVersion`, so that a reader of one item finds the rest of
 * its change.
 */
function appendItems(number: string, change: Change): Item[] {
  const ticketVersion = change.ticket.version;
  const events = change.events.map((event, index) => ({ ...keys.event(number, ticketVersion, index), entity: 'event', ticketVersion, ...event }));
  const message = change.message
    ? [{ ...keys.message(number, ticketVersion, change.message.id), entity: 'message', ticketVersion, ...change.message }]
    : [];
  return [...events, ...message];
}

function put(store: Store, item: Item, condition: string, values?: Item, returnOnFailure = false) {
  return {
    Put: {
      TableName: store.table,
      Item: item,
      ConditionExpression: condition,
      ...(values ? { ExpressionAttributeValues: values } : {}),
      ...(returnOnFailure ? { ReturnValuesOnConditionCheckFailure: 'ALL_OLD' as const } : {}),
    },
  };
}

/** Why a transaction was cancelled, item by item (DynamoDB's reason codes, and any item it returned). */
interface Cancellation {
  readonly failed: readonly number[];
  readonly contended: boolean;
  readonly itemAt: (index: number) => Item | undefined;
}

function cancellationOf(error: unknown): Cancellation | undefined {
  if (!(error instanceof TransactionCanceledException)) return undefined;
  const reasons = error.CancellationReasons ?? [];
  return {
    failed: reasons.flatMap((reason, index) => (reason.Code === 'ConditionalCheckFailed' ? [index] : [])),
    contended: reasons.some((reason) => reason.Code === 'TransactionConflict'),
    itemAt: (index) => {
      const item = reasons[index]?.Item;
      return item ? unmarshall(item as Parameters<typeof unmarshall>[0]) : undefined;
    },
  };
}

/**
 * Runs a transaction; a cancelled one is explained as the caller's error. A cancellation the
 * caller does not explain but that met another transaction in flight is a TransactionConflictError,
 * which is retried like a version conflict; anything else is rethrown as it is.
 */
async function writeAtomically(store: Store, items: ReturnType<typeof put>[], explain: (cancellation: Cancellation) => Error | undefined): Promise<void> {
  try {
    await store.db.send(new TransactWriteCommand({ TransactItems: items }));
  } catch (error) {
    const cancellation = cancellationOf(error);
    if (!cancellation) throw error;
    const explained = cancellation.failed.length > 0 ? explain(cancellation) : undefined;
    if (explained) throw explained;
    if (cancellation.contended) throw new TransactionConflictError('Another write to the ticket was in flight.');
    throw error;
  }
}

/**
 * Stores a new ticket, its first events and, when given, the idempotency record, all or nothing:
 * a retry can neither create the ticket twice nor record a response for a ticket not stored.
 * @throws TicketNumberTakenError when the number exists; IdempotencyKeyTakenError when the key was used meanwhile.
 */
export async function insertTicket(store: Store, change: Change, idempotency?: IdempotencyRecord): Promise<void> {
  const items = [
    put(store, ticketItem(change.ticket), 'attribute_not_exists(pk)'),
    ...appendItems(change.ticket.number, change).map((item) => put(store, item, 'attribute_not_exists(pk)')),
    ...(idempotency ? [put(store, idempotencyItem(idempotency), 'attribute_not_exists(pk)')] : []),
  ];
  const idempotencyIndex = idempotency ? items.length - 1 : -1;
  await writeAtomically(store, items, ({ failed }) =>
    failed.includes(idempotencyIndex) ? new IdempotencyKeyTakenError() : failed.includes(0) ? new TicketNumberTakenError() : undefined,
  );
}

/**
 * Stores a changed ticket with the events and message the change appends, on the condition that
 * nobody changed it since `expectedVersion` was read; events are never overwritten.
 * @throws VersionConflictError when the ticket moved on (with the ticket as it now stands);
 * TransactionConflictError when another write to it was in flight; IdempotencyKeyTakenError as for
 * insertTicket.
 */
export async function saveChange(store: Store, change: Change, expectedVersion: number, idempotency?: IdempotencyRecord): Promise<void> {
  const items = [
    put(store, ticketItem(change.ticket), 'version = :expected', { ':expected': expectedVersion }, true),
    ...appendItems(change.ticket.number, change).map((item) => put(store, item, 'attribute_not_exists(pk)')),
    ...(idempotency ? [put(store, idempotencyItem(idempotency), 'attribute_not_exists(pk)')] : []),
  ];
  const idempotencyIndex = idempotency ? items.length - 1 : -1;
  await writeAtomically(store, items, ({ failed, itemAt }) => {
    if (failed.includes(idempotencyIndex)) return new IdempotencyKeyTakenError();
    // The events' keys are made of the new version, so one of them taken proves it as well as the ticket's own condition.
    const current = itemAt(0);
    return new VersionConflictError(`Ticket ${change.ticket.number} is no longer at version ${expectedVersion}.`, current ? withoutKeys<Ticket>(current) : undefined);
  });
}

/**
 * The ticket to decide on: the one a lost write returned (as fresh as a read), or one GetItem.
 */
export async function currentTicket(store: Store, number: string, conflict: WriteConflictError | undefined): Promise<Ticket | undefined> {
  return conflict?.current ?? getTicket(store, number);
}

/** The ticket by its number (one GetItem), or undefined. */
export async function getTicket(store: Store, number: string): Promise<Ticket | undefined> {
  const { Item } = await store.db.send(new GetCommand({ TableName: store.table, Key: keys.ticket(number), ConsistentRead: true }));
  return Item ? withoutKeys<Ticket>(Item) : undefined;
}

/** A ticket with its whole thread and timeline, oldest first. */
export interface TicketCollection {
  readonly ticket: Ticket;
  readonly messages: readonly Message[];
  readonly events: readonly TicketEvent[];
}

/** The ticket's item collection in one Query (paged through if it outgrows one response), or undefined. */
export async function getTicketCollection(store: Store, number: string): Promise<TicketCollection | undefined> {
  const items: Item[] = [];
  let start: Item | undefined;
  do {
    const page = await store.db.send(
      new QueryCommand({
        TableName: store.table,
        KeyConditionExpression: 'pk = :pk',
        ExpressionAttributeValues: { ':pk': keys.ticket(number).pk },
        ConsistentRead: true,
        ...(start ? { ExclusiveStartKey: start } : {}),
      }),
    );
    items.push(...(page.Items ?? []));
    start = page.LastEvaluatedKey;
  } while (start);
  const ticketRecord = items.find((item) => item['entity'] === 'ticket');
  if (!ticketRecord) return undefined;
  return {
    ticket: withoutKeys<Ticket>(ticketRecord),
    events: items.filter((item) => item['entity'] === 'event').map((item) => withoutKeys<TicketEvent>(item)),
    messages: items.filter((item) => item['entity'] === 'message').map((item) => withoutKeys<Message>(item)),
  };
}

/** Optional equality filters on a list; each becomes part of the Query's filter. */
export type TicketFilters = Partial<Record<'phase' | 'status' | 'type' | 'priority' | 'assignee', string>>;

/** One page of a list and the cursor of the next, or null at the end. */
export interface Page<T> {
  readonly items: readonly T[];
  readonly cursor: string | null;
}

async function queryPage(
  store: Store,
  query: { index: string; partitionAttribute: string; partition: string; forward: boolean; sortAttribute: string },
  filters: TicketFilters,
  limit: number,
  cursor: string | undefined,
): Promise<Page<Ticket>> {
  const filterNames = Object.entries(filters).filter(([, value]) => value !== undefined);
  const names: Record<string, string> = {};
  const values: Item = { ':partition': query.partition };
  const conditions = filterNames.map(([name, value]) => {
    names[`#${name}`] = name;
    values[`:${name}`] = value;
    return `#${name} = :${name}`;
  });
  let start = decodeCursor(cursor, {
    attributes: ['pk', 'sk', query.partitionAttribute, query.sortAttribute],
    partition: [query.partitionAttribute, query.partition],
  });
  const found: Item[] = [];
  // A filter is applied after DynamoDB reads a page, so a filtered page may come back short:
  // keep reading (in larger pages when filtering) until the caller's page is full or the
  // partition ends. Items read past the page are dropped and the cursor points after the last
  // item returned, so nothing is skipped.
  const readSize = conditions.length > 0 ? Math.max(limit, 100) : limit;
  do {
    const page = await store.db.send(
      new QueryCommand({
        TableName: store.table,
        IndexName: query.index,
        KeyConditionExpression: `${query.partitionAttribute} = :partition`,
        ExpressionAttributeValues: values,
        ...(conditions.length > 0 ? { FilterExpression: conditions.join(' AND '), ExpressionAttributeNames: names } : {}),
        ScanIndexForward: query.forward,
        Limit: conditions.length > 0 ? readSize : limit - found.length,
        ...(start ? { ExclusiveStartKey: start } : {}),
      }),
    );
    found.push(...(page.Items ?? []));
    start = page.LastEvaluatedKey as Record<string, string> | undefined;
  } while (start && found.length < limit);
  if (found.length > limit) {
    found.length = limit;
    const last = found[limit - 1] as Item;
    start = Object.fromEntries(['pk', 'sk', query.partitionAttribute, query.sortAttribute].map((name) => [name, String(last[name])]));
  }
  return { items: found.map((item) => withoutKeys<Ticket>(item)), cursor: encodeCursor(start) };
}

/** A customer's tickets, most recent activity first, filtered and paged (Query on byCustomer). */
export function listTicketsOfCustomer(store: Store, sub: string, filters: TicketFilters, limit: number, cursor?: string): Promise<Page<Ticket>> {
  return queryPage(
    store,
    { index: byCustomer.index, partitionAttribute: 'gsi1pk', sortAttribute: 'gsi1sk', partition: byCustomer.partition(sub), forward: false },
    filters,
    limit,
    cursor,
  );
}

/** The agents' queue of one phase, by priority then age, filtered and paged (Query on the sparse queue index). */
export function queueByPhase(
  store: Store,
  phase: Exclude<Phase, 'closed'>,
  filters: Omit<TicketFilters, 'phase'>,
  limit: number,
  cursor?: string,
): Promise<Page<Ticket>> {
  return queryPage(
    store,
    { index: queue.index, partitionAttribute: 'gsi2pk', sortAttribute: 'gsi2sk', partition: queue.partition(phase), forward: true },
    filters,
    limit,
    cursor,
  );
}
