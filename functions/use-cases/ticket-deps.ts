import { dynamo } from '../shared/clients';
import { requiredEnv } from '../shared/config';
import type { Invocation } from './conflicts';
import type { TicketDeps, TicketWriteDeps } from './tickets';

/** The table and clock of a ticket function, settled at cold start (a missing TABLE_NAME fails here). */
export const ticketDeps: TicketDeps = {
  store: { db: dynamo, table: requiredEnv('TABLE_NAME') },
  now: () => new Date(),
};

/** The ticket function's deps for one invocation that changes a ticket: its retries end in time. */
export function ticketWriteDeps(invocation: Invocation): TicketWriteDeps {
  return { ...ticketDeps, remainingMs: () => invocation.getRemainingTimeInMillis() };
}
