import { GetCommand, QueryCommand, TransactWriteCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { NativeAttributeValue } from '@aws-sdk/lib-dynamodb';
import { ConditionalCheckFailedException, TransactionCanceledException, TransactionConflictException } from '@aws-sdk/client-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import type { Change, Message, Priority, Ticket, TicketEvent } from '../domain/types';
import { decodeCursor, encodeCursor } from './cursor';
import type { IdempotencyRecord } from './items/idempotency';
import { idempotencyItem } from './items/idempotency';
import { eventFromItem, eventItems } from './items/event';
import { messageFromItem, messageItem } from './items/message';
import { attachmentFromItem, attachmentItem } from './items/attachment';
import { uploadKey } from './items/upload';
import { ratingItems } from './items/rating';
import type { Attachment } from '../domain/attachment';
import { byAssignee, byCustomer, byDue, queue, ticketFromItem, ticketItem, ticketKey, timers } from './items/ticket';
import type { QueuePhase } from './items/ticket';
import { queryEveryPage } from './query-pages';
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
/** An upload the change attaches was attached meanwhile (or is gone): nothing was written. */
export class UploadTakenError extends Error {
  constructor(readonly uploadId: string) {
    super(`The upload ${uploadId} is attached already or gone.`);
    this.name = new.target.name;
  }
}

/**
 * The events and message a change appends, each keyed by the version the change commits (see
 * items/event.ts and items/message.ts).
 */
function appendItems(change: Change): Item[] {
  // Each event carries the change it was committed with, for the stream's consumers.
  const events = eventItems(change);
  const attachments = (change.attachments ?? []).map(attachmentItem);
  // A rating's item (a solve is rated once: it is put only where none is) goes with the change that rated.
  const ratings = ratingItems(change);
  return change.message ? [...events, messageItem(change, change.message), ...attachments, ...ratings] : [...events, ...attachments, ...ratings];
}

/**
 * Marks each upload a change attaches as attached to the ticket, on the condition that it exists
 * and is not attached yet: an upload is attached once, whoever races for it.
 */
function attachUploads(store: Store, changes: readonly Change[]) {
  return changes
    .flatMap((change) => change.attachments ?? [])
    .map((attachment: Attachment) => ({
      Update: {
        TableName: store.table,
        Key: uploadKey(attachment.id),
        UpdateExpression: 'SET attachedTo = :ticket',
        ConditionExpression: 'attribute_exists(pk) AND attribute_type(attachedTo, :null)',
        ExpressionAttributeValues: { ':ticket': attachment.ticketNumber, ':null': 'NULL' },
      },
      uploadId: attachment.id,
    }));
}

/** The upload of the first upload update that failed, as an error, if one did. */
function takenUpload(updates: ReturnType<typeof attachUploads>, offset: number, failed: readonly number[]): UploadTakenError | undefined {
  const index = updates.findIndex((_, at) => failed.includes(offset + at));
  return index === -1 ? undefined : new UploadTakenError(updates[index]!.uploadId);
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
async function writeAtomically(store: Store, items: (ReturnType<typeof put> | Omit<ReturnType<typeof attachUploads>[number], 'uploadId'>)[], explain: (cancellation: Cancellation) => Error | undefined): Promise<void> {
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
 * Stores a new ticket, its first events and, when given, the idempotency record and the changes
 * made right after it was opened (support's internal note: the ticket stored is the last change's),
 * all or nothing: a retry can neither create the ticket twice nor record a response for a ticket not stored.
 * @throws TicketNumberTakenError when the number exists; IdempotencyKeyTakenError when the key was used meanwhile.
 */
export async function insertTicket(store: Store, change: Change, idempotency?: IdempotencyRecord, later: readonly Change[] = []): Promise<void> {
  const last = later.at(-1) ?? change;
  const items = [
    put(store, ticketItem(last.ticket), 'attribute_not_exists(pk)'),
    ...[change, ...later].flatMap(appendItems).map((item) => put(store, item, 'attribute_not_exists(pk)')),
    ...(idempotency ? [put(store, idempotencyItem(idempotency), 'attribute_not_exists(pk)')] : []),
  ];
  const idempotencyIndex = idempotency ? items.length - 1 : -1;
  const uploads = attachUploads(store, [change, ...later]);
  await writeAtomically(store, [...items, ...uploads.map(({ Update }) => ({ Update }))], ({ failed }) =>
    failed.includes(idempotencyIndex)
      ? new IdempotencyKeyTakenError()
      : failed.includes(0)
        ? new TicketNumberTakenError()
        : takenUpload(uploads, items.length, failed),
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
    ...appendItems(change).map((item) => put(store, item, 'attribute_not_exists(pk)')),
    ...(idempotency ? [put(store, idempotencyItem(idempotency), 'attribute_not_exists(pk)')] : []),
  ];
  const idempotencyIndex = idempotency ? items.length - 1 : -1;
  const uploads = attachUploads(store, [change]);
  await writeAtomically(store, [...items, ...uploads.map(({ Update }) => ({ Update }))], ({ failed, itemAt }) => {
    if (failed.includes(idempotencyIndex)) return new IdempotencyKeyTakenError();
    // A lost ticket version explains the rest; only with the ticket as read is a taken upload the reason.
    if (!failed.includes(0)) {
      const taken = takenUpload(uploads, items.length, failed);
      if (taken) return taken;
    }
    // The events' keys are made of the new version, so one of them taken proves it as well as the ticket's own condition.
    const current = itemAt(0);
    return new VersionConflictError(`Ticket ${change.ticket.number} is no longer at version ${expectedVersion}.`, current ? ticketFromItem(current) : undefined);
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
  const { Item } = await store.db.send(new GetCommand({ TableName: store.table, Key: ticketKey(number), ConsistentRead: true }));
  return Item ? ticketFromItem(Item) : undefined;
}

/** A ticket with its whole thread and timeline, oldest first, and its files. */
export interface TicketCollection {
  readonly ticket: Ticket;
  readonly messages: readonly Message[];
  readonly events: readonly TicketEvent[];
  readonly attachments: readonly Attachment[];
}

/** The ticket's item collection in one Query (paged through if it outgrows one response), or undefined. */
export async function getTicketCollection(store: Store, number: string): Promise<TicketCollection | undefined> {
  const items = await queryEveryPage(store, { KeyConditionExpression: 'pk = :pk', ExpressionAttributeValues: { ':pk': ticketKey(number).pk }, ConsistentRead: true });
  const ticketRecord = items.find((item) => item['entity'] === 'ticket');
  if (!ticketRecord) return undefined;
  return {
    ticket: ticketFromItem(ticketRecord),
    events: items.filter((item) => item['entity'] === 'event').map(eventFromItem),
    messages: items.filter((item) => item['entity'] === 'message').map(messageFromItem),
    attachments: items.filter((item) => item['entity'] === 'attachment').map(attachmentFromItem),
  };
}

/**
 * The most items one list request reads (one Query), whatever the filters and however many
 * tickets there are: a filtered page holds the matches among them, so it may be short, or empty,
 * with a cursor to go on.
 */
export const itemsReadPerRequest = 100;

/** Optional equality filters on a list, applied to the items a Query reads (not served by a key); null matches an attribute that is null. */
export type TicketFilters = Partial<Record<'phase' | 'status' | 'type' | 'priority', string>> & { readonly assignee?: string | null | undefined };

/** One page of a list and the cursor of the next, or null at the end. */
export interface Page<T> {
  readonly items: readonly T[];
  readonly cursor: string | null;
}

/** Which index partition a list reads, and in which direction. */
interface IndexQuery {
  readonly index: string;
  readonly partitionAttribute: string;
  readonly partition: string;
  readonly sortAttribute: string;
  /** Reads only sort keys that start with this (a key condition, so only matches are read). */
  readonly sortPrefix?: string | undefined;
  readonly forward: boolean;
}

function indexOf(index: { index: string; partitionAttribute: string; sortAttribute: string }) {
  return { index: index.index, partitionAttribute: index.partitionAttribute, sortAttribute: index.sortAttribute };
}

function equalityFilter(filters: TicketFilters): { expression: string; names: Record<string, string>; values: Item } | undefined {
  const given = Object.entries(filters).filter(([, value]) => value !== undefined);
  if (given.length === 0) return undefined;
  return {
    expression: given.map(([name, value]) => (value === null ? `attribute_type(#${name}, :${name})` : `#${name} = :${name}`)).join(' AND '),
    names: Object.fromEntries(given.map(([name]) => [`#${name}`, name])),
    values: Object.fromEntries(given.map(([name, value]) => [`:${name}`, value === null ? 'NULL' : value])),
  };
}

/**
 * One page of a list in exactly one Query. Without filters it reads `limit` items; with filters it
 * reads up to itemsReadPerRequest and keeps the matches, at most `limit`. The cursor continues after
 * the last item read (DynamoDB's LastEvaluatedKey), or, when more matched than the page holds, after
 * the last item returned, so that nothing is skipped or repeated.
 */
async function queryPage(store: Store, query: IndexQuery, filters: TicketFilters, limit: number, cursor: string | undefined): Promise<Page<Ticket>> {
  const keyAttributesOfIndex = ['pk', 'sk', query.partitionAttribute, query.sortAttribute];
  const start = decodeCursor(cursor, {
    attributes: keyAttributesOfIndex,
    partition: [query.partitionAttribute, query.partition],
    sortPrefix: query.sortPrefix === undefined ? undefined : [query.sortAttribute, query.sortPrefix],
  });
  const filter = equalityFilter(filters);
  const keyCondition = query.sortPrefix === undefined ? '#partition = :partition' : '#partition = :partition AND begins_with(#sort, :sortPrefix)';
  const page = await store.db.send(
    new QueryCommand({
      TableName: store.table,
      IndexName: query.index,
      KeyConditionExpression: keyCondition,
      ExpressionAttributeNames: {
        '#partition': query.partitionAttribute,
        ...(query.sortPrefix === undefined ? {} : { '#sort': query.sortAttribute }),
        ...filter?.names,
      },
      ExpressionAttributeValues: {
        ':partition': query.partition,
        ...(query.sortPrefix === undefined ? {} : { ':sortPrefix': query.sortPrefix }),
        ...filter?.values,
      },
      ...(filter ? { FilterExpression: filter.expression } : {}),
      ScanIndexForward: query.forward,
      Limit: filter ? Math.max(limit, itemsReadPerRequest) : limit,
      ...(start ? { ExclusiveStartKey: start } : {}),
    }),
  );
  const items = page.Items ?? [];
  if (items.length <= limit) return { items: items.map(ticketFromItem), cursor: encodeCursor(page.LastEvaluatedKey) };
  const kept = items.slice(0, limit);
  const last = kept[kept.length - 1] as Item;
  return {
    items: kept.map(ticketFromItem),
    cursor: encodeCursor(Object.fromEntries(keyAttributesOfIndex.map((name) => [name, String(last[name])]))),
  };
}

/** A customer's tickets, most recent activity first, filtered and paged (one Query on byCustomer). */
export function listTicketsOfCustomer(store: Store, owner: string, filters: TicketFilters, limit: number, cursor?: string): Promise<Page<Ticket>> {
  return queryPage(
    store,
    { ...indexOf(byCustomer), partition: byCustomer.partition(owner), forward: false },
    filters,
    limit,
    cursor,
  );
}

/** How many tickets of an owner one Query reads while moving them to another owner. */
const movePageSize = 100;

/**
 * Moves every ticket `from` owns to `to`: pages through `from`'s tickets (byCustomer) and moves
 * each with its own conditional update, on the condition that `from` still owns it. Each update
 * changes only the owner and its index key and moves the version on, rather than putting the
 * whole ticket back: a change being made at the same moment keeps its fields, and, reading a
 * version that no longer holds, is retried on the moved ticket instead of writing the old owner
 * back. A ticket moved already, or held by a transaction in flight, is left for the next call, so
 * the move is idempotent and never fails for one ticket. Answers how many tickets it moved.
 */
export async function moveTicketsOfOwner(store: Store, from: string, to: string): Promise<number> {
  let moved = 0;
  let start: Item | undefined;
  do {
    const page = await store.db.send(
      new QueryCommand({
        TableName: store.table,
        IndexName: byCustomer.index,
        KeyConditionExpression: '#partition = :partition',
        ExpressionAttributeNames: { '#partition': byCustomer.partitionAttribute, '#number': 'number' },
        ExpressionAttributeValues: { ':partition': byCustomer.partition(from) },
        ProjectionExpression: '#number',
        Limit: movePageSize,
        ...(start ? { ExclusiveStartKey: start } : {}),
      }),
    );
    for (const item of page.Items ?? []) if (await moveTicket(store, String(item['number']), from, to)) moved++;
    start = page.LastEvaluatedKey;
  } while (start);
  return moved;
}

async function moveTicket(store: Store, number: string, from: string, to: string): Promise<boolean> {
  try {
    await store.db.send(
      new UpdateCommand({
        TableName: store.table,
        Key: ticketKey(number),
        UpdateExpression: 'SET requester.#owner = :to, #partition = :partition, version = version + :one',
        ConditionExpression: 'requester.#owner = :from',
        ExpressionAttributeNames: { '#owner': 'owner', '#partition': byCustomer.partitionAttribute },
        ExpressionAttributeValues: { ':from': from, ':to': to, ':partition': byCustomer.partition(to), ':one': 1 },
      }),
    );
    return true;
  } catch (error) {
    if (error instanceof ConditionalCheckFailedException || error instanceof TransactionConflictException) return false;
    throw error;
  }
}

/** What part of the agents' queue to list. */
export interface QueueSelection {
  readonly phase: QueuePhase;
  /** An agent's sub, or null for the unassigned; absent for every ticket of the phase. */
  readonly assignee?: string | null | undefined;
  readonly priority?: Priority | undefined;
  readonly status?: string | undefined;
  readonly type?: string | undefined;
  /** `priority` (the default): by priority then age; `due`: by the nearest service-level due time, only tickets with one. */
  readonly order?: 'priority' | 'due' | undefined;
}

/**
 * The agents' queue of one phase, by priority then age, paged in one Query. Assignee and priority
 * are served by keys (the byAssignee index's partition, the sort key's priority prefix), so those
 * pages are full; status and type filter what that Query reads. In the `due` order (see queueByDue)
 * every selection but the phase filters.
 */
export function queueByPhase(store: Store, selection: QueueSelection, limit: number, cursor?: string): Promise<Page<Ticket>> {
  const { phase, assignee, priority, order, ...filters } = selection;
  if (order === 'due') return queueByDue(store, phase, { ...filters, assignee, priority }, limit, cursor);
  const partition =
    assignee === undefined ? { ...indexOf(queue), partition: queue.partition(phase) } : { ...indexOf(byAssignee), partition: byAssignee.partition(assignee, phase) };
  return queryPage(
    store,
    { ...partition, sortPrefix: priority === undefined ? undefined : queue.priorityPrefix(priority), forward: true },
    filters,
    limit,
    cursor,
  );
}

/**
 * The agents' queue of one phase by the nearest service-level due time, overdue first, paged in
 * one Query of the byDue index: only tickets with a target counting are in it (a ticket paused or
 * with every target met is not due at all). The filters filter what that Query reads.
 */
function queueByDue(store: Store, phase: QueuePhase, filters: TicketFilters, limit: number, cursor?: string): Promise<Page<Ticket>> {
  return queryPage(store, { ...indexOf(byDue), partition: byDue.partition(phase), forward: true }, filters, limit, cursor);
}

/**
 * The numbers of the tickets of one shard of the timers index whose next timer is at or before
 * `now`, earliest first, up to `limit` (one Query; the index projects all, but only the number is kept).
 */
export async function ticketsWithTimersDue(store: Store, shard: number, now: string, limit: number): Promise<string[]> {
  const page = await store.db.send(
    new QueryCommand({
      TableName: store.table,
      IndexName: timers.index,
      KeyConditionExpression: '#partition = :partition AND #sort <= :upTo',
      ExpressionAttributeNames: { '#partition': timers.partitionAttribute, '#sort': timers.sortAttribute, '#number': 'number' },
      // '#' sorts before every digit, and '~' after them, so this bound takes every ticket due at `now` exactly.
      ExpressionAttributeValues: { ':partition': timers.partition(shard), ':upTo': `${now}#~` },
      ProjectionExpression: '#number',
      Limit: limit,
    }),
  );
  return (page.Items ?? []).map((item) => String(item.number));
}
