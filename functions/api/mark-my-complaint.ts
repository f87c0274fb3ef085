import { complaintDeps } from '../use-cases/complaints/deps';
import { markMyComplaint } from '../use-cases/complaints/mark-complaint';
import { httpRoute } from '../shared/http';
import { routes } from './routes';
import { ticketNumberOf } from './params';
import { customerComplaintBody } from './schemas';
import { ticketResponse } from './ticket-responses';

/** POST /v1/tickets/{number}/complaint: the customer makes a complaint about their ticket (once; again answers it as it is). */
export const handler = httpRoute(routes.markMyComplaint, { body: customerComplaintBody }, async (request) =>
  ticketResponse(200, 'customer', await markMyComplaint(complaintDeps(request.context), request.caller, ticketNumberOf(request), request.body)),
);
