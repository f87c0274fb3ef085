import { ticketWriteDeps } from '../use-cases/tickets/deps';
import { setStatus } from '../use-cases/tickets/set-status';
import { httpRoute } from '../shared/http';
import { routes } from './routes';
import { ticketNumberOf } from './params';
import { statusChangeBody } from './schemas';
import { ticketResponse } from './ticket-responses';

/** POST /v1/agent/tickets/{number}/status: along the type's transitions only. */
export const handler = httpRoute(routes.changeStatus, { body: statusChangeBody }, async (request) =>
  ticketResponse(200, 'agent', await setStatus(ticketWriteDeps(request.context), request.caller, ticketNumberOf(request), request.body)),
);
