import { ticketDeps } from '../use-cases/ticket-deps';
import { ticketDetail } from '../use-cases/tickets';
import { httpRoute } from '../shared/http';
import { routes } from './routes';
import { ticketNumberOf } from './params';

/** GET /v1/agent/tickets/{number}: everything, internal notes and the full timeline included. */
export const handler = httpRoute(routes.getTicketAsAgent, {}, (request) => ticketDetail(ticketDeps, request.caller, ticketNumberOf(request), 'agent'));
