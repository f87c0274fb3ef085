import { TicketNotFoundError } from '../../domain/errors';
import { owns } from '../../domain/owner';
import type { Audience, Identity, Ticket } from '../../domain/types';

/**
 * The ticket if the person may see it as the audience they ask as: a customer sees only those of
 * their owner key (their verified email, else only what their own token opened) and what their
 * own subject opened before its email was verified (domain/owner.ts);
 * someone else's ticket is as absent as a missing one, so a number cannot be probed.
 * @throws TicketNotFoundError
 */
export function visibleTo(ticket: Ticket | undefined, identity: Pick<Identity, 'sub' | 'email' | 'emailVerified'>, audience: Audience, number: string): Ticket {
  if (!ticket || (audience === 'customer' && !owns(identity, ticket.requester.owner))) throw new TicketNotFoundError(number);
  return ticket;
}
