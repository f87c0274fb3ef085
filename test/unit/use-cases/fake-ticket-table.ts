import type * as z from 'zod/mini';
import type { IdempotencyRecord } from '../../../functions/data/items/idempotency';
import { IdempotencyKeyTakenError, TicketNumberTakenError, VersionConflictError } from '../../../functions/data/tickets';
import type { Page, QueueSelection, TicketCollection, TicketFilters, WriteConflictError } from '../../../functions/data/tickets';
import type { QueueCount, QueueCountSelection } from '../../../functions/data/queue-counts';
import type { Attachment } from '../../../functions/domain/attachment';
import type { Change, Message, Ticket, TicketEvent } from '../../../functions/domain/types';
import type { IdempotencyRecords } from '../../../functions/use-cases/idempotency';
import type { TicketRepository } from '../../../functions/use-cases/tickets/ports';
import type { TicketWriteDeps } from '../../../functions/use-cases/tickets/ports';
import type { Ownership } from '../../../functions/use-cases/tickets/claim-own-tickets';

/**
 * The ticket use cases' ports kept in memory, with the table's contract: all-or-nothing writes,
 * conditional on the version read (a lost race returns the ticket as it now stands), a taken
 * number or idempotency key refused, results stored as JSON. Tests step in before a write lands
 * (`beforeWrite`) to play a concurrent writer.
 */
export class FakeTicketTable implements TicketRepository, IdempotencyRecords, Ownership {
  readonly tickets = new Map<string, Ticket>();
  readonly events = new Map<string, TicketEvent[]>();
  readonly messages = new Map<string, Message[]>();
  readonly attachments = new Map<string, Attachment[]>();
  readonly records = new Map<string, string>();
  readonly queueReads: { selection: QueueSelection; limit: number; cursor?: string | undefined }[] = [];
  /** Runs before each write is checked; a test may change the table there, as another writer would. */
  beforeWrite: (change: Change) => void = () => {};

  async currentTicket(number: string, conflict: WriteConflictError | undefined): Promise<Ticket | undefined> {
    return conflict?.current ?? this.tickets.get(number);
  }

  async getTicketCollection(number: string): Promise<TicketCollection | undefined> {
    const ticket = this.tickets.get(number);
    if (!ticket) return undefined;
    return { ticket, events: this.events.get(number) ?? [], messages: this.messages.get(number) ?? [], attachments: this.attachments.get(number) ?? [] };
  }

  async listTicketsOfCustomer(owner: string, _filters: TicketFilters, limit: number): Promise<Page<Ticket>> {
    return { items: [...this.tickets.values()].filter((ticket) => ticket.requester.owner === owner).slice(0, limit), cursor: null };
  }

  async moveTickets(from: string, to: string): Promise<number> {
    const owned = [...this.tickets.values()].filter((ticket) => ticket.requester.owner === from);
    for (const ticket of owned) this.tickets.set(ticket.number, { ...ticket, requester: { ...ticket.requester, owner: to }, version: ticket.version + 1 });
    return owned.length;
  }

  async carryPreferences(): Promise<void> {}

  async queueByPhase(selection: QueueSelection, limit: number, cursor?: string): Promise<Page<Ticket>> {
    this.queueReads.push({ selection, limit, cursor });
    return { items: [], cursor: null };
  }

  async countQueue(selection: QueueCountSelection, upTo: number): Promise<QueueCount> {
    const { phase, assignee, priority } = selection;
    const counted = [...this.tickets.values()].filter(
      (ticket) => ticket.phase === phase && (assignee === undefined || ticket.assignee === assignee) && (priority === undefined || ticket.priority === priority),
    ).length;
    return { count: Math.min(counted, upTo), more: counted > upTo };
  }

  async insertTicket(change: Change, idempotency?: IdempotencyRecord, later: readonly Change[] = []): Promise<void> {
    this.beforeWrite(change);
    if (idempotency && this.records.has(this.recordKey(idempotency.sub, idempotency.key))) throw new IdempotencyKeyTakenError();
    if (this.tickets.has(change.ticket.number)) throw new TicketNumberTakenError();
    this.commit(change, idempotency);
    for (const next of later) this.commit(next, undefined);
  }

  async saveChange(change: Change, expectedVersion: number, idempotency?: IdempotencyRecord): Promise<void> {
    this.beforeWrite(change);
    if (idempotency && this.records.has(this.recordKey(idempotency.sub, idempotency.key))) throw new IdempotencyKeyTakenError();
    const current = this.tickets.get(change.ticket.number);
    if (current?.version !== expectedVersion) throw new VersionConflictError(`Ticket ${change.ticket.number} moved on.`, current);
    this.commit(change, idempotency);
  }

  async get<R>(sub: string, key: string, _now: Date, resultSchema: z.ZodMiniType<R>): Promise<IdempotencyRecord<R> | undefined> {
    const stored = this.records.get(this.recordKey(sub, key));
    if (stored === undefined) return undefined;
    const record = JSON.parse(stored) as IdempotencyRecord;
    return { ...record, result: resultSchema.parse(record.result) };
  }

  /** A ticket as another writer leaves it, one version on. */
  put(ticket: Ticket): void {
    this.tickets.set(ticket.number, ticket);
  }

  private recordKey(sub: string, key: string): string {
    return `${sub}#${key}`;
  }

  private commit(change: Change, idempotency: IdempotencyRecord | undefined): void {
    const { number } = change.ticket;
    this.tickets.set(number, change.ticket);
    this.events.set(number, [...(this.events.get(number) ?? []), ...change.events]);
    if (change.message) this.messages.set(number, [...(this.messages.get(number) ?? []), change.message]);
    this.attachments.set(number, [...(this.attachments.get(number) ?? []), ...(change.attachments ?? [])]);
    if (idempotency) this.records.set(this.recordKey(idempotency.sub, idempotency.key), JSON.stringify(idempotency));
  }
}

/** The use cases' dependencies on a fake table, with a clock the test sets and numbers it chooses. */
export function fakeDeps(table: FakeTicketTable, options: { numbers?: string[]; now?: () => Date } = {}): TicketWriteDeps & { clock: { now: Date } } {
  const numbers = [...(options.numbers ?? [])];
  let id = 0;
  const clock = { now: new Date('2026-03-02T10:00:00.000Z') };
  return {
    clock,
    tickets: table,
    idempotency: table,
    ownership: table,
    now: options.now ?? (() => clock.now),
    newId: () => `id-${String(++id).padStart(4, '0')}`,
    newTicketNumber: () => numbers.shift() ?? String(10_000_000 + Math.floor(Math.random() * 89_999_999)),
    remainingMs: () => 30_000,
  };
}
