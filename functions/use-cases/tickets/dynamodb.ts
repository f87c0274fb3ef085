import { getIdempotencyRecord } from '../../data/idempotency';
import { countQueuePart } from '../../data/queue-counts';
import type { Store } from '../../data/store';
import { carryPreferences } from '../../data/preferences';
import { currentTicket, getTicketCollection, insertTicket, listTicketsOfCustomer, moveTicketsOfOwner, queueByPhase, saveChange } from '../../data/tickets';
import { newId, newTicketNumber } from '../../domain/ids';
import type { ClockSettings } from '../../domain/clock/settings';
import { withClock } from '../../domain/clock/ticket-clock';
import { deploymentClockSettings } from '../../shared/clock-settings';
import type { IdempotencyRecords } from '../idempotency';
import type { Ownership } from './claim-own-tickets';
import type { TicketDeps, TicketRepository } from './ports';

/**
 * The ticket repository on the table: the data layer's access patterns, bound to one store; every
 * ticket it writes goes through the clock's concerns under the given settings (withClock).
 */
export function ticketRepositoryOn(store: Store, clock: () => ClockSettings = deploymentClockSettings): TicketRepository {
  return {
    currentTicket: (number, conflict) => currentTicket(store, number, conflict),
    getTicketCollection: (number) => getTicketCollection(store, number),
    listTicketsOfCustomer: (owner, filters, limit, cursor) => listTicketsOfCustomer(store, owner, filters, limit, cursor),
    countQueue: (selection, upTo) => countQueuePart(store, selection, upTo),
    queueByPhase: (selection, limit, cursor) => queueByPhase(store, selection, limit, cursor),
    insertTicket: (change, idempotency, later) => insertTicket(store, withClock(change, clock()), idempotency, later?.map((each) => withClock(each, clock()))),
    saveChange: (change, expectedVersion, idempotency) => saveChange(store, withClock(change, clock()), expectedVersion, idempotency),
  };
}

/** The idempotency records on the table. */
export function idempotencyRecordsOn(store: Store): IdempotencyRecords {
  return { get: (sub, key, now, resultSchema) => getIdempotencyRecord(store, sub, key, now, resultSchema) };
}

/** Where ownership moves on the table: tickets by their owner key, preferences by theirs. */
export function ownershipOn(store: Store): Ownership {
  return {
    moveTickets: (from, to) => moveTicketsOfOwner(store, from, to),
    carryPreferences: (from, to, now) => carryPreferences(store, from, to, now),
  };
}

/** The ticket use cases' dependencies on one table, with the system clock and random ids. */
export function ticketDepsOn(store: Store): TicketDeps {
  return { tickets: ticketRepositoryOn(store), idempotency: idempotencyRecordsOn(store), ownership: ownershipOn(store), now: () => new Date(), newId, newTicketNumber };
}
