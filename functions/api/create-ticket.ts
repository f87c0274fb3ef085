import { attachDeps } from '../use-cases/attachments/attach-deps';
import { ticketDeps } from '../use-cases/tickets/deps';
import { createTicket } from '../use-cases/tickets/open-ticket';
import { httpRoute } from '../shared/http';
import { routes } from './routes';
import { createTicketBody } from './ticket-form-schemas';
import { ticketResponse } from './ticket-responses';

/** POST /v1/tickets: the customer opens a ticket (Idempotency-Key honoured). */
export const handler = httpRoute(routes.createTicket, { body: createTicketBody }, async ({ caller, body, idempotencyKey }) =>
  ticketResponse(201, 'customer', await createTicket({ ...ticketDeps, attach: attachDeps }, caller, body, idempotencyKey)),
);
