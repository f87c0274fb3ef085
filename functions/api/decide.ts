import { workflowWriteDeps } from '../use-cases/workflows/deps';
import { decide } from '../use-cases/workflows/decide';
import { httpRoute } from '../shared/http';
import { routes } from './routes';
import { ticketNumberOf } from './params';
import { decisionView } from './views/workflow';
import { decisionBody } from './workflow-schemas';

/** POST /v1/agent/tickets/{number}/decision: answers the compliance, finance or agent wait (409 when not waiting for it). */
export const handler = httpRoute(routes.decideTicket, { body: decisionBody }, async (request) => {
  const agent = { kind: 'agent', id: request.caller.sub } as const;
  const taken = await decide(workflowWriteDeps(request.context), agent, ticketNumberOf(request), request.body);
  return { statusCode: 202, body: decisionView(taken) };
});
