import * as z from 'zod/mini';
import { eventKinds, phases, priorities, reportStatuses, ticketTypes } from '../../domain/types';
import type { RedactionKind } from '../../domain/types';
import { attachmentSchema } from './attachments-schemas';
import { agentComplaintSchema, customerComplaintSchema } from './complaints-schemas';
import type { Exactly } from './exactly';
import { serviceLevelsSchema } from './service-levels-schemas';
import { ticketSatisfactionSchema } from './satisfaction-schemas';

/*
 * The zod schemas of what ./tickets.ts's views return: tickets, rows, messages, events and the
 * bodies made of them. The views' return types are these schemas' outputs, imported as types
 * only, so a view that drifts from its schema fails tsc while no function builds a schema at
 * cold start; the OpenAPI document (functions/api/openapi/) is built from these schemas.
 */

/** A time as the API writes it: ISO 8601 in UTC (`2026-11-02T09:14:07.512Z`). */
export const timestampSchema = z.iso.datetime();
const timestamp = timestampSchema;
const ticketNumber = z.string().check(z.regex(/^[1-9]\d{7}$/));

const statusSchema = z.object({ code: z.string(), label: z.string(), meaning: z.string() });
const reportStatusSchema = z.object({ code: z.enum(reportStatuses), label: z.string(), meaning: z.string() });
/** Seed 002's "Last Reply": when the team (an agent, a workflow or a provider) last wrote publicly. */
const lastReplySchema = z.nullable(z.object({ at: timestamp, by: z.enum(['support']) }));
/** When the customer last wrote on the ticket (agents only). */
const customerLastWroteSchema = z.nullable(timestamp);
const requesterSchema = z.object({ name: z.string(), email: z.string(), phone: z.optional(z.string()) });

/** A type's details as stored (free-text parts redacted); general types have none (`{}`). */
const detailsSchema = z.union([
  z.object({
    provider: z.enum(['paddle', 'coinpayments']),
    transactionId: z.string(),
    amount: z.string(),
    currency: z.string(),
    refundAddress: z.optional(z.string()),
  }),
  z.object({ amount: z.string(), currency: z.string(), destination: z.string() }),
  z.object({ kind: z.enum(['verification', 'address_change']), country: z.string(), address: z.optional(z.string()) }),
  z.object({}),
]);

const customerTicketFields = {
  number: ticketNumber,
  type: z.enum(ticketTypes),
  subject: z.string(),
  description: z.string(),
  priority: z.enum(priorities),
  phase: z.enum(phases),
  status: statusSchema,
  reportStatus: z.nullable(reportStatusSchema),
  details: detailsSchema,
  requester: requesterSchema,
  lastReply: lastReplySchema,
  createdAt: timestamp,
  /** For a customer, the last change they could see; for an agent, the last change of any kind. */
  updatedAt: timestamp,
  version: z.int(),
  satisfaction: ticketSatisfactionSchema,
};

/** A ticket as its customer sees it (`complaint` once it is marked as one). */
export const customerTicketSchema = z.object({ ...customerTicketFields, complaint: z.optional(customerComplaintSchema) });
/** A ticket as an agent sees it: with its assignee and the requester's sub, its service levels and its complaint's deadlines. */
export const agentTicketSchema = z.object({
  ...customerTicketFields,
  assignee: z.nullable(z.string()),
  requesterId: z.nullable(z.string()),
  customerLastWrote: customerLastWroteSchema,
  /** Its service-level clocks at the moment of the request. */
  serviceLevels: serviceLevelsSchema,
  complaint: z.optional(agentComplaintSchema),
});
export type CustomerTicketView = z.output<typeof customerTicketSchema>;
export type AgentTicketView = z.output<typeof agentTicketSchema>;

const customerRowFields = {
  number: ticketNumber,
  subject: z.string(),
  type: z.enum(ticketTypes),
  phase: z.enum(phases),
  status: z.object({ code: z.string(), label: z.string() }),
  priority: z.enum(priorities),
  lastReply: lastReplySchema,
  createdAt: timestamp,
  updatedAt: timestamp,
};

/** A row of a customer's list. */
export const customerTicketRowSchema = z.object(customerRowFields);
/** A row of the agents' queue: with the assignee. */
export const agentTicketRowSchema = z.object({
  ...customerRowFields,
  assignee: z.nullable(z.string()),
  customerLastWrote: customerLastWroteSchema,
  /** The nearest due time of its service-level targets counting (started, not met, not paused); null for none. */
  nearestDueAt: z.nullable(timestamp),
});
export type CustomerTicketRowView = z.output<typeof customerTicketRowSchema>;
export type AgentTicketRowView = z.output<typeof agentTicketRowSchema>;

const actorKinds = ['customer', 'agent', 'system', 'provider'] as const;
const actorSchema = z.object({ kind: z.enum(actorKinds), id: z.string() });

