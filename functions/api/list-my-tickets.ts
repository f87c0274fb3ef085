import { ticketDeps } from '../use-cases/tickets/deps';
import { listMyTickets } from '../use-cases/tickets/list-my-tickets';
import { httpRoute } from '../shared/http';
import { routes } from './routes';
import { customerListQuery } from './schemas';
import { ticketPageResponse } from './ticket-responses';

/** GET /v1/tickets: the caller's tickets, most recent activity first. */
export const handler = httpRoute(routes.listMyTickets, { query: customerListQuery }, async ({ caller, query: { limit, cursor, ...filters } }) =>
  ticketPageResponse(200, 'customer', await listMyTickets(ticketDeps, caller, filters, limit, cursor)),
);
