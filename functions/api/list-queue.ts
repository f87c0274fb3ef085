import { ticketDeps } from '../use-cases/tickets/deps';
import { listQueue } from '../use-cases/tickets/list-queue';
import { httpRoute } from '../shared/http';
import { routes } from './routes';
import { agentQueueQuery } from './schemas';
import { ticketPageResponse } from './ticket-responses';

/** GET /v1/agent/tickets: the agents' queue of one phase, by priority then age. */
export const handler = httpRoute(routes.listQueue, { query: agentQueueQuery }, async ({ caller, query: { limit, cursor, ...request } }) =>
  ticketPageResponse(200, 'agent', await listQueue(ticketDeps, caller, request, limit, cursor)),
);
