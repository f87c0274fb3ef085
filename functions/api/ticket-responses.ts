import type { Audience, Ticket } from '../domain/types';
import type { Page, TicketCollection } from '../data/tickets';
import type { Replayable } from '../use-cases/idempotency';
import type { ChangedTicket, OpenedTicket, RepliedTicket } from '../use-cases/tickets/results';
import type { JsonResult } from '../shared/http';
import { eventView, messageView, redactionView, ticketRowView, ticketView } from './views/tickets';

/*
 * How the ticket routes answer a use case's result: the views shape it for the audience, the route
 * chooses the success status. A replayed result answers exactly as the first time, with Stripe's header.
 */

/** Marks a response replayed from an earlier request with the same Idempotency-Key (Stripe's header). */
export const replayHeader = 'idempotent-replayed';

/** A ticket opened or changed: the ticket, and the message and what redaction removed when the use case wrote one. */
export function ticketResponse(statusCode: number, audience: Audience, result: Replayable<OpenedTicket | RepliedTicket | ChangedTicket>): JsonResult {
  const body = {
    ticket: ticketView(result.ticket, audience),
    ...('message' in result ? { message: result.message ? messageView(result.message, audience) : null } : {}),
    ...('redacted' in result ? { redacted: redactionView(result.redacted) } : {}),
  };
  return { statusCode, body, ...(result.replayed ? { headers: { [replayHeader]: 'true' } } : {}) };
}

/** A ticket with its thread and timeline, as the use case let the audience see them. */
export function ticketDetailResponse(statusCode: number, audience: Audience, detail: TicketCollection): JsonResult {
  return {
    statusCode,
    body: {
      ticket: ticketView(detail.ticket, audience),
      messages: detail.messages.map((message) => messageView(message, audience)),
      timeline: detail.events.map((event) => eventView(event, audience)),
    },
  };
}

/** A page of a list, as rows, with the cursor of the next page. */
export function ticketPageResponse(statusCode: number, audience: Audience, page: Page<Ticket>): JsonResult {
  return { statusCode, body: { tickets: page.items.map((ticket) => ticketRowView(ticket, audience)), cursor: page.cursor } };
}
