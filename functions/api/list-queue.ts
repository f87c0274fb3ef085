import { ticketDeps } from '../use-cases/ticket-deps';
import { listQueue } from '../use-cases/tickets';
import { httpRoute } from '../shared/http';
import { routes } from './routes';
import { agentQueueQuery } from './schemas';

/** GET /v1/agent/tickets: the agents' queue of one phase, by priority then age. */
export const handler = httpRoute(routes.listQueue, { query: agentQueueQuery }, ({ caller, query }) => {
  const { limit, cursor, ...request } = query;
  return listQueue(ticketDeps, caller, request, limit, cursor);
});
