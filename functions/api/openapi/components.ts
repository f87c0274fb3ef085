import * as z from 'zod/mini';
import { meSchema, preferencesSchema } from '../views/account-schemas';
import { ticketTypesSchema } from '../views/ticket-types-schemas';
import { queueCountsSchema } from '../views/queue-counts-schemas';
import {
  agentEventSchema,
  agentMessageSchema,
  agentReplySchema,
  agentTicketChangedSchema,
  agentTicketDetailSchema,
  agentTicketPageSchema,
  agentTicketRowSchema,
  agentTicketSchema,
  customerEventSchema,
  customerMessageSchema,
  customerReplySchema,
  customerTicketChangedSchema,
  customerTicketDetailSchema,
  customerTicketPageSchema,
  customerTicketRowSchema,
  customerTicketSchema,
  ticketCreatedSchema,
} from '../views/tickets-schemas';
import { webhookReceivedSchema } from '../views/webhooks-schemas';
import { attachmentDownloadSchema, attachmentSchema, uploadCreatedSchema } from '../views/attachments-schemas';
import { decisionAcceptedSchema, workflowSchema } from '../views/workflow-schemas';
import { agentComplaintMarkedSchema, customerComplaintMarkedSchema } from '../views/complaint-marked-schemas';
import { agentComplaintSchema, customerComplaintSchema } from '../views/complaints-schemas';
import { errorSchema, gatewayErrorSchema } from './error-schemas';
import { ratingSchema, satisfactionReportSchema, ticketSatisfactionSchema } from '../views/satisfaction-schemas';

/** The beginning of this document, as GET /v1/openapi.json serves it (the rest as OpenAPI 3.1 says). */
export const openApiDocumentSchema = z.looseObject({
  openapi: z.string(),
  info: z.looseObject({ title: z.string(), version: z.string() }),
  paths: z.record(z.string(), z.unknown()),
});

/** GET /v1/docs: a self-contained HTML page. */
export const htmlPageSchema = z.string();

/**
 * The named schemas of the document (`#/components/schemas/<name>`), each with what it is: a
 * client generated from the document gets a type of each name. A schema used inside another is
 * referenced by its name, not repeated.
 */
export const responseComponents: ReadonlyArray<readonly [string, z.ZodMiniType, string]> = [
  ['CustomerTicket', customerTicketSchema, 'A ticket as its customer sees it. `updatedAt` is the last change the customer could see.'],
  ['AgentTicket', agentTicketSchema, 'A ticket as an agent sees it: with its assignee and the requester\'s sub. `updatedAt` is the last change of any kind.'],
  ['CustomerTicketRow', customerTicketRowSchema, 'A row of the customer\'s list.'],
  ['AgentTicketRow', agentTicketRowSchema, 'A row of the agents\' queue.'],
  ['CustomerMessage', customerMessageSchema, 'A public message as the customer sees it: from "customer" or "support".'],
  ['AgentMessage', agentMessageSchema, 'A message or internal note as an agent sees it, with its author.'],
  ['CustomerEvent', customerEventSchema, 'A timeline event the customer may see; an agent is "support", with no id.'],
  ['AgentEvent', agentEventSchema, 'A timeline event with its actor, whether it is internal, and any note.'],
  ['TicketCreated', ticketCreatedSchema, 'The new ticket, and the kinds of sensitive text redacted from the form.'],
  ['CustomerTicketChanged', customerTicketChangedSchema, 'The ticket after the customer\'s change.'],
  ['CustomerReply', customerReplySchema, 'The ticket after the customer\'s reply, the message as stored, and what was redacted from it.'],
  ['AgentTicketChanged', agentTicketChangedSchema, 'The ticket after the agent\'s change.'],
  ['AgentReply', agentReplySchema, 'The ticket after the agent\'s reply or note, the message as stored, and what was redacted from it.'],
  ['CustomerTicketDetail', customerTicketDetailSchema, 'A ticket with its public thread and the timeline the customer may see.'],
  ['AgentTicketDetail', agentTicketDetailSchema, 'A ticket with every message (internal notes included) and the full timeline.'],
  ['CustomerTicketPage', customerTicketPageSchema, 'A page of the customer\'s tickets; `cursor` is null on the last page.'],
  ['AgentTicketPage', agentTicketPageSchema, 'A page of the agents\' queue; `cursor` is null on the last page.'],
  ['QueueCounts', queueCountsSchema, 'How many tickets each phase of the agents\' queue holds: `count`, and `more` when the phase holds more than `upTo` (then `count` is `upTo`).'],
  ['Attachment', attachmentSchema, 'A file of the thread: its state (`checking` until the malware scan reports, `ready`, `removed`, `unavailable`) and, unless ready, the reason it cannot be downloaded.'],
  ['UploadCreated', uploadCreatedSchema, 'An upload: post the file to `url` as multipart/form-data with every field of `fields` and the file last (as `file`), then attach `uploadId`.'],
  ['AttachmentDownload', attachmentDownloadSchema, 'A link that downloads the file until `expiresAt` (a few minutes).'],
  ['TicketSatisfaction', ticketSatisfactionSchema, 'Whether the customer may rate the ticket now ("Was this helpful?"), and their latest rating.'],
  ['Rating', ratingSchema, 'The customer\'s answer to "Was this helpful?" for one solve of the ticket.'],
  ['SatisfactionReport', satisfactionReportSchema, 'Good and bad ratings and the share good over a period, overall, by ticket type, by agent and by ISO week.'],
  ['Me', meSchema, 'The caller as the API reads their token.'],
  ['Preferences', preferencesSchema, 'Which emails the customer gets.'],
  ['TicketTypes', ticketTypesSchema, 'Every ticket type with its statuses, and the report statuses.'],
  ['Workflow', workflowSchema, 'A ticket\'s workflow: its execution, current state, what it waits for, and its history.'],
  ['DecisionAccepted', decisionAcceptedSchema, 'The ticket with the decision\'s internal note, the decision, and what the workflow waited for.'],
  ['WebhookReceived', webhookReceivedSchema, 'The delivery was received: seen before (`duplicate`), or what came of it (`result`).'],
  ['CustomerComplaint', customerComplaintSchema, 'A ticket\'s complaint as its customer sees it: when it was received, and the last day of its final response\'s deadline (null where no rule sets one).'],
  ['AgentComplaint', agentComplaintSchema, 'A ticket\'s complaint as agents see it: its rule, each deadline (last day, the instant it ends, running / met / breached), the responses sent, and its outcome.'],
  ['CustomerComplaintMarked', customerComplaintMarkedSchema, 'The ticket as a complaint, and what was redacted from the reason.'],
  ['AgentComplaintMarked', agentComplaintMarkedSchema, 'The ticket with its complaint\'s deadlines, and what was redacted from the note.'],
  ['OpenApiDocument', openApiDocumentSchema, 'An OpenAPI 3.1 document.'],
  ['Error', errorSchema, 'A refusal: `code` to branch on, `message` for people, `fields` naming each part of the request at fault.'],
  ['GatewayError', gatewayErrorSchema, 'A refusal by API Gateway itself, before any function runs.'],
];
