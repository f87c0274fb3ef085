import { ticketDeps } from '../use-cases/tickets/deps';
import { countQueue } from '../use-cases/tickets/count-queue';
import { httpRoute } from '../shared/http';
import { routes } from './routes';
import { queueCountsQuery } from './schemas';
import { queueCountsView } from './views/queue-counts';

/** GET /v1/agent/queue/counts: how many tickets each phase of the agents' queue holds. */
export const handler = httpRoute(routes.countQueue, { query: queueCountsQuery }, async ({ caller, query }) => ({
  statusCode: 200,
  body: queueCountsView(await countQueue(ticketDeps, caller, query)),
}));
