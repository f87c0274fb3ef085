import { setTimeout as sleep } from 'node:timers/promises';
import { TicketNotFoundError } from '../domain/errors';
import { newId, newTicketNumber } from '../domain/ids';
import { redact, redactFields } from '../domain/redaction';
import {
  changeStatus,
  customerTimeline,
  openTicket,
  publicThread,
  replyAsAgent,
  replyAsCustomer,
  reopen,
  solveAsCustomer,
  timeOfChange,
  updateFields,
} from '../domain/ticket';
import type { Actor, Change, Priority, ReportStatus, Ticket } from '../domain/types';
import type { QueuePhase } from '../data/items/ticket';
import type { Store } from '../data/store';
import {
  currentTicket,
  getTicketCollection,
  IdempotencyKeyTakenError,
  insertTicket,
  listTicketsOfCustomer,
  queueByPhase,
  saveChange,
  TicketNumberTakenError,
  TransactionConflictError,
} from '../data/tickets';
import type { TicketFilters } from '../data/tickets';
import type { CreateTicketBody } from '../api/schemas';
import type { Caller, JsonResult } from '../shared/http';
import { logger } from '../shared/observability';
import { backoffDelay, retryOnWriteConflict, writeRetryPolicy } from './conflicts';
import type { RemainingTime } from './conflicts';
import { once } from './idempotency';
import { eventView, messageView, redactionView, ticketRowView, ticketView } from '../api/views/tickets';
import type { Audience } from '../api/views/tickets';

/** What the use cases need: the table and a clock. */
export interface TicketDeps {
  readonly store: Store;
  readonly now: () => Date;
}

/** What a use case that changes a ticket needs besides: the time its invocation has left. */
export interface TicketWriteDeps extends TicketDeps {
  readonly remainingMs: RemainingTime;
}

const attemptsOnConflict = 5;
const isKeyTaken = (error: unknown) => error instanceof IdempotencyKeyTakenError;

function actorOf(caller: Caller): Actor {
  return { kind: caller.isAgent ? 'agent' : 'customer', id: caller.sub };
}

/**
 * Opens a ticket for the caller: free text redacted, a fresh number (drawn again on the rare
 * collision), stored with its first event and the idempotency record in one transaction.
 */
export async function createTicket(deps: TicketDeps, caller: Caller, body: CreateTicketBody, idempotencyKey: string | undefined): Promise<JsonResult> {
  const now = deps.now();
  return once(deps.store, { sub: caller.sub, key: idempotencyKey, route: 'POST /v1/tickets', body }, now, async (recordFor) => {
    // Every field a person types freely: the form's texts and the details' free-text parts.
    const typed = body.details as { destination?: string; address?: string };
    const { fields, kinds } = redactFields({
      subject: body.subject,
      description: body.description,
      name: body.name,
      phone: body.phone,
      destination: typed.destination,
      address: typed.address,
    });
    const details = {
      ...body.details,
      ...(fields.destination !== undefined ? { destination: fields.destination } : {}),
      ...(fields.address !== undefined ? { address: fields.address } : {}),
    } as typeof body.details;
    for (let attempt = 1; ; attempt++) {
      const change = openTicket(
        {
          number: newTicketNumber(),
          type: body.type,
          subject: fields.subject,
          description: fields.description,
          priority: body.priority,
          details,
          requester: { sub: caller.sub, email: caller.email, name: fields.name, ...(fields.phone ? { phone: fields.phone } : {}) },
        },
        now.toISOString(),
        newId,
      );
      const response: JsonResult = { statusCode: 201, body: { ticket: ticketView(change.ticket, 'customer'), redacted: redactionView(kinds) } };
      try {
        await insertTicket(deps.store, change, recordFor?.(response));
        logger.info('ticket created', { ticketNumber: change.ticket.number, type: change.ticket.type });
        return response;
      } catch (error) {
        if (error instanceof TicketNumberTakenError && attempt < attemptsOnConflict) continue;
        // A concurrent request with the same Idempotency-Key: the next attempt finds its record.
        if (error instanceof TransactionConflictError && attempt < attemptsOnConflict) {
          await sleep(backoffDelay(attempt - 1, writeRetryPolicy));
          continue;
        }
        throw error;
      }
    }
  }, isKeyTaken);
}

