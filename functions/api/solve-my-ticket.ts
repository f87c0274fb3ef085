import { ticketDeps } from '../services/deps';
import { solveMyTicket } from '../services/tickets';
import { httpRoute } from '../shared/http';
import { ticketNumberOf } from './params';

/** POST /v1/tickets/{number}/solve: the customer considers the ticket resolved. */
export const handler = httpRoute({ role: 'customer' }, (request) => solveMyTicket(ticketDeps, request.caller, ticketNumberOf(request)));
