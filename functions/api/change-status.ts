import { ticketWriteDeps } from '../use-cases/ticket-deps';
import { setStatus } from '../use-cases/tickets';
import { httpRoute } from '../shared/http';
import { routes } from './routes';
import { ticketNumberOf } from './params';
import { statusChangeBody } from './schemas';

/** POST /v1/agent/tickets/{number}/status: along the type's transitions only. */
export const handler = httpRoute(routes.changeStatus, { body: statusChangeBody }, (request) =>
  setStatus(ticketWriteDeps(request.context), request.caller, ticketNumberOf(request), request.body),
);
