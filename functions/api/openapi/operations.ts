import type * as z from 'zod/mini';
import { describeStatus } from '../../domain/catalog';
import type { RouteFunction } from '../routes';
import {
  agentComplaintBody,
  agentMessageBody,
  agentQueueQuery,
  complaintReportQuery,
  customerComplaintBody,
  customerListQuery,
  customerMessageBody,
  preferencesBody,
  statusChangeBody,
  ticketPatchBody,
  uploadBody,
  queueCountsQuery,
} from '../schemas';
import { createTicketBody, supportTicketBody } from '../ticket-form-schemas';
import { decisionBody } from '../workflow-schemas';
import { ratingBody, ratingFormBody, satisfactionReportQuery } from '../satisfaction-schemas';
import { satisfactionReportSchema } from '../views/satisfaction-schemas';
import { meSchema, preferencesSchema } from '../views/account-schemas';
import { ticketTypesView } from '../views/ticket-types';
import { ticketTypesSchema } from '../views/ticket-types-schemas';
import { queueCountsSchema } from '../views/queue-counts-schemas';
import {
  agentReplySchema,
  agentTicketCreatedSchema,
  agentTicketChangedSchema,
  agentTicketDetailSchema,
  agentTicketPageSchema,
  customerReplySchema,
  customerTicketChangedSchema,
  customerTicketDetailSchema,
  customerTicketPageSchema,
  ticketCreatedSchema,
} from '../views/tickets-schemas';
import { webhookReceivedSchema } from '../views/webhooks-schemas';
import { attachmentDownloadSchema, uploadCreatedSchema } from '../views/attachments-schemas';
import { decisionAcceptedSchema, workflowSchema } from '../views/workflow-schemas';
import { agentComplaintMarkedSchema, complaintReportCsvSchema, customerComplaintMarkedSchema } from '../views/complaint-marked-schemas';
import { htmlPageSchema, openApiDocumentSchema } from './components';
import {
  exampleAgentEvents,
  exampleAgentMessage,
  exampleAgentSub,
  exampleAgentTicket,
  exampleAttachment,
  exampleCustomerEvents,
  exampleCustomerMessage,
  exampleCustomerSub,
  exampleCustomerTicket,
  exampleGeneralTicket,
  exampleNumber,
  exampleTime,
} from './examples';

/** A provider's delivery as the docs show it: its content type, headers and raw body. */
export interface DeliveryExample {
  readonly contentType: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string;
}

/** What the document says of one operation, beside what functions/api/routes.ts gives (method, path, auth). */
export interface OperationSpec {
  readonly summary: string;
  /** More than the summary says, when a caller needs it (how a list pages). */
  readonly description?: string;
  readonly body?: z.ZodMiniType;
  readonly query?: z.ZodMiniObject;
  /** The route honours an Idempotency-Key header. */
  readonly idempotent?: boolean;
  /** When a well-formed request asks for a change the ticket cannot make (422). */
  readonly invalidChange?: string;
  /** The body may name uploads to attach (409 and 422 for an upload that cannot be). */
  readonly attaches?: boolean;
  /** Answers a link to an attachment (404 for an unknown one, 409 for one not ready). */
  readonly downloads?: boolean;
  readonly success: 200 | 201 | 202;
  /** The success body's schema: one of ./components.ts, by identity. */
  readonly response: z.ZodMiniType;
  /** Set for a body that is not JSON. */
  readonly mediaType?: 'text/html' | 'text/csv';
  readonly requestExample?: unknown;
  /** The query string of the request sample, when the operation reads one. */
  readonly queryExample?: string;
  readonly responseExample: unknown;
  /** A webhook's signed delivery, in place of a JSON request body. */
  readonly delivery?: DeliveryExample;
  /** A form a browser posts (application/x-www-form-urlencoded), in place of a JSON request body. */
  readonly formBody?: z.ZodMiniObject;
  /** Refusals answered as pages for people (text/html), by status, with what each means. */
  readonly htmlRefusals?: Readonly<Record<number, string>>;
}

/** An operation whose examples are typed by its own schemas: an example that the schema refuses fails tsc. */
function operation<R extends z.ZodMiniType, B extends z.ZodMiniType | undefined = undefined>(
  spec: Omit<OperationSpec, 'body' | 'response' | 'requestExample' | 'responseExample'> & {
    readonly body?: B;
    readonly response: R;
    readonly requestExample?: B extends z.ZodMiniType ? z.input<B> : never;
    readonly responseExample: z.output<R>;
  },
): OperationSpec {
  return spec;
}

