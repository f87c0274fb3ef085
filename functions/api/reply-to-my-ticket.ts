import { attachDeps } from '../use-cases/attachments/attach-deps';
import { ticketWriteDeps } from '../use-cases/tickets/deps';
import { replyToMyTicket } from '../use-cases/tickets/reply-to-my-ticket';
import { httpRoute } from '../shared/http';
import { routes } from './routes';
import { ticketNumberOf } from './params';
import { customerMessageBody } from './schemas';
import { ticketResponse } from './ticket-responses';

/** POST /v1/tickets/{number}/messages: the customer replies (Idempotency-Key honoured). */
export const handler = httpRoute(routes.replyToMyTicket, { body: customerMessageBody }, async (request) =>
  ticketResponse(201, 'customer', await replyToMyTicket({ ...ticketWriteDeps(request.context), attach: attachDeps }, request.caller, ticketNumberOf(request), request.body.body, request.idempotencyKey, request.body.attachments)),
);
