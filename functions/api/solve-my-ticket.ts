import { ticketWriteDeps } from '../use-cases/ticket-deps';
import { solveMyTicket } from '../use-cases/tickets';
import { httpRoute } from '../shared/http';
import { routes } from './routes';
import { ticketNumberOf } from './params';

/** POST /v1/tickets/{number}/solve: the customer considers the ticket resolved. */
export const handler = httpRoute(routes.solveMyTicket, {}, (request) => solveMyTicket(ticketWriteDeps(request.context), request.caller, ticketNumberOf(request)));
