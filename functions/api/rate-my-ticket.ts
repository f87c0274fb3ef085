import { rateMyTicket } from '../use-cases/satisfaction/rate-my-ticket';
import { ticketWriteDeps } from '../use-cases/tickets/deps';
import { httpRoute } from '../shared/http';
import { routes } from './routes';
import { ticketNumberOf } from './params';
import { ratingBody } from './satisfaction-schemas';
import { ticketResponse } from './ticket-responses';

/** POST /v1/tickets/{number}/rating: the customer answers "Was this helpful?" for their solved ticket, once per solve (Idempotency-Key honoured). */
export const handler = httpRoute(routes.rateMyTicket, { body: ratingBody }, async (request) =>
  ticketResponse(201, 'customer', await rateMyTicket(ticketWriteDeps(request.context), request.caller, ticketNumberOf(request), request.body, request.idempotencyKey)),
);
