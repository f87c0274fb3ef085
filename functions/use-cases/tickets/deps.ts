import { dynamo } from '../../shared/clients';
import { requiredEnv } from '../../shared/config';
import { deploymentWording } from '../../shared/wording';
import type { Invocation } from '../conflicts';
import { ticketDepsOn } from './dynamodb';
import type { TicketDeps, TicketWriteDeps } from './ports';

/** The table a ticket function works on, settled at cold start (a missing TABLE_NAME fails here). */
export const ticketStore = { db: dynamo, table: requiredEnv('TABLE_NAME') };

/** The ticket use cases' dependencies in a ticket function, made once per cold start, in the deployment's words. */
export const ticketDeps: TicketDeps = { ...ticketDepsOn(ticketStore), wording: deploymentWording() };

/** The deps for one invocation that changes a ticket: its retries end while it can still answer. */
export function ticketWriteDeps(invocation: Invocation): TicketWriteDeps {
  return { ...ticketDeps, remainingMs: () => invocation.getRemainingTimeInMillis() };
}
