import type { Ownership } from './claim-own-tickets';
import type { Wording } from '../../domain/catalog';
import type { IdSource } from '../../domain/ids';
import type { Change, Ticket } from '../../domain/types';
import type { IdempotencyRecord } from '../../data/items/idempotency';
import type { Page, QueueSelection, TicketCollection, TicketFilters, WriteConflictError } from '../../data/tickets';
import type { QueueCount, QueueCountSelection } from '../../data/queue-counts';
import type { RemainingTime } from '../conflicts';
import type { IdempotencyRecords } from '../idempotency';
import type { AttachDeps } from '../attachments/ports';

/**
 * Where tickets are kept, as the ticket use cases need them. In Lambda it is the table
 * (./dynamodb.ts); unit tests give a fake. Its writes throw the data layer's errors:
 * TicketNumberTakenError, WriteConflictError (VersionConflictError, TransactionConflictError) and
 * IdempotencyKeyTakenError.
 */
export interface TicketRepository {
  /** The ticket to decide on: the one a lost write returned (as fresh as a read), or a read. */
  currentTicket(number: string, conflict: WriteConflictError | undefined): Promise<Ticket | undefined>;
  getTicketCollection(number: string): Promise<TicketCollection | undefined>;
  listTicketsOfCustomer(owner: string, filters: TicketFilters, limit: number, cursor?: string): Promise<Page<Ticket>>;
  queueByPhase(selection: QueueSelection, limit: number, cursor?: string): Promise<Page<Ticket>>;
  /** How many tickets a part of one phase of the queue holds, counted up to `upTo`. */
  countQueue(selection: QueueCountSelection, upTo: number): Promise<QueueCount>;
  /** Stores a new ticket with its first events and, when given, the idempotency record, all or nothing. */
  /** Stores a new ticket with its first change and, in the same transaction, the changes made right after it (the last one's ticket is stored). */
  insertTicket(change: Change, idempotency?: IdempotencyRecord, later?: readonly Change[]): Promise<void>;
  /** Stores a change on the condition that the ticket is still at `expectedVersion`, all or nothing. */
  saveChange(change: Change, expectedVersion: number, idempotency?: IdempotencyRecord): Promise<void>;
}

/** What the ticket use cases need: where tickets and idempotency records are, a clock, and ids. */
export interface TicketDeps {
  readonly tickets: TicketRepository;
  readonly idempotency: IdempotencyRecords;
  /** Where the tickets a customer opened before verifying their email join the email's. */
  readonly ownership: Ownership;
  /** The deployment's words, in which refusals name statuses; the seeds' when absent. */
  readonly wording?: Wording | undefined;
  readonly now: () => Date;
  /** Ids of events and messages. */
  readonly newId: IdSource;
  /** A ticket number to try; the use case draws again on a collision. */
  readonly newTicketNumber: () => string;
  /** The uploads and the files bucket, in the functions that attach files (those with `attach` files access). */
  readonly attach?: AttachDeps | undefined;
}

/** What a use case that changes a ticket needs besides: the time its invocation has left. */
export interface TicketWriteDeps extends TicketDeps {
  readonly remainingMs: RemainingTime;
}
