import { describeStatus, reportStatusOf } from '../../domain/catalog';
import { deploymentWording } from '../../shared/wording';
import type { Attachment } from '../../domain/attachment';
import type { Audience, Message, RedactionKind, Ticket, TicketEvent } from '../../domain/types';
import { attachmentView } from './attachments';
import { serviceLevelsView } from './service-levels';
import { agentComplaintField, customerComplaintField } from './complaints';
import { satisfactionView } from './satisfaction';
import type {
  AgentEventView,
  AgentMessageView,
  AgentTicketRowView,
  AgentTicketView,
  CustomerEventView,
  CustomerMessageView,
  CustomerTicketRowView,
  CustomerTicketView,
  RedactionView,
} from './tickets-schemas';

/*
 * What the API returns of tickets, messages and events. Each view's return type is the output of
 * its zod schema beside it (./tickets-schemas.ts, imported as types only: no schema is built at
 * cold start), so a view that drifts from the schema the OpenAPI document is built from fails tsc.
 */

export type { Audience } from '../../domain/types';

function reportStatusView(ticket: Ticket) {
  return ticket.reportStatus === null ? null : reportStatusOf(ticket.reportStatus);
}

/** A ticket as the API returns it: status (in the deployment's words) and report status with their labels and meanings. */
export function ticketView(ticket: Ticket, audience: 'customer'): CustomerTicketView;
export function ticketView(ticket: Ticket, audience: 'agent'): AgentTicketView;
export function ticketView(ticket: Ticket, audience: Audience): CustomerTicketView | AgentTicketView;
export function ticketView(ticket: Ticket, audience: Audience): CustomerTicketView | AgentTicketView {
  return {
    number: ticket.number,
    type: ticket.type,
    subject: ticket.subject,
    description: ticket.description,
    priority: ticket.priority,
    phase: ticket.phase,
    status: describeStatus(ticket.type, ticket.status, deploymentWording()),
    reportStatus: reportStatusView(ticket),
    details: ticket.details,
    requester: { name: ticket.requester.name, email: ticket.requester.email, ...(ticket.requester.phone ? { phone: ticket.requester.phone } : {}) },
    ...(audience === 'agent'
      ? { assignee: ticket.assignee, requesterId: ticket.requester.sub, customerLastWrote: ticket.customerLastWrote, serviceLevels: serviceLevelsView(ticket), ...agentComplaintField(ticket) }
      : customerComplaintField(ticket)),
    lastReply: ticket.lastReply,
    createdAt: ticket.createdAt,
    updatedAt: audience === 'agent' ? ticket.updatedAt : ticket.activityAt,
    version: ticket.version,
    satisfaction: satisfactionView(ticket),
  };
}

/**
 * A row of a list: what the seeds' tables show (number, subject, type, status, priority, the
 * team's last reply); an agent's row also says when the customer last wrote.
 */
export function ticketRowView(ticket: Ticket, audience: 'customer'): CustomerTicketRowView;
export function ticketRowView(ticket: Ticket, audience: 'agent'): AgentTicketRowView;
export function ticketRowView(ticket: Ticket, audience: Audience): CustomerTicketRowView | AgentTicketRowView;
export function ticketRowView(ticket: Ticket, audience: Audience): CustomerTicketRowView | AgentTicketRowView {
  const { code, label } = describeStatus(ticket.type, ticket.status, deploymentWording());
  return {
    number: ticket.number,
    subject: ticket.subject,
    type: ticket.type,
    phase: ticket.phase,
    status: { code, label },
    priority: ticket.priority,
    lastReply: ticket.lastReply,
    ...(audience === 'agent' ? { assignee: ticket.assignee, customerLastWrote: ticket.customerLastWrote, nearestDueAt: ticket.serviceLevels?.nearestDueAt ?? null } : {}),
    createdAt: ticket.createdAt,
    updatedAt: audience === 'agent' ? ticket.updatedAt : ticket.activityAt,
  };
}

/** A message with its files; a customer sees who wrote it as "customer" or "support", never an agent's id. */
export function messageView(message: Message, audience: 'customer', attachments: readonly Attachment[]): CustomerMessageView;
export function messageView(message: Message, audience: 'agent', attachments: readonly Attachment[]): AgentMessageView;
export function messageView(message: Message, audience: Audience, attachments: readonly Attachment[]): CustomerMessageView | AgentMessageView;
export function messageView(message: Message, audience: Audience, attachments: readonly Attachment[]): CustomerMessageView | AgentMessageView {
  const from = message.author.kind === 'customer' ? 'customer' : 'support';
  return {
    id: message.id,
    body: message.body,
    internal: message.internal,
    from,
    ...(audience === 'agent' ? { author: message.author } : {}),
    at: message.at,
    attachments: attachments.filter((file) => file.messageId === message.id).map(attachmentView),
  };
}

/** An event's before or after as the domain records it: an object of what changed, or nothing. */
function eventValueView(value: unknown): Record<string, unknown> | null {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : null;
}

/** A timeline event; the actor's id and any note are for agents only. */
export function eventView(event: TicketEvent, audience: 'customer'): CustomerEventView;
export function eventView(event: TicketEvent, audience: 'agent'): AgentEventView;
export function eventView(event: TicketEvent, audience: Audience): CustomerEventView | AgentEventView;
export function eventView(event: TicketEvent, audience: Audience): CustomerEventView | AgentEventView {
  const before = eventValueView(event.before);
  const after = eventValueView(event.after);
  if (audience === 'customer') {
    return { id: event.id, kind: event.kind, actor: { kind: event.actor.kind === 'agent' ? 'support' : event.actor.kind }, at: event.at, before, after };
  }
  // A note given with a change is context for the team; the customer reads public replies.
  return { id: event.id, kind: event.kind, actor: event.actor, at: event.at, before, after, internal: event.internal, ...(event.note !== undefined ? { note: event.note } : {}) };
}

/** What redaction removed from a request, said in the response. */
export function redactionView(kinds: readonly RedactionKind[]): RedactionView {
  return [...new Set(kinds)].sort();
}

/** The files attached to a ticket's description (those of no message). */
export function descriptionAttachmentsView(attachments: readonly Attachment[]) {
  return attachments.filter((file) => file.messageId === null).map(attachmentView);
}
