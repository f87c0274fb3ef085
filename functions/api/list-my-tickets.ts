import { ticketDeps } from '../services/deps';
import { listMyTickets } from '../services/tickets';
import { httpRoute } from '../shared/http';
import { customerListQuery } from './schemas';

/** GET /v1/tickets: the caller's tickets, most recent activity first. */
export const handler = httpRoute({ role: 'customer', query: customerListQuery }, ({ caller, query }) => {
  const { limit, cursor, ...filters } = query;
  return listMyTickets(ticketDeps, caller, filters, limit, cursor);
});
