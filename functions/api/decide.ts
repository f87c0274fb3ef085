import { workflowWriteDeps } from '../use-cases/workflow-deps';
import { decide } from '../use-cases/workflows';
import { httpRoute } from '../shared/http';
import { routes } from './routes';
import { ticketNumberOf } from './params';
import { decisionBody } from './workflow-schemas';

/** POST /v1/agent/tickets/{number}/decision: answers the compliance, finance or agent wait (409 when not waiting for it). */
export const handler = httpRoute(routes.decideTicket, { body: decisionBody }, (request) =>
  decide(workflowWriteDeps(request.context), request.caller, ticketNumberOf(request), request.body),
);
