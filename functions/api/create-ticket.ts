import { ticketDeps } from '../use-cases/ticket-deps';
import { createTicket } from '../use-cases/tickets';
import { httpRoute } from '../shared/http';
import { routes } from './routes';
import { createTicketBody } from './schemas';

/** POST /v1/tickets: the customer opens a ticket (Idempotency-Key honoured). */
export const handler = httpRoute(routes.createTicket, { body: createTicketBody }, ({ caller, body, idempotencyKey }) =>
  createTicket(ticketDeps, caller, body, idempotencyKey),
);
