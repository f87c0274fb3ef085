import { ownerOf } from '../../domain/owner';
import type { Identity, Ticket } from '../../domain/types';
import type { Page, TicketFilters } from '../../data/tickets';
import { claimWhatMySubjectOpened } from './claim-own-tickets';
import type { TicketDeps } from './ports';

/**
 * One page of the signed-in customer's tickets, most recent activity first, filtered as asked. A
 * verified customer's first list brings in what their token opened before the email was verified
 * (claimWhatMySubjectOpened), so the list holds every ticket of their email.
 */
export async function listMyTickets(deps: TicketDeps, identity: Identity, filters: TicketFilters, limit: number, cursor?: string): Promise<Page<Ticket>> {
  if (cursor === undefined) await claimWhatMySubjectOpened(deps, identity);
  return deps.tickets.listTicketsOfCustomer(ownerOf(identity), filters, limit, cursor);
}
