import { ticketDeps } from '../use-cases/tickets/deps';
import { ticketDetail } from '../use-cases/tickets/ticket-detail';
import { httpRoute } from '../shared/http';
import { routes } from './routes';
import { ticketNumberOf } from './params';
import { ticketDetailResponse } from './ticket-responses';

/** GET /v1/tickets/{number}: the caller's ticket, its public thread and its timeline. */
export const handler = httpRoute(routes.getMyTicket, {}, async (request) =>
  ticketDetailResponse(200, 'customer', await ticketDetail(ticketDeps, request.caller, ticketNumberOf(request), 'customer')),
);
