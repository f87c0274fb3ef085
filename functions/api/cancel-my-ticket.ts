import { workflowWriteDeps } from '../use-cases/workflows/deps';
import { cancelWithdrawal } from '../use-cases/workflows/cancel-withdrawal';
import { httpRoute } from '../shared/http';
import { routes } from './routes';
import { ticketNumberOf } from './params';
import { ticketView } from './views/tickets';

/** POST /v1/tickets/{number}/cancel: the customer cancels their withdrawal before it is With Finance. */
export const handler = httpRoute(routes.cancelMyTicket, {}, async (request) => {
  const cancelled = await cancelWithdrawal(workflowWriteDeps(request.context), request.caller, ticketNumberOf(request));
  return { statusCode: 200, body: { ticket: ticketView(cancelled, 'customer') } };
});