/** The ticket if the caller may see it; someone else's ticket is as absent as a missing one. */
function visibleTo(ticket: Ticket | undefined, caller: Caller, audience: Audience, number: string): Ticket {
  if (!ticket || (audience === 'customer' && ticket.requester.sub !== caller.sub)) throw new TicketNotFoundError(number);
  return ticket;
}

/** A ticket with its thread and timeline, as the audience may see them. */
export async function ticketDetail(deps: TicketDeps, caller: Caller, number: string, audience: Audience): Promise<JsonResult> {
  const collection = await getTicketCollection(deps.store, number);
  const ticket = visibleTo(collection?.ticket, caller, audience, number);
  const messages = audience === 'customer' ? publicThread(collection?.messages ?? []) : (collection?.messages ?? []);
  const events = audience === 'customer' ? customerTimeline(collection?.events ?? []) : (collection?.events ?? []);
  return {
    statusCode: 200,
    body: {
      ticket: ticketView(ticket, audience),
      messages: messages.map((message) => messageView(message, audience)),
      timeline: events.map((event) => eventView(event, audience)),
    },
  };
}

/** One page of the caller's tickets. */
export async function listMyTickets(deps: TicketDeps, caller: Caller, filters: TicketFilters, limit: number, cursor?: string): Promise<JsonResult> {
  const page = await listTicketsOfCustomer(deps.store, caller.sub, filters, limit, cursor);
  return { statusCode: 200, body: { tickets: page.items.map((ticket) => ticketRowView(ticket, 'customer')), cursor: page.cursor } };
}

/** Which part of the agents' queue an agent asks for; `assignee` may be `me` or `nobody`. */
export interface QueueRequest {
  readonly phase: QueuePhase;
  /** `me` (the caller), `nobody` (the unassigned) or an agent's sub; absent for everyone's. */
  readonly assignee?: string | undefined;
  readonly priority?: Priority | undefined;
  readonly status?: string | undefined;
  readonly type?: string | undefined;
}

/** One page of the agents' queue: `assignee=me` is the caller's own tickets, `assignee=nobody` the unassigned. */
export async function listQueue(deps: TicketDeps, caller: Caller, request: QueueRequest, limit: number, cursor?: string): Promise<JsonResult> {
  const { assignee, ...rest } = request;
  const whose = assignee === 'me' ? caller.sub : assignee === 'nobody' ? null : assignee;
  const page = await queueByPhase(deps.store, { ...rest, assignee: whose }, limit, cursor);
  return { statusCode: 200, body: { tickets: page.items.map((ticket) => ticketRowView(ticket, 'agent')), cursor: page.cursor } };
}

/**
 * Applies a domain operation to a ticket and stores the result, conditional on the version read.
 * When someone else changed the ticket meanwhile, it reads it again and lets the domain decide
 * afresh, at the time of that attempt, so concurrent writers all land (or get the domain's
 * refusal on the ticket as it now is), and none is lost.
 * @throws TicketNotFoundError; the domain's errors; ConflictError when the invocation runs out of
 * time to retry.
 */
async function mutate(
  deps: TicketWriteDeps,
  caller: Caller,
  number: string,
  audience: Audience,
  request: { route: string; body: unknown; idempotencyKey: string | undefined; status: number },
  decide: (ticket: Ticket, now: string) => Change,
  respond: (change: Change) => Record<string, unknown> = () => ({}),
): Promise<JsonResult> {
  return once(deps.store, { sub: caller.sub, key: request.idempotencyKey, route: request.route, body: request.body }, deps.now(), async (recordFor) => {
    return retryOnWriteConflict(deps.remainingMs, async (conflict) => {
      const ticket = visibleTo(await currentTicket(deps.store, number, conflict), caller, audience, number);
      const change = decide(ticket, timeOfChange(ticket, deps.now()));
      const response: JsonResult = { statusCode: request.status, body: { ticket: ticketView(change.ticket, audience), ...respond(change) } };
      if (change.events.length === 0 && !change.message) return response;
      await saveChange(deps.store, change, ticket.version, recordFor?.(response));
      logger.info('ticket changed', { ticketNumber: number, events: change.events.map((event) => event.kind) });
      return response;
    });
  }, isKeyTaken);
}

