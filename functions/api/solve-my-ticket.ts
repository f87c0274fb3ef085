import { ticketWriteDeps } from '../use-cases/tickets/deps';
import { solveMyTicket } from '../use-cases/tickets/solve-my-ticket';
import { httpRoute } from '../shared/http';
import { routes } from './routes';
import { ticketNumberOf } from './params';
import { ticketResponse } from './ticket-responses';

/** POST /v1/tickets/{number}/solve: the customer considers the ticket resolved. */
export const handler = httpRoute(routes.solveMyTicket, {}, async (request) =>
  ticketResponse(200, 'customer', await solveMyTicket(ticketWriteDeps(request.context), request.caller, ticketNumberOf(request))),
);