const pagedList =
  'Each request reads at most 100 tickets (one DynamoDB Query), however many there are. A filter applies to the tickets a request reads, ' +
  'so a filtered page may hold fewer than `limit`, even none, while `cursor` is not null: follow `cursor` until it is null. ' +
  'The cursor continues after the last ticket read, so paging never skips or repeats a ticket.';

const nextCursor = 'eyJwayI6IlFVRVVFI29wZW4iLCJzayI6IjIjMjAyNi0xMS0wMlQwOToxNDowNy41MTJaIzEwMDA0MjE3In0';
const customerRow = (({ number, subject, type, phase, status, priority, lastReply, createdAt, updatedAt }) => ({
  number,
  subject,
  type,
  phase,
  status: { code: status.code, label: status.label },
  priority,
  lastReply,
  createdAt,
  updatedAt,
}))(exampleCustomerTicket);
const agentRow = { ...customerRow, type: exampleAgentTicket.type, subject: exampleAgentTicket.subject, priority: exampleAgentTicket.priority, assignee: exampleAgentSub, customerLastWrote: null, nearestDueAt: '2026-11-04T09:14:07.512Z' };
const solvedTicket = { ...exampleGeneralTicket, phase: 'solved', status: describeStatus('general', 'resolved'), version: 5 } as const;

/** What an operation that answers a page for people (HTML) says of its answer. */
const htmlPage = { success: 200, response: htmlPageSchema, mediaType: 'text/html' } as const;

/** An operation that answers a link to download an attachment. */
function downloadOperation(summary: string, description: string): OperationSpec {
  return operation({
    summary,
    description,
    success: 200,
    downloads: true,
    response: attachmentDownloadSchema,
    responseExample: {
      url: `https://ticketflow-files.s3.us-east-1.amazonaws.com/attachments/${exampleNumber}/${exampleAttachment.id}?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Expires=300&X-Amz-Signature=...`,
      expiresAt: '2026-11-02T10:07:41.090Z',
      name: exampleAttachment.name,
      size: exampleAttachment.size,
      contentType: exampleAttachment.contentType,
    },
  });
}

/** A provider's webhook: its signed delivery, answered as received. */
function webhookOperation(summary: string, delivery: DeliveryExample): OperationSpec {
  return operation({ summary, success: 200, response: webhookReceivedSchema, responseExample: { received: true, result: 'answered' }, delivery });
}

/** What a rating link's pages answer when the link cannot be used. */
const ratingLinkRefusals = {
  400: 'The link is not valid (cut short, changed or made up), or the comment is too long.',
  404: 'The ticket the link names does not exist.',
  409: 'This solve was rated already (by either link, or through the API), the ticket is not solved any more, or the link is of an earlier solve.',
  410: 'The link has expired.',
} as const;

