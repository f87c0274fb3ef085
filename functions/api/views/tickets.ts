import { describeStatus, reportStatusOf } from '../../domain/catalog';
import type { Audience, Message, RedactionKind, Ticket, TicketEvent } from '../../domain/types';

export type { Audience } from '../../domain/types';

function reportStatusView(ticket: Ticket) {
  return ticket.reportStatus === null ? null : reportStatusOf(ticket.reportStatus);
}

/** A ticket as the API returns it: status and report status with their labels and meanings. */
export function ticketView(ticket: Ticket, audience: Audience) {
  return {
    number: ticket.number,
    type: ticket.type,
    subject: ticket.subject,
    description: ticket.description,
    priority: ticket.priority,
    phase: ticket.phase,
    status: describeStatus(ticket.type, ticket.status),
    reportStatus: reportStatusView(ticket),
    details: ticket.details,
    requester: { name: ticket.requester.name, email: ticket.requester.email, ...(ticket.requester.phone ? { phone: ticket.requester.phone } : {}) },
    ...(audience === 'agent' ? { assignee: ticket.assignee, requesterId: ticket.requester.sub } : {}),
    lastReply: ticket.lastReply,
    createdAt: ticket.createdAt,
    updatedAt: audience === 'agent' ? ticket.updatedAt : ticket.activityAt,
    version: ticket.version,
  };
}

/** A row of a list: what the seeds' tables show (number, subject, type, status, priority, last reply). */
export function ticketRowView(ticket: Ticket, audience: Audience) {
  const { code, label } = describeStatus(ticket.type, ticket.status);
  return {
    number: ticket.number,
    subject: ticket.subject,
    type: ticket.type,
    phase: ticket.phase,
    status: { code, label },
    priority: ticket.priority,
    lastReply: ticket.lastReply,
    ...(audience === 'agent' ? { assignee: ticket.assignee } : {}),
    createdAt: ticket.createdAt,
    updatedAt: audience === 'agent' ? ticket.updatedAt : ticket.activityAt,
  };
}

/** A message; a customer sees who wrote it as "customer" or "support", never an agent's id. */
export function messageView(message: Message, audience: Audience) {
  const from = message.author.kind === 'customer' ? 'customer' : 'support';
  return {
    id: message.id,
    body: message.body,
    internal: message.internal,
    from,
    ...(audience === 'agent' ? { author: message.author } : {}),
    at: message.at,
  };
}

/** A timeline event; the actor's id and any note are for agents only. */
export function eventView(event: TicketEvent, audience: Audience) {
  return {
    id: event.id,
    kind: event.kind,
    actor: audience === 'agent' ? event.actor : { kind: event.actor.kind === 'agent' ? 'support' : event.actor.kind },
    at: event.at,
    before: event.before,
    after: event.after,
    // A note given with a change is context for the team; the customer reads public replies.
    ...(audience === 'agent' ? { internal: event.internal, ...(event.note !== undefined ? { note: event.note } : {}) } : {}),
  };
}

/** What redaction removed from a request, said in the response. */
export function redactionView(kinds: readonly RedactionKind[]) {
  return [...new Set(kinds)].sort();
}
