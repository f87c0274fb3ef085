import { httpRoute } from '../shared/http';
import { routes } from './routes';
import { ticketTypesView } from './views/ticket-types';

const catalogue = ticketTypesView();

/** GET /v1/ticket-types: every type with its statuses (code, label, meaning, phase), for forms and filters. */
export const handler = httpRoute(routes.listTicketTypes, {}, async () => ({ statusCode: 200, body: catalogue }));