const customerMessageFields = {
  id: z.string(),
  body: z.string(),
  internal: z.boolean(),
  from: z.enum(['customer', 'support']),
  at: timestamp,
  /** The files attached to the message (an internal note's only to agents, with the note). */
  attachments: z.array(attachmentSchema),
};

/** A message as the customer sees it: who wrote it is "customer" or "support". */
export const customerMessageSchema = z.object(customerMessageFields);
/** A message as an agent sees it: with its author (an agent's sub, a provider's name...). */
export const agentMessageSchema = z.object({ ...customerMessageFields, author: actorSchema });
export type CustomerMessageView = z.output<typeof customerMessageSchema>;
export type AgentMessageView = z.output<typeof agentMessageSchema>;

/** What a change was before and after (`{ "status": "new" }`); `before` is null for what had none. */
const eventValue = z.record(z.string(), z.unknown());

const customerEventFields = {
  id: z.string(),
  kind: z.enum(eventKinds),
  at: timestamp,
  before: z.nullable(eventValue),
  after: z.nullable(eventValue),
};

/** A timeline event as the customer sees it: an agent is "support", with no id and no note. */
export const customerEventSchema = z.object({ ...customerEventFields, actor: z.object({ kind: z.enum(['customer', 'support', 'system', 'provider']) }) });
/** A timeline event as an agent sees it: the actor's id, whether it is internal, and any note. */
export const agentEventSchema = z.object({ ...customerEventFields, actor: actorSchema, internal: z.boolean(), note: z.optional(z.string()) });
export type CustomerEventView = z.output<typeof customerEventSchema>;
export type AgentEventView = z.output<typeof agentEventSchema>;

/** Every kind of sensitive text redaction may name; the check below keeps it equal to the domain's type. */
const redactionKinds = ['card_number', 'card_security_code', 'card_expiry', 'recovery_phrase', 'aws_access_key', 'private_key', 'api_key', 'bearer_token', 'password'] as const satisfies readonly RedactionKind[];
const redactionKindsComplete: Exactly<(typeof redactionKinds)[number], RedactionKind> = true;
void redactionKindsComplete;

/** What redaction removed from a request, each kind once, in order. */
export const redactionSchema = z.array(z.enum(redactionKinds));
export type RedactionView = z.output<typeof redactionSchema>;

/** The files attached to a ticket's description (when it was opened). */
const descriptionAttachments = z.array(attachmentSchema);

/** POST /v1/tickets: the new ticket, the files attached to its description, and what was redacted from the form. */
export const ticketCreatedSchema = z.object({ ticket: customerTicketSchema, attachments: descriptionAttachments, redacted: redactionSchema });
/** A ticket support opened for a customer, as the agent sees it, the files attached to its first message, and what was redacted from the form, message and note. */
export const agentTicketCreatedSchema = z.object({ ticket: agentTicketSchema, attachments: descriptionAttachments, redacted: redactionSchema });
/** A customer's change without a message (solve, reopen, cancel): the ticket as it now is. */
export const customerTicketChangedSchema = z.object({ ticket: customerTicketSchema });
/** The customer's reply: the ticket, the message as stored, and what was redacted from it. */
export const customerReplySchema = z.object({ ticket: customerTicketSchema, message: z.nullable(customerMessageSchema), redacted: redactionSchema });
/** An agent's change without a message (status, priority, assignee, report status). */
export const agentTicketChangedSchema = z.object({ ticket: agentTicketSchema });
/** An agent's reply or internal note: the ticket, the message as stored, and what was redacted. */
export const agentReplySchema = z.object({ ticket: agentTicketSchema, message: z.nullable(agentMessageSchema), redacted: redactionSchema });
/** A customer's ticket with the files of its description, its public thread (each message with its files) and the timeline they may see. */
export const customerTicketDetailSchema = z.object({
  ticket: customerTicketSchema,
  attachments: descriptionAttachments,
  messages: z.array(customerMessageSchema),
  timeline: z.array(customerEventSchema),
});
/** A ticket with the files of its description, every message (internal notes included, each with its files) and the full timeline. */
export const agentTicketDetailSchema = z.object({
  ticket: agentTicketSchema,
  attachments: descriptionAttachments,
  messages: z.array(agentMessageSchema),
  timeline: z.array(agentEventSchema),
});
/** A page of a customer's tickets; `cursor` is null on the last page. */
export const customerTicketPageSchema = z.object({ tickets: z.array(customerTicketRowSchema), cursor: z.nullable(z.string()) });
/** A page of the agents' queue; `cursor` is null on the last page. */
export const agentTicketPageSchema = z.object({ tickets: z.array(agentTicketRowSchema), cursor: z.nullable(z.string()) });
