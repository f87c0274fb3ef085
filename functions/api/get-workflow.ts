import { workflowDeps } from '../use-cases/workflows/deps';
import { workflowOf } from '../use-cases/workflows/workflow-view';
import { httpRoute } from '../shared/http';
import { routes } from './routes';
import { ticketNumberOf } from './params';
import { workflowView } from './views/workflow';

/** GET /v1/agent/tickets/{number}/workflow: the execution's status, current state and readable history. */
export const handler = httpRoute(routes.getWorkflow, {}, async (request) => ({ statusCode: 200, body: workflowView(await workflowOf(workflowDeps, ticketNumberOf(request))) }));
