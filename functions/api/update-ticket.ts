import { ticketWriteDeps } from '../use-cases/ticket-deps';
import { updateTicket } from '../use-cases/tickets';
import { httpRoute } from '../shared/http';
import { routes } from './routes';
import { ticketNumberOf } from './params';
import { ticketPatchBody } from './schemas';

/** PATCH /v1/agent/tickets/{number}: priority, assignee, report status. */
export const handler = httpRoute(routes.updateTicket, { body: ticketPatchBody }, (request) =>
  updateTicket(ticketWriteDeps(request.context), request.caller, ticketNumberOf(request), request.body),
);