/** The customer replies; an awaiting ticket goes back to the team, a solved one reopens. */
export function replyToMyTicket(deps: TicketWriteDeps, caller: Caller, number: string, body: string, idempotencyKey: string | undefined) {
  const { fields, kinds } = redactFields({ body });
  return mutate(
    deps,
    caller,
    number,
    'customer',
    { route: `POST /v1/tickets/${number}/messages`, body: { body }, idempotencyKey, status: 201 },
    (ticket, now) => replyAsCustomer(ticket, fields.body, actorOf(caller), now, newId),
    (change) => ({ message: change.message ? messageView(change.message, 'customer') : null, redacted: redactionView(kinds) }),
  );
}

/** The customer marks their ticket solved. */
export function solveMyTicket(deps: TicketWriteDeps, caller: Caller, number: string) {
  return mutate(deps, caller, number, 'customer', { route: `POST /v1/tickets/${number}/solve`, body: {}, idempotencyKey: undefined, status: 200 }, (ticket, now) =>
    solveAsCustomer(ticket, actorOf(caller), now, newId),
  );
}

/** The customer reopens their solved ticket. */
export function reopenMyTicket(deps: TicketWriteDeps, caller: Caller, number: string) {
  return mutate(deps, caller, number, 'customer', { route: `POST /v1/tickets/${number}/reopen`, body: {}, idempotencyKey: undefined, status: 200 }, (ticket, now) =>
    reopen(ticket, actorOf(caller), now, newId),
  );
}

/** An agent replies publicly (optionally awaiting the customer) or leaves an internal note. */
export function replyAsSupport(
  deps: TicketWriteDeps,
  caller: Caller,
  number: string,
  body: { body: string; internal: boolean; awaitReply: boolean },
  idempotencyKey: string | undefined,
) {
  const { fields, kinds } = redactFields({ body: body.body });
  return mutate(
    deps,
    caller,
    number,
    'agent',
    { route: `POST /v1/agent/tickets/${number}/messages`, body, idempotencyKey, status: 201 },
    (ticket, now) => replyAsAgent(ticket, { ...body, body: fields.body }, actorOf(caller), now, newId),
    (change) => ({ message: change.message ? messageView(change.message, 'agent') : null, redacted: redactionView(kinds) }),
  );
}

/** An agent moves a ticket along its type's transitions. */
export function setStatus(deps: TicketWriteDeps, caller: Caller, number: string, body: { status: string; note?: string | undefined }) {
  const note = body.note === undefined ? undefined : redact(body.note).text;
  return mutate(deps, caller, number, 'agent', { route: `POST /v1/agent/tickets/${number}/status`, body, idempotencyKey: undefined, status: 200 }, (ticket, now) =>
    changeStatus(ticket, { to: body.status, ...(note !== undefined ? { note } : {}) }, actorOf(caller), now, newId, { byWorkflow: false }),
  );
}

/** An agent changes priority, assignee or report status. */
export function updateTicket(
  deps: TicketWriteDeps,
  caller: Caller,
  number: string,
  patch: { priority?: Priority | undefined; assignee?: string | null | undefined; reportStatus?: ReportStatus | null | undefined },
) {
  return mutate(deps, caller, number, 'agent', { route: `PATCH /v1/agent/tickets/${number}`, body: patch, idempotencyKey: undefined, status: 200 }, (ticket, now) =>
    updateFields(ticket, patch, actorOf(caller), now, newId),
  );
}

