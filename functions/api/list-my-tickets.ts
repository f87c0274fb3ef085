import { ticketDeps } from '../use-cases/ticket-deps';
import { listMyTickets } from '../use-cases/tickets';
import { httpRoute } from '../shared/http';
import { routes } from './routes';
import { customerListQuery } from './schemas';

/** GET /v1/tickets: the caller's tickets, most recent activity first. */
export const handler = httpRoute(routes.listMyTickets, { query: customerListQuery }, ({ caller, query }) => {
  const { limit, cursor, ...filters } = query;
  return listMyTickets(ticketDeps, caller, filters, limit, cursor);
});
