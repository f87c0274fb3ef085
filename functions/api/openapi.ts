import * as z from 'zod/mini';
import { system } from '../../infra/system';
import { phases, priorities, reportStatuses, ticketTypes } from '../domain/types';
import {
  agentMessageBody,
  agentQueueQuery,
  createTicketBody,
  customerListQuery,
  customerMessageBody,
  preferencesBody,
  statusChangeBody,
  ticketPatchBody,
} from './schemas';
import { decisionBody } from './workflow-schemas';

/** What the document says of one operation, beside what the system description gives. */
interface OperationDoc {
  readonly summary: string;
  /** More than the summary says, when a caller needs it (how a list pages). */
  readonly description?: string;
  readonly success: number;
  readonly body?: z.ZodMiniType;
  readonly query?: z.ZodMiniObject;
  readonly idempotent?: boolean;
  /** When the request is well formed but asks for a change the ticket's type cannot make (422). */
  readonly invalidChange?: string;
  readonly response: string;
}

const pagedList =
  'Each request reads at most 100 tickets (one DynamoDB Query), however many there are. A filter applies to the tickets a request reads, ' +
  'so a filtered page may hold fewer than `limit`, even none, while `cursor` is not null: follow `cursor` until it is null. ' +
  'The cursor continues after the last ticket read, so paging never skips or repeats a ticket.';

/** One entry per function behind a route; a route without one fails the document's unit test. */
export const operationDocs: Readonly<Record<string, OperationDoc>> = {
  getMe: { summary: "The caller's identity as the API sees their token", success: 200, response: 'Me' },
  createTicket: { summary: 'Open a ticket', success: 201, body: createTicketBody, idempotent: true, response: 'TicketCreated' },
  listMyTickets: { summary: 'My tickets, most recent activity first', description: pagedList, success: 200, query: customerListQuery, response: 'TicketPage' },
  getMyTicket: { summary: 'One of my tickets with its public thread and timeline', success: 200, response: 'TicketDetail' },
  replyToMyTicket: { summary: 'Reply to my ticket (reopens a solved one)', success: 201, body: customerMessageBody, idempotent: true, response: 'TicketChanged' },
  solveMyTicket: { summary: 'Mark my ticket solved', success: 200, response: 'TicketChanged' },
  reopenMyTicket: { summary: 'Reopen my solved ticket', success: 200, response: 'TicketChanged' },
  getMyPreferences: { summary: 'Which emails I get', success: 200, response: 'PreferencesResult' },
  putMyPreferences: { summary: 'Choose which emails I get', success: 200, body: preferencesBody, response: 'PreferencesResult' },
  listQueue: {
    summary: "The agents' queue of one phase, by priority then age",
    description: `${pagedList} \`assignee\` (\`me\`, \`nobody\` or an agent's sub) and \`priority\` are read by key, so their pages are full.`,
    success: 200,
    query: agentQueueQuery,
    response: 'TicketPage',
  },
  getTicketAsAgent: { summary: 'A ticket with internal notes and the full timeline', success: 200, response: 'TicketDetail' },
  replyAsAgent: {
    summary: 'Reply to the customer, or leave an internal note',
    success: 201,
    body: agentMessageBody,
    idempotent: true,
    invalidChange: 'awaitReply on a type that never awaits the customer, or on an internal note',
    response: 'TicketChanged',
  },
  changeStatus: {
    summary: "Move a ticket along its type's transitions",
    success: 200,
    body: statusChangeBody,
    invalidChange: "A status the ticket's type does not have",
    response: 'TicketChanged',
  },
  updateTicket: { summary: 'Change priority, assignee or report status', success: 200, body: ticketPatchBody, response: 'TicketChanged' },
  listTicketTypes: { summary: 'Every ticket type with its statuses (code, label, meaning, phase)', success: 200, response: 'TicketTypes' },
  getOpenApi: { summary: 'This document', success: 200, response: 'OpenApi' },
  getApiDocs: { summary: 'This document, rendered for people (HTML)', success: 200, response: 'Html' },
  cancelMyTicket: { summary: 'Cancel my withdrawal (until it is With Finance)', success: 200, response: 'TicketChanged' },
  decideTicket: {
    summary: 'Answer what the workflow waits for: approve or reject (compliance, escalation), complete with the reference or cancel (finance)',
    success: 202,
    body: decisionBody,
    invalidChange: 'complete without the transaction reference',
    response: 'DecisionAccepted',
  },
  getWorkflow: { summary: "The ticket's workflow: execution status, current state, what it waits for, readable history", success: 200, response: 'Workflow' },
  paddleWebhook: { summary: 'Paddle Billing webhook (Paddle-Signature checked; 401 when unsigned, forged or stale)', success: 200, response: 'WebhookReceived' },
  coinpaymentsWebhook: { summary: 'CoinPayments IPN (HMAC and merchant checked; 401 when unsigned or forged)', success: 200, response: 'WebhookReceived' },
  j2txWebhook: { summary: 'J2TX review webhook (X-J2TX-Signature checked; 401 when unsigned, forged or stale)', success: 200, response: 'WebhookReceived' },
};

