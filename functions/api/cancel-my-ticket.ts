import { machineArnsFromEnv, workflowWriteDeps } from '../use-cases/workflow-deps';
import { cancelMyTicket } from '../use-cases/workflows';
import { httpRoute } from '../shared/http';
import { routes } from './routes';
import { ticketNumberOf } from './params';

const machines = machineArnsFromEnv();

/** POST /v1/tickets/{number}/cancel: the customer cancels their withdrawal before it is With Finance. */
export const handler = httpRoute(routes.cancelMyTicket, {}, (request) => cancelMyTicket(workflowWriteDeps(request.context), machines, request.caller, ticketNumberOf(request)));
