import { isWorkflowType, reportStatusOf, statusesOf } from '../domain/catalog';
import { reportStatuses, ticketTypes } from '../domain/types';
import { httpRoute } from '../shared/http';
import { routes } from './routes';

const catalogue = {
  types: ticketTypes.map((type) => ({
    type,
    movedBy: isWorkflowType(type) ? 'workflow' : 'agents',
    statuses: statusesOf(type).map(({ code, label, meaning, phase }) => ({ code, label, meaning, phase })),
  })),
  reportStatuses: reportStatuses.map((code) => reportStatusOf(code)),
};

/** GET /v1/ticket-types: every type with its statuses (code, label, meaning, phase), for forms and filters. */
export const handler = httpRoute(routes.listTicketTypes, {}, async () => ({ statusCode: 200, body: catalogue }));