const statusRef = { type: 'object', required: ['code', 'label', 'meaning'], properties: { code: { type: 'string' }, label: { type: 'string' }, meaning: { type: 'string' } } };
const ticketSchema = {
  type: 'object',
  properties: {
    number: { type: 'string', pattern: '^[1-9][0-9]{7}$' },
    type: { enum: ticketTypes },
    subject: { type: 'string' },
    description: { type: 'string' },
    priority: { enum: priorities },
    phase: { enum: phases },
    status: statusRef,
    reportStatus: { oneOf: [statusRef, { type: 'null' }], description: `One of ${reportStatuses.join(', ')}, with label and meaning` },
    details: { type: 'object' },
    lastReply: { oneOf: [{ type: 'object', properties: { at: { type: 'string', format: 'date-time' }, by: { enum: ['customer', 'support'] } } }, { type: 'null' }] },
    createdAt: { type: 'string', format: 'date-time' },
    updatedAt: { type: 'string', format: 'date-time' },
    version: { type: 'integer' },
  },
};
const components = {
  Ticket: ticketSchema,
  Error: {
    type: 'object',
    properties: {
      error: {
        type: 'object',
        required: ['code', 'message', 'fields'],
        properties: {
          code: { type: 'string' },
          message: { type: 'string' },
          fields: { type: 'array', items: { type: 'object', properties: { path: { type: 'string' }, message: { type: 'string' } } } },
        },
      },
    },
  },
  Me: { type: 'object', properties: { sub: { type: 'string' }, email: { type: 'string' }, groups: { type: 'array', items: { type: 'string' } } } },
  TicketCreated: { type: 'object', properties: { ticket: { $ref: '#/components/schemas/Ticket' }, redacted: { type: 'array', items: { type: 'string' } } } },
  TicketChanged: { type: 'object', properties: { ticket: { $ref: '#/components/schemas/Ticket' }, message: { type: 'object' }, redacted: { type: 'array', items: { type: 'string' } } } },
  TicketDetail: {
    type: 'object',
    properties: { ticket: { $ref: '#/components/schemas/Ticket' }, messages: { type: 'array', items: { type: 'object' } }, timeline: { type: 'array', items: { type: 'object' } } },
  },
  TicketPage: { type: 'object', properties: { tickets: { type: 'array', items: { type: 'object' } }, cursor: { type: ['string', 'null'] } } },
  PreferencesResult: { type: 'object', properties: { preferences: z.toJSONSchema(preferencesBody, { io: 'output' }) } },
  TicketTypes: { type: 'object', properties: { types: { type: 'array', items: { type: 'object' } }, reportStatuses: { type: 'array', items: statusRef } } },
  OpenApi: { type: 'object' },
  DecisionAccepted: {
    type: 'object',
    properties: { ticket: { $ref: '#/components/schemas/Ticket' }, decision: { type: 'object', properties: { decision: { type: 'string' }, waitingFor: { type: 'string' } } } },
  },
  Workflow: {
    type: 'object',
    properties: {
      execution: { type: 'object', properties: { executionArn: { type: 'string' }, name: { type: 'string' }, status: { type: 'string' }, startDate: { type: 'string' } } },
      currentState: { type: ['string', 'null'] },
      waiting: { oneOf: [{ type: 'object', properties: { kind: { type: 'string' }, decisions: { type: 'array', items: { type: 'string' } }, since: { type: 'string' } } }, { type: 'null' }] },
      provider: { oneOf: [{ type: 'object', properties: { name: { type: 'string' }, reference: { type: 'string' } } }, { type: 'null' }] },
      history: { type: 'array', items: { type: 'object', properties: { at: { type: 'string' }, what: { type: 'string' }, state: { type: 'string' }, error: { type: 'string' } } } },
    },
  },
  WebhookReceived: { type: 'object', properties: { received: { type: 'boolean' }, duplicate: { type: 'boolean' }, result: { type: 'string' } } },
  Html: { type: 'string' },
};

