import { ticketWriteDeps } from '../use-cases/tickets/deps';
import { reopenMyTicket } from '../use-cases/tickets/reopen-my-ticket';
import { httpRoute } from '../shared/http';
import { routes } from './routes';
import { ticketNumberOf } from './params';
import { ticketResponse } from './ticket-responses';

/** POST /v1/tickets/{number}/reopen: a solved ticket back to the team. */
export const handler = httpRoute(routes.reopenMyTicket, {}, async (request) =>
  ticketResponse(200, 'customer', await reopenMyTicket(ticketWriteDeps(request.context), request.caller, ticketNumberOf(request))),
);
