import { ticketWriteDeps } from '../services/deps';
import { updateTicket } from '../services/tickets';
import { httpRoute } from '../shared/http';
import { ticketNumberOf } from './params';
import { ticketPatchBody } from './schemas';

/** PATCH /v1/agent/tickets/{number}: priority, assignee, report status. */
export const handler = httpRoute({ role: 'agent', body: ticketPatchBody }, (request) =>
  updateTicket(ticketWriteDeps(request.context), request.caller, ticketNumberOf(request), request.body),
);