const errorResponse = (description: string) => ({ description, content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } });

function queryParameters(query: z.ZodMiniObject | undefined) {
  if (!query) return [];
  return Object.entries(query.shape).map(([name, schema]) => ({
    name,
    in: 'query',
    required: false,
    ...(z.globalRegistry.get(schema)?.description ? { description: z.globalRegistry.get(schema)?.description } : {}),
    schema: z.toJSONSchema(schema as z.ZodMiniType, { io: 'input', unrepresentable: 'any' }),
  }));
}

/**
 * The OpenAPI 3.1 document of the API, made from the system description's routes and the same
 * zod schemas that validate requests.
 * @throws Error when a route's function has no entry in operationDocs.
 */
export function openApiDocument(serverUrl?: string) {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const route of system.routes) {
    const doc = operationDocs[route.function];
    if (!doc) throw new Error(`No OpenAPI entry for ${route.function}`);
    const parameters = [
      ...[...route.path.matchAll(/\{(\w+)\}/g)].map(([, name]) => ({ name, in: 'path', required: true, schema: { type: 'string', pattern: '^[1-9][0-9]{7}$' } })),
      ...queryParameters(doc.query),
      ...(doc.idempotent ? [{ name: 'Idempotency-Key', in: 'header', required: false, schema: { type: 'string', maxLength: 255 }, description: 'Replays the first response for the same key and body for 24 hours' }] : []),
    ];
    const content = doc.response === 'Html' ? { 'text/html': { schema: { type: 'string' } } } : { 'application/json': { schema: { $ref: `#/components/schemas/${doc.response}` } } };
    paths[route.path] = {
      ...paths[route.path],
      [route.method.toLowerCase()]: {
        operationId: route.function,
        summary: doc.summary,
        ...(route.auth === 'none' ? { security: [] } : {}),
        ...(route.auth === 'agent' || doc.description
          ? { description: [route.auth === 'agent' ? 'Agents only: the token must be in the agents group.' : '', doc.description ?? ''].filter(Boolean).join(' ') }
          : {}),
        ...(parameters.length > 0 ? { parameters } : {}),
        ...(doc.body ? { requestBody: { required: true, content: { 'application/json': { schema: z.toJSONSchema(doc.body, { io: 'input', unrepresentable: 'any' }) } } } } : {}),
        responses: {
          [String(doc.success)]: { description: 'Success', content },
          ...(route.auth === 'none' ? {} : { '400': errorResponse('Invalid request: the fields say what is wrong'), '401': { description: 'No valid token' } }),
          ...(route.auth === 'agent' ? { '403': errorResponse('Not an agent') } : {}),
          ...(route.path.includes('{number}') ? { '404': errorResponse('No such ticket (or not yours)'), '409': errorResponse('Not allowed in the ticket\'s current state') } : {}),
          ...(doc.body ? { '413': errorResponse('Body over 64 KB'), '415': errorResponse('Body is not JSON') } : {}),
          ...(doc.idempotent || doc.invalidChange
            ? { '422': errorResponse([doc.idempotent ? 'Idempotency-Key reused with another body' : '', doc.invalidChange ?? ''].filter(Boolean).join('; or: ')) }
            : {}),
        },
      },
    };
  }
  return {
    openapi: '3.1.0',
    info: { title: 'Ticketflow API', version: '1', description: 'Support tickets for customers and agents.' },
    ...(serverUrl ? { servers: [{ url: serverUrl }] } : {}),
    components: {
      schemas: components,
      securitySchemes: { cognito: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT', description: 'A Cognito ID token' } },
    },
    security: [{ cognito: [] }],
    paths,
  };
}
