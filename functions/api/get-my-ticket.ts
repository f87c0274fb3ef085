import { ticketDeps } from '../use-cases/ticket-deps';
import { ticketDetail } from '../use-cases/tickets';
import { httpRoute } from '../shared/http';
import { routes } from './routes';
import { ticketNumberOf } from './params';

/** GET /v1/tickets/{number}: the caller's ticket, its public thread and its timeline. */
export const handler = httpRoute(routes.getMyTicket, {}, (request) => ticketDetail(ticketDeps, request.caller, ticketNumberOf(request), 'customer'));
