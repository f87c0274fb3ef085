import { ticketWriteDeps } from '../use-cases/ticket-deps';
import { replyToMyTicket } from '../use-cases/tickets';
import { httpRoute } from '../shared/http';
import { routes } from './routes';
import { ticketNumberOf } from './params';
import { customerMessageBody } from './schemas';

/** POST /v1/tickets/{number}/messages: the customer replies (Idempotency-Key honoured). */
export const handler = httpRoute(routes.replyToMyTicket, { body: customerMessageBody }, (request) =>
  replyToMyTicket(ticketWriteDeps(request.context), request.caller, ticketNumberOf(request), request.body.body, request.idempotencyKey),
);
