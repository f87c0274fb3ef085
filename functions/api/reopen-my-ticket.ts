import { ticketWriteDeps } from '../use-cases/ticket-deps';
import { reopenMyTicket } from '../use-cases/tickets';
import { httpRoute } from '../shared/http';
import { routes } from './routes';
import { ticketNumberOf } from './params';

/** POST /v1/tickets/{number}/reopen: a solved ticket back to the team. */
export const handler = httpRoute(routes.reopenMyTicket, {}, (request) => reopenMyTicket(ticketWriteDeps(request.context), request.caller, ticketNumberOf(request)));
