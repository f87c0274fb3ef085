import { TicketNotFoundError } from '../../domain/errors';
import type { Audience, Identity, Ticket } from '../../domain/types';

/**
 * The ticket if the person may see it as the audience they ask as: a customer sees only their own;
 * someone else's ticket is as absent as a missing one, so a number cannot be probed.
 * @throws TicketNotFoundError
 */
export function visibleTo(ticket: Ticket | undefined, identity: Identity, audience: Audience, number: string): Ticket {
  if (!ticket || (audience === 'customer' && ticket.requester.sub !== identity.sub)) throw new TicketNotFoundError(number);
  return ticket;
}
