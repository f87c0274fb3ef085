import { ticketDeps } from '../use-cases/tickets/deps';
import { ticketDetail } from '../use-cases/tickets/ticket-detail';
import { httpRoute } from '../shared/http';
import { routes } from './routes';
import { ticketNumberOf } from './params';
import { ticketDetailResponse } from './ticket-responses';

/** GET /v1/agent/tickets/{number}: everything, internal notes and the full timeline included. */
export const handler = httpRoute(routes.getTicketAsAgent, {}, async (request) =>
  ticketDetailResponse(200, 'agent', await ticketDetail(ticketDeps, request.caller, ticketNumberOf(request), 'agent')),
);
