import { ownerOf } from '../../domain/owner';
import type { Identity, Ticket } from '../../domain/types';
import type { Page, TicketFilters } from '../../data/tickets';
import type { TicketDeps } from './ports';

/** One page of the signed-in customer's tickets, most recent activity first, filtered as asked. */
export function listMyTickets(deps: TicketDeps, identity: Identity, filters: TicketFilters, limit: number, cursor?: string): Promise<Page<Ticket>> {
  return deps.tickets.listTicketsOfCustomer(ownerOf(identity), filters, limit, cursor);
}
