import { customerTimeline, publicThread } from '../../domain/ticket';
import type { Audience, Identity } from '../../domain/types';
import type { TicketCollection } from '../../data/tickets';
import type { TicketDeps } from './ports';
import { visibleTo } from './visibility';

/**
 * A ticket with its thread, timeline and files, as the audience may see them: a customer sees only
 * their own ticket, without internal notes, their files and internal events; an agent sees everything.
 * @throws TicketNotFoundError when there is no such ticket, or it is someone else's and a customer asks.
 */
export async function ticketDetail(deps: TicketDeps, identity: Identity, number: string, audience: Audience): Promise<TicketCollection> {
  const collection = await deps.tickets.getTicketCollection(number);
  const ticket = visibleTo(collection?.ticket, identity, audience, number);
  const messages = collection?.messages ?? [];
  const events = collection?.events ?? [];
  const attachments = collection?.attachments ?? [];
  return audience === 'customer'
    ? { ticket, messages: publicThread(messages), events: customerTimeline(events), attachments: attachments.filter((file) => !file.internal) }
    : { ticket, messages, events, attachments };
}
