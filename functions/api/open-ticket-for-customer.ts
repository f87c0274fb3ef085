import { attachDeps } from '../use-cases/attachments/attach-deps';
import { ticketDeps } from '../use-cases/tickets/deps';
import { openTicketForCustomerByEmail } from '../use-cases/tickets/open-ticket-for-customer';
import { httpRoute } from '../shared/http';
import { routes } from './routes';
import { supportTicketBody } from './ticket-form-schemas';
import { ticketResponse } from './ticket-responses';

/** POST /v1/agent/tickets: an agent opens a ticket for a customer by their email (Idempotency-Key honoured). */
export const handler = httpRoute(routes.openTicketForCustomer, { body: supportTicketBody }, async ({ caller, body, idempotencyKey }) =>
  ticketResponse(201, 'agent', await openTicketForCustomerByEmail({ ...ticketDeps, attach: attachDeps }, caller, body, idempotencyKey)),
);
