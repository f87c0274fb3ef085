import { complaintDeps } from '../use-cases/complaints/deps';
import { markComplaintAsAgent } from '../use-cases/complaints/mark-complaint';
import { httpRoute } from '../shared/http';
import { routes } from './routes';
import { ticketNumberOf } from './params';
import { agentComplaintBody } from './schemas';
import { ticketResponse } from './ticket-responses';

/** POST /v1/agent/tickets/{number}/complaint: an agent marks a ticket as a complaint, received now or earlier (once; again answers it as it is). */
export const handler = httpRoute(routes.markComplaintAsAgent, { body: agentComplaintBody }, async (request) =>
  ticketResponse(200, 'agent', await markComplaintAsAgent(complaintDeps(request.context), request.caller, ticketNumberOf(request), request.body)),
);