/** One entry per function behind a route, so a route without its documentation fails tsc. */
export const operations: Readonly<Record<RouteFunction, OperationSpec>> = {
  getMe: operation({
    summary: "The caller's identity as the API sees their token",
    success: 200,
    response: meSchema,
    responseExample: { sub: exampleCustomerSub, email: 'alice@example.com', groups: [] },
  }),
  createTicket: operation({
    summary: 'Open a ticket',
    success: 201,
    body: createTicketBody,
    idempotent: true,
    attaches: true,
    response: ticketCreatedSchema,
    requestExample: {
      type: 'withdrawal',
      name: 'Alice Example',
      subject: 'Withdrawal still pending',
      description: 'I withdrew 250 USDT on Monday and it has not arrived.',
      details: { amount: '250.00', currency: 'USDT', destination: 'TRC20 wallet TQn9Y2khEsLJW1ChVWFMSMeRDow5KcbLSE' },
    },
    responseExample: { ticket: exampleCustomerTicket, attachments: [], redacted: [] },
  }),
  listMyTickets: operation({
    summary: 'My tickets, most recent activity first',
    description: pagedList,
    success: 200,
    query: customerListQuery,
    response: customerTicketPageSchema,
    queryExample: 'phase=open&limit=20',
    responseExample: { tickets: [customerRow], cursor: null },
  }),
  getMyTicket: operation({
    summary: 'One of my tickets with its public thread and timeline',
    success: 200,
    response: customerTicketDetailSchema,
    responseExample: {
      ticket: exampleGeneralTicket,
      attachments: [],
      messages: [
        { id: exampleAgentMessage.id, body: exampleAgentMessage.body, internal: false, from: 'support', at: exampleAgentMessage.at, attachments: [] },
        { ...exampleCustomerMessage, attachments: [exampleAttachment] },
      ],
      timeline: exampleCustomerEvents,
    },
  }),
  replyToMyTicket: operation({
    summary: 'Reply to my ticket (reopens a solved one)',
    success: 201,
    body: customerMessageBody,
    idempotent: true,
    attaches: true,
    response: customerReplySchema,
    requestExample: { body: 'It is the wallet ending in LSE.', attachments: [exampleAttachment.id] },
    responseExample: { ticket: exampleGeneralTicket, message: { ...exampleCustomerMessage, attachments: [{ ...exampleAttachment, state: 'checking', reason: 'The file is being checked for malware.' }] }, redacted: [] },
  }),
  solveMyTicket: operation({
    summary: 'Mark my ticket solved',
    success: 200,
    response: customerTicketChangedSchema,
    responseExample: { ticket: solvedTicket },
  }),
  reopenMyTicket: operation({
    summary: 'Reopen my solved ticket',
    success: 200,
    response: customerTicketChangedSchema,
    responseExample: { ticket: { ...exampleGeneralTicket, version: 6 } },
  }),
  closeMyTicket: operation({
    summary: 'Close my solved ticket',
    description:
      'A solved ticket, including a workflow outcome (Refund approved, KYC Declined, Withdrawal completed...), can be closed by its customer. A ticket still being worked on answers 409 `transition_not_allowed`; a closed one answers 409 `ticket_closed`.',
    success: 200,
    response: customerTicketChangedSchema,
    responseExample: { ticket: { ...solvedTicket, phase: 'closed', status: describeStatus('general', 'closed'), version: solvedTicket.version + 1 } },
  }),
  getMyPreferences: operation({
    summary: 'Which emails I get',
    success: 200,
    response: preferencesSchema,
    responseExample: { preferences: { emailOnStatusChange: true, emailOnReply: true } },
  }),
  putMyPreferences: operation({
    summary: 'Choose which emails I get',
    success: 200,
    body: preferencesBody,
    response: preferencesSchema,
    requestExample: { emailOnStatusChange: true, emailOnReply: false },
    responseExample: { preferences: { emailOnStatusChange: true, emailOnReply: false } },
  }),
  listQueue: operation({
    summary: "The agents' queue of one phase, by priority then age, or by the nearest due time",
    description: `${pagedList} \`assignee\` (\`me\`, \`nobody\` or an agent's sub) and \`priority\` are read by key, so their pages are full. With \`order=due\` the queue lists, overdue first, the tickets with a service-level target counting (each row's \`nearestDueAt\`).`,
    success: 200,
    query: agentQueueQuery,
    response: agentTicketPageSchema,
    queryExample: 'phase=open&assignee=me&limit=1',
    responseExample: { tickets: [agentRow], cursor: nextCursor },
  }),
  countQueue: operation({
    summary: "How many tickets each phase of the agents' queue holds",
    description:
      'Counts the Open, Awaiting customer and Solved phases for everyone, one agent (`assignee`) or the unassigned, of one priority or all: the filters the queue reads by key. ' +
      'Each phase is counted up to `upTo` (1,000) tickets, so a count costs the same however large the queue grows; a phase with more answers `count` = `upTo` and `more` = true.',
    success: 200,
    query: queueCountsQuery,
    response: queueCountsSchema,
    queryExample: 'assignee=me',
    responseExample: { phases: { open: { count: 12, more: false }, awaiting_reply: { count: 3, more: false }, solved: { count: 41, more: false } }, upTo: 1000 },
  }),
  openTicketForCustomer: operation({
    summary: "Open a ticket for a customer's email",
    description:
      'Support opens a case for the customer who wrote from `email`, with a first public message and an optional internal note. The ticket belongs to that address: whoever signs in with it, verified, finds it in their list, before or after they have an account. Refund, KYC and withdrawal tickets start their workflows as a customer\'s do.',
    success: 201,
    body: supportTicketBody,
    idempotent: true,
    attaches: true,
    response: agentTicketCreatedSchema,
    requestExample: {
      type: 'account_restoration',
      email: 'alice@pay.example',
      name: 'Alice Example',
      subject: 'Restoring access to your account',
      description: 'Alice wrote to support@ that she lost her 2FA device.',
      message: 'We have opened this case to restore your access; we will keep you updated here.',
      note: 'Identity confirmed by phone.',
    },
    responseExample: { ticket: exampleAgentTicket, attachments: [], redacted: [] },
  }),
  getTicketAsAgent: operation({
    summary: 'A ticket with internal notes and the full timeline',
    success: 200,
    response: agentTicketDetailSchema,
    responseExample: {
      ticket: exampleAgentTicket,
      attachments: [],
      messages: [
        exampleAgentMessage,
        { id: '01JBX7S2T4V6W8X0Y2Z4A6B8C0', body: 'Finance confirms the payout left on Tuesday.', internal: true, from: 'support', author: { kind: 'agent', id: exampleAgentSub }, at: exampleTime, attachments: [] },
      ],
      timeline: exampleAgentEvents,
    },
  }),
  replyAsAgent: operation({
    summary: 'Reply to the customer, or leave an internal note',
    success: 201,
    body: agentMessageBody,
    idempotent: true,
    attaches: true,
    invalidChange: 'awaitReply on a type that never awaits the customer, or on an internal note; complaintResponse on a ticket that is no complaint, on an internal note, or `holding` under a rule other than PSD2 or after the final response',
    response: agentReplySchema,
    requestExample: { body: 'Which wallet did you withdraw to?', awaitReply: true },
    responseExample: {
      ticket: { ...exampleAgentTicket, phase: 'awaiting_reply', status: describeStatus('general', 'awaiting_your_reply') },
      message: exampleAgentMessage,
      redacted: [],
    },
  }),
  changeStatus: operation({
    summary: "Move a ticket along its type's transitions",
    success: 200,
    body: statusChangeBody,
    invalidChange: "A status the ticket's type does not have",
    response: agentTicketChangedSchema,
    requestExample: { status: 'in_progress', note: 'Checking the payout with finance.' },
    responseExample: { ticket: exampleAgentTicket },
  }),
  updateTicket: operation({
    summary: 'Change priority, assignee or report status',
    success: 200,
    body: ticketPatchBody,
    invalidChange: 'A priority below its type’s floor (a security ticket below high)',
    response: agentTicketChangedSchema,
    requestExample: { priority: 'high', assignee: exampleAgentSub, reportStatus: 'awaiting_opening' },
    responseExample: { ticket: exampleAgentTicket },
  }),
  listTicketTypes: operation({
    summary: 'Every ticket type with its statuses (code, label, meaning, phase)',
    success: 200,
    response: ticketTypesSchema,
    responseExample: ((catalogue) => ({ types: catalogue.types.filter(({ type }) => type === 'withdrawal'), reportStatuses: catalogue.reportStatuses }))(ticketTypesView()),
  }),
  getOpenApi: operation({
    summary: 'This document',
    success: 200,
    response: openApiDocumentSchema,
    responseExample: { openapi: '3.1.0', info: { title: 'Ticketflow API', version: '1' }, paths: {} },
  }),
  getApiDocs: operation({
    summary: 'This document, rendered for people (HTML)',
    ...htmlPage,
    responseExample: '<!doctype html><html lang="en"><head><title>Ticketflow API</title>…',
  }),
  cancelMyTicket: operation({
    summary: 'Cancel my withdrawal (until it is With Finance)',
    success: 200,
    response: customerTicketChangedSchema,
    responseExample: {
      ticket: { ...exampleCustomerTicket, phase: 'solved', status: describeStatus('withdrawal', 'withdrawal_cancelled'), version: 2 },
    },
  }),
  decideTicket: operation({
    summary: 'Answer what the workflow waits for: approve or reject (compliance, escalation), complete with the reference or cancel (finance)',
    success: 202,
    body: decisionBody,
    invalidChange: 'complete without the transaction reference',
    response: decisionAcceptedSchema,
    requestExample: { decision: 'complete', note: 'Paid out from the hot wallet.', reference: '0x5c504ed432cb51138bcf09aa5e8a410dd4a1e204ef84bfed1be16dfba1b22060' },
    responseExample: {
      ticket: { ...exampleAgentTicket, type: 'withdrawal', status: describeStatus('withdrawal', 'with_finance'), details: exampleCustomerTicket.details },
      decision: { decision: 'complete', waitingFor: 'finance' },
    },
  }),
  requestUpload: operation({
    summary: 'Ask to upload a file (then post it to S3, then attach it)',
    description:
      'Declare the file (name, type, size: at most 10 MB; PNG, JPEG, WebP, GIF, PDF, plain text or logs, CSV, JSON) and get an upload id with a presigned POST. ' +
      'Post the file straight to `url` as multipart/form-data: every field of `fields`, then the file (as `file`) last; the policy fixes the key, the exact Content-Type and the size range, and expires at `usableUntil` (an hour). ' +
      'Then name `uploadId` in `attachments` of a new ticket, a reply or a note: the file is checked (its size, its type from its content) and attached, or refused with the reason. ' +
      'An upload nobody attaches expires.',
    success: 201,
    body: uploadBody,
    response: uploadCreatedSchema,
    requestExample: { name: 'screenshot.png', contentType: 'image/png', size: 48213 },
    responseExample: {
      uploadId: exampleAttachment.id,
      url: 'https://ticketflow-files.s3.us-east-1.amazonaws.com/',
      fields: {
        'Content-Type': 'image/png',
        bucket: 'ticketflow-files',
        'X-Amz-Algorithm': 'AWS4-HMAC-SHA256',
        'X-Amz-Credential': 'ASIAEXAMPLE/20261102/us-east-1/s3/aws4_request',
        'X-Amz-Date': '20261102T091407Z',
        'X-Amz-Security-Token': 'IQoJb3JpZ2luX2VjE...',
        key: `uploads/${exampleAttachment.id}`,
        Policy: 'eyJleHBpcmF0aW9uIjoiMjAyNi0xMS0wMlQxMDoxNDowNy41MTJaIiwiY29uZGl0aW9ucyI6W119',
        'X-Amz-Signature': '6c2f1b0e4d9a8c7b5e3f1a2d4c6b8e0f9a7c5e3b1d2f4a6c8e0b9d7f5a3c1e2d',
      },
      usableUntil: '2026-11-02T10:14:07.512Z',
      maxBytes: 10 * 1024 * 1024,
    },
  }),
  downloadMyAttachment: downloadOperation(
    'A link to download a file of my ticket',
    'Only a file the malware scan found clean (`ready`) can be downloaded; any other state answers 409 `attachment_not_ready` with the reason. The link works for 5 minutes and saves the file under its name.',
  ),
  downloadAttachmentAsAgent: downloadOperation('A link to download a file of a ticket (internal notes’ included)', 'As for the customer: only `ready` files, for 5 minutes.'),
  markMyComplaint: operation({
    summary: 'Make a complaint about my ticket',
    description:
      'Marks the ticket as a complaint, received now, with your reason if you give one; you are sent an email saying it is registered. ' +
      'Where the platform answers to a regulator, `complaint.finalResponseBy` is the last day by which you will have its final response. Marking it again answers it as it is.',
    success: 200,
    body: customerComplaintBody,
    response: customerComplaintMarkedSchema,
    requestExample: { reason: 'My withdrawal has been pending for two weeks and nobody answers.' },
    responseExample: {
      ticket: { ...exampleCustomerTicket, complaint: { receivedAt: exampleTime, reason: 'My withdrawal has been pending for two weeks and nobody answers.', finalResponseBy: '2026-11-23', finalResponseAt: null } },
      redacted: [],
    },
  }),
  markComplaintAsAgent: operation({
    summary: 'Mark a ticket as a complaint',
    description:
      'Received now, or at the earlier `receivedAt` given (regulators count from receipt). The deployment\'s rule (`fca`, `psd2` or `none`) gives its deadlines, each with its state; ' +
      'the customer is emailed that it is registered. Marking it again answers it as it is.',
    success: 200,
    body: agentComplaintBody,
    invalidChange: '`receivedAt` later than now, or before the ticket was opened',
    response: agentComplaintMarkedSchema,
    requestExample: { receivedAt: '2026-11-02T09:14:07.512Z', note: 'Complained in the description.' },
    responseExample: {
      ticket: {
        ...exampleAgentTicket,
        complaint: {
          receivedAt: '2026-11-02T09:14:07.512Z',
          markedAt: exampleTime,
          markedBy: 'agent',
          reason: null,
          rule: 'psd2',
          deadlines: {
            acknowledgement: { lastDay: '2026-11-09', dueAt: '2026-11-10T00:00:00.000Z', state: 'running' },
            holdingReply: { lastDay: '2026-11-23', dueAt: '2026-11-24T00:00:00.000Z', state: 'running' },
            finalResponse: { lastDay: '2026-11-23', dueAt: '2026-11-24T00:00:00.000Z', state: 'running' },
            extended: false,
          },
          responses: { acknowledgedAt: null, holdingReplyAt: null, finalResponseAt: null },
          outcome: 'open',
        },
      },
      redacted: [],
    },
  }),
  exportComplaints: operation({
    summary: 'The complaints received in a period, as CSV',
    description:
      'For the regulatory return: one row per complaint received from the start of `from` to the end of `to` (days in the deployment\'s time zone, at most a year), by receipt. ' +
      'Columns: number, type, received_at, rule, acknowledgement_due, acknowledgement_sent, final_response_due, final_response_sent, holding_reply_sent, extended, state ' +
      '(`open`, `resolved_within_deadline`, `late`: answered late or open past its deadline, `resolved`: under no rule). Due columns are days, sent columns instants.',
    success: 200,
    query: complaintReportQuery,
    queryExample: 'from=2026-10-01&to=2026-12-31',
    response: complaintReportCsvSchema,
    mediaType: 'text/csv',
    responseExample:
      'number,type,received_at,rule,acknowledgement_due,acknowledgement_sent,final_response_due,final_response_sent,holding_reply_sent,extended,state\r\n' +
      `${exampleNumber},withdrawal,2026-11-02T09:14:07.512Z,psd2,2026-11-09,2026-11-02T10:02:41.090Z,2026-11-23,,,false,open\r\n`,
  }),
  getWorkflow: operation({
    summary: "The ticket's workflow: execution status, current state, what it waits for, readable history",
    success: 200,
    response: workflowSchema,
    responseExample: {
      execution: {
        executionArn: `arn:aws:states:us-east-1:123456789012:execution:ticketflow-withdrawal:${exampleNumber}`,
        name: exampleNumber,
        status: 'RUNNING',
        startDate: '2026-11-02T09:14:08.020Z',
      },
      currentState: 'WaitForFinance',
      waiting: { kind: 'finance', decisions: ['complete', 'cancel'], step: 'finance', since: '2026-11-02T09:14:09.301Z' },
      provider: null,
      history: [
        { at: '2026-11-02T09:14:08.020Z', what: 'started' },
        { at: '2026-11-02T09:14:09.117Z', what: 'entered', state: 'WaitForFinance' },
        { at: '2026-11-02T09:14:09.301Z', what: 'waiting' },
      ],
    },
  }),
  rateMyTicket: operation({
    summary: 'Answer "Was this helpful?" for my solved ticket',
    description:
      'Once each time the ticket is solved (a reopened ticket that is solved again is asked again); a ticket closed from a solve may still be rated. ' +
      'The comment is optional and redacted like every free text. 409 `ticket_not_solved` when it is not solved, `already_rated` when this solve was rated.',
    success: 201,
    body: ratingBody,
    idempotent: true,
    response: customerTicketChangedSchema,
    requestExample: { score: 'good', comment: 'Quick and clear, thank you.' },
    responseExample: {
      ticket: {
        ...solvedTicket,
        version: 6,
        satisfaction: { ratable: false, rating: { score: 'good', comment: 'Quick and clear, thank you.', at: '2026-11-03T08:30:12.004Z', solvedAt: '2026-11-02T16:41:09.377Z' } },
      },
    },
  }),
  getSatisfactionReport: operation({
    summary: 'Satisfaction by ticket type, agent and week',
    description:
      'Counts of good and bad ratings and the share good, over the ratings given from `from` to `to` (whole days in UTC, both included, at most 366 days: ' +
      'a longer period is refused with 400), overall, by ticket type, by agent (the assignee when the rating was given; null for an unassigned ticket) and by ISO 8601 week. ' +
      'Read by month from an index of ratings, never by scanning tickets.',
    success: 200,
    query: satisfactionReportQuery,
    response: satisfactionReportSchema,
    queryExample: 'from=2026-11-01&to=2026-11-30',
    responseExample: {
      period: { from: '2026-11-01', to: '2026-11-30' },
      overall: { good: 41, bad: 9, total: 50, shareGood: 0.82 },
      byType: [
        { type: 'payments', good: 25, bad: 3, total: 28, shareGood: 0.8929 },
        { type: 'general', good: 16, bad: 6, total: 22, shareGood: 0.7273 },
      ],
      byAgent: [
        { agent: exampleAgentSub, good: 30, bad: 5, total: 35, shareGood: 0.8571 },
        { agent: null, good: 11, bad: 4, total: 15, shareGood: 0.7333 },
      ],
      byWeek: [
        { week: '2026-W45', monday: '2026-11-02', good: 20, bad: 5, total: 25, shareGood: 0.8 },
        { week: '2026-W46', monday: '2026-11-09', good: 21, bad: 4, total: 25, shareGood: 0.84 },
      ],
    },
  }),
  showRatingPage: operation({
    summary: 'The page a "Good" or "Bad" link of a solved ticket\'s email opens (HTML)',
    description:
      'No token: the link\'s signed token authenticates it. Opening the page records nothing (mail scanners open links); its one button posts the rating, with an optional comment. ' +
      'A link that cannot be used answers a page saying why.',
    ...htmlPage,
    responseExample: '<!DOCTYPE html><html lang="en">…<h1>Was this helpful?</h1>…<form method="post">…',
    htmlRefusals: ratingLinkRefusals,
  }),
  rateByLink: operation({
    summary: 'Record the rating a link stands for, with an optional comment (the page\'s form; HTML)',
    description: 'Once per solve: a second use of either link of the same solve answers 409 "Already rated" and changes nothing.',
    ...htmlPage,
    formBody: ratingFormBody,
    responseExample: '<!DOCTYPE html><html lang="en">…<h1>Thank you</h1>…',
    htmlRefusals: { ...ratingLinkRefusals, 413: 'The form is larger than 64 KB.' },
  }),
  paddleWebhook: webhookOperation('Paddle Billing webhook (Paddle-Signature checked; 401 when unsigned, forged or stale)', {
    contentType: 'application/json',
    headers: { 'Paddle-Signature': 'ts=<unix time>;h1=<hex HMAC-SHA256 of "<ts>:<body>" with the notification secret>' },
    body: JSON.stringify({ event_id: 'evt_01jbx8a2b3c4d5e6f7g8h9j0k1', event_type: 'adjustment.updated', data: { id: 'adj_01jbx8c2d3e4f5g6h7j8k9m0n1', action: 'refund', status: 'approved', transaction_id: 'txn_01h8bkrkjyxgtnvwf9s8d1tqzn' } }),
  }),
  coinpaymentsWebhook: webhookOperation('CoinPayments IPN (HMAC and merchant checked; 401 when unsigned or forged)', {
    contentType: 'application/x-www-form-urlencoded',
    headers: { HMAC: '<hex HMAC-SHA512 of the body with the IPN secret>' },
    body: 'ipn_version=1.0&ipn_type=withdrawal&ipn_mode=hmac&ipn_id=8b1c0f3e&merchant=<merchant id>&id=CWFE7XKQ3M2N8P&status=2&status_text=Complete&currency=USDT.TRC20&amount=250.00000000',
  }),
  j2txWebhook: webhookOperation('J2TX review webhook (X-J2TX-Signature checked; 401 when unsigned, forged or stale)', {
    contentType: 'application/json',
    headers: { 'X-J2TX-Timestamp': '1793610847', 'X-J2TX-Signature': 'sha256=<hex HMAC-SHA256 of "<timestamp>.<body>" with the webhook secret>' },
    body: JSON.stringify({ eventId: 'evt_5f0c2d9e8a7b6c5d4e3f2a1b', type: 'application.reviewed', applicationId: 'app_7Hq2Lm9Xp4', externalId: exampleNumber, review: { answer: 'approved' } }),
  }),
};
