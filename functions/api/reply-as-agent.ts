import { attachDeps } from '../use-cases/attachments/attach-deps';
import { complaintDeps } from '../use-cases/complaints/deps';
import { replyAsSupport } from '../use-cases/tickets/reply-as-support';
import { httpRoute } from '../shared/http';
import { routes } from './routes';
import { ticketNumberOf } from './params';
import { agentMessageBody } from './schemas';
import { ticketResponse } from './ticket-responses';

/** POST /v1/agent/tickets/{number}/messages: a public reply (which may respond to the ticket's complaint) or an internal note (Idempotency-Key honoured). */
export const handler = httpRoute(routes.replyAsAgent, { body: agentMessageBody }, async (request) =>
  ticketResponse(201, 'agent', await replyAsSupport({ ...complaintDeps(request.context), attach: attachDeps }, request.caller, ticketNumberOf(request), request.body, request.idempotencyKey)),
);
