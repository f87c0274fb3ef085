import { ticketWriteDeps } from '../use-cases/tickets/deps';
import { updateTicket } from '../use-cases/tickets/update-ticket';
import { httpRoute } from '../shared/http';
import { routes } from './routes';
import { ticketNumberOf } from './params';
import { ticketPatchBody } from './schemas';
import { ticketResponse } from './ticket-responses';

/** PATCH /v1/agent/tickets/{number}: priority, assignee, report status. */
export const handler = httpRoute(routes.updateTicket, { body: ticketPatchBody }, async (request) =>
  ticketResponse(200, 'agent', await updateTicket(ticketWriteDeps(request.context), request.caller, ticketNumberOf(request), request.body)),
);
