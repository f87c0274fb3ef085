import { machineArnsFromEnv, workflowDeps } from '../use-cases/workflow-deps';
import { workflowOf } from '../use-cases/workflows';
import { httpRoute } from '../shared/http';
import { routes } from './routes';
import { ticketNumberOf } from './params';

const machines = machineArnsFromEnv();

/** GET /v1/agent/tickets/{number}/workflow: the execution's status, current state and readable history. */
export const handler = httpRoute(routes.getWorkflow, {}, (request) => workflowOf(workflowDeps, machines, ticketNumberOf(request)));
