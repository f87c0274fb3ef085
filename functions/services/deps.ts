import { dynamo } from '../shared/clients';
import { requiredEnv } from '../shared/config';
import type { TicketDeps } from './tickets';

/** The table and clock of a ticket function, settled at cold start (a missing TABLE_NAME fails here). */
export const ticketDeps: TicketDeps = {
  store: { db: dynamo, table: requiredEnv('TABLE_NAME') },
  now: () => new Date(),
};
