import type { Audience, Ticket } from '../domain/types';
import type { Page, TicketCollection } from '../data/tickets';
import type { Replayable } from '../use-cases/idempotency';
import type { ChangedTicket, OpenedTicket, RepliedTicket } from '../use-cases/tickets/results';
import type { JsonResult } from '../shared/http';
import { attachmentView } from './views/attachments';
import { descriptionAttachmentsView, eventView, messageView, redactionView, ticketRowView, ticketView } from './views/tickets';

/*
 * How the ticket routes answer a use case's result: the views shape it for the audience, the route
 * chooses the success status. A replayed result answers exactly as the first time, with Stripe's header.
 */

/** Marks a response replayed from an earlier request with the same Idempotency-Key (Stripe's header). */
export const replayHeader = 'idempotent-replayed';

/**
 * A ticket opened or changed: the ticket, the message (with its files) when the use case wrote one,
 * the files attached when it opened the ticket, and what redaction removed.
 */
export function ticketResponse(statusCode: number, audience: Audience, result: Replayable<OpenedTicket | RepliedTicket | ChangedTicket>): JsonResult {
  const body = {
    ticket: ticketView(result.ticket, audience),
    ...('message' in result
      ? { message: result.message ? messageView(result.message, audience, result.attachments) : null }
      : 'attachments' in result
        ? { attachments: result.attachments.map(attachmentView) }
        : {}),
    ...('redacted' in result ? { redacted: redactionView(result.redacted) } : {}),
  };
  return { statusCode, body, ...(result.replayed ? { headers: { [replayHeader]: 'true' } } : {}) };
}

/** A ticket with its files, thread and timeline, as the use case let the audience see them. */
export function ticketDetailResponse(statusCode: number, audience: Audience, detail: TicketCollection): JsonResult {
  return {
    statusCode,
    body: {
      ticket: ticketView(detail.ticket, audience),
      attachments: descriptionAttachmentsView(detail.attachments),
      messages: detail.messages.map((message) => messageView(message, audience, detail.attachments)),
      timeline: detail.events.map((event) => eventView(event, audience)),
    },
  };
}

/** A page of a list, as rows, with the cursor of the next page. */
export function ticketPageResponse(statusCode: number, audience: Audience, page: Page<Ticket>): JsonResult {
  return { statusCode, body: { tickets: page.items.map((ticket) => ticketRowView(ticket, audience)), cursor: page.cursor } };
}
