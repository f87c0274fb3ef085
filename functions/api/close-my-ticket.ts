import { ticketWriteDeps } from '../use-cases/tickets/deps';
import { closeMyTicket } from '../use-cases/tickets/close-my-ticket';
import { httpRoute } from '../shared/http';
import { routes } from './routes';
import { ticketNumberOf } from './params';
import { ticketResponse } from './ticket-responses';

/** POST /v1/tickets/{number}/close: the customer closes a solved ticket. */
export const handler = httpRoute(routes.closeMyTicket, {}, async (request) =>
  ticketResponse(200, 'customer', await closeMyTicket(ticketWriteDeps(request.context), request.caller, ticketNumberOf(request))),
);
