import { ticketWriteDeps } from '../use-cases/ticket-deps';
import { replyAsSupport } from '../use-cases/tickets';
import { httpRoute } from '../shared/http';
import { routes } from './routes';
import { ticketNumberOf } from './params';
import { agentMessageBody } from './schemas';

/** POST /v1/agent/tickets/{number}/messages: a public reply or an internal note (Idempotency-Key honoured). */
export const handler = httpRoute(routes.replyAsAgent, { body: agentMessageBody }, (request) =>
  replyAsSupport(ticketWriteDeps(request.context), request.caller, ticketNumberOf(request), request.body, request.idempotencyKey),
);
