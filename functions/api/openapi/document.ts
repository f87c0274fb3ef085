import * as z from 'zod/mini';
import { maxBodyBytes } from '../../shared/http';
import { routes } from '../routes';
import type { Route, RouteFunction } from '../routes';
import { htmlPageSchema, responseComponents } from './components';
import { errorCodesOf } from './error-schemas';
import type { ErrorBody } from './error-schemas';
import { exampleNumber, exampleRatingToken } from './examples';
import { operations } from './operations';
import type { OperationSpec } from './operations';

/*
 * The OpenAPI 3.1 document of the API, built at build time (`npm run openapi`) from the one route
 * table (functions/api/routes.ts), the request schemas that validate requests and the response
 * schemas beside the views that produce the responses. Nothing here runs in a Lambda: the
 * functions serve the committed result.
 */

type Json = Record<string, unknown>;

const componentRef = (name: string) => `#/components/schemas/${name}`;

/** Every named response schema as JSON Schema, referencing each other by name. */
function componentSchemas(): Record<string, Json> {
  const registry = z.registry<{ id: string; description: string }>();
  for (const [name, schema, description] of responseComponents) registry.add(schema, { id: name, description });
  const { schemas } = z.toJSONSchema(registry, { io: 'output', uri: componentRef }) as { schemas: Record<string, Json> };
  // Each comes out as a standalone JSON Schema document; inside an OpenAPI document they are parts of one.
  return Object.fromEntries(Object.entries(schemas).map(([name, { $schema: _schema, $id: _id, ...schema }]) => [name, schema]));
}

const nameOf = new Map<z.ZodMiniType, string>(responseComponents.map(([name, schema]) => [schema, name]));

/** A schema as the document shows it: a reference to its component, or inline. */
function schemaOf(schema: z.ZodMiniType, io: 'input' | 'output'): Json {
  const name = nameOf.get(schema);
  if (name) return { $ref: componentRef(name) };
  const { $schema: _schema, ...inline } = z.toJSONSchema(schema, { io, unrepresentable: 'any' }) as Json;
  return inline;
}

const oneOfErrors = { oneOf: [{ $ref: componentRef('Error') }, { $ref: componentRef('GatewayError') }] };

/** What the first code of each refusal says in the docs' example (the fields at fault for 400). */
const exampleRefusals: Readonly<Record<string, Pick<ErrorBody['error'], 'message' | 'fields'>>> = {
  invalid_request: { message: 'The request has a problem: subject: At most 200 characters.', fields: [{ path: 'subject', message: 'At most 200 characters.' }] },
  forbidden: { message: 'Only support agents may use this route.', fields: [] },
  ticket_not_found: { message: `There is no ticket ${exampleNumber}.`, fields: [] },
  ticket_closed: { message: `Ticket ${exampleNumber} is closed.`, fields: [] },
  payload_too_large: { message: `The body is larger than ${maxBodyBytes / 1024} KB.`, fields: [] },
  unsupported_media_type: { message: 'Send the body as JSON, with Content-Type: application/json.', fields: [] },
  idempotency_key_reused: { message: 'This Idempotency-Key was used with another request.', fields: [] },
  invalid_change: { message: 'This change cannot be made to this ticket.', fields: [] },
  attachment_refused: {
    message: 'The file of upload 01JBX7P8M2K4H6G8F0D2C4B6A8 was declared application/pdf (PDF document) but its content is image/png (PNG image).',
    fields: [{ path: 'attachments', message: 'The file of upload 01JBX7P8M2K4H6G8F0D2C4B6A8 was declared application/pdf (PDF document) but its content is image/png (PNG image).' }],
  },
  upload_already_attached: { message: 'The upload 01JBX7P8M2K4H6G8F0D2C4B6A8 is already attached; upload the file again to attach it once more.', fields: [] },
  attachment_not_found: { message: `Ticket ${exampleNumber} has no attachment 01JBX7P8M2K4H6G8F0D2C4B6A8.`, fields: [] },
  attachment_not_ready: { message: 'The attachment 01JBX7P8M2K4H6G8F0D2C4B6A8 cannot be downloaded: it is checking. The file is being checked for malware.', fields: [] },
  internal: { message: 'Something went wrong on our side. Try again later.', fields: [] },
};

interface RefusalOptions {
  /** The codes this operation may answer with, when fewer than every code of the status. */
  readonly codes?: readonly string[];
  readonly schema?: Json;
  readonly example?: Json;
}

/**
 * A refusal: what it means, the error codes it may carry (from the HTTP edge's one table), and
 * its body's schema.
 * @throws Error when a code is not one the table gives the status.
 */
function errorResponse(status: number, meaning: string, options: RefusalOptions = {}): Json {
  const tableCodes = errorCodesOf(status);
  const codes = options.codes ?? tableCodes;
  const unknown = codes.filter((code) => !tableCodes.includes(code));
  if (unknown.length > 0) throw new Error(`The error table gives ${status} no code ${unknown.join(', ')}`);
  const [first] = codes;
  const refusal = first === undefined ? undefined : exampleRefusals[first];
  const example = options.example ?? (first && refusal ? { error: { code: first, ...refusal } } : undefined);
  return {
    description: `${meaning} Codes: ${codes.map((code) => `\`${code}\``).join(', ')}.`,
    content: { 'application/json': { schema: options.schema ?? { $ref: componentRef('Error') }, ...(example ? { example } : {}) } },
  };
}

const isWebhook = (route: Route) => route.path.startsWith('/v1/webhooks/');

/** The refusals an operation may answer with, from what the route is: who may call it, its path, its body. */
function errorResponses(route: Route, spec: OperationSpec): Record<string, Json> {
  const signedIn = route.auth !== 'none';
  const onTicket = route.path.includes('{number}');
  const changes = route.method !== 'GET';
  const workflowRoute = route.path.endsWith('/workflow');
  return {
    ...(signedIn ? { '400': errorResponse(400, 'The request is invalid: `fields` names each part at fault.') } : {}),
    ...(signedIn
      ? {
          '401': errorResponse(401, "No valid token: API Gateway's JWT authorizer refuses it (GatewayError), or it names no subject or email (Error).", {
            codes: ['unauthenticated'],
            schema: oneOfErrors,
            example: { message: 'Unauthorized' },
          }),
        }
      : {}),
    ...(isWebhook(route)
      ? {
          '401': errorResponse(401, 'The delivery is unsigned, forged or stale.', {
            codes: ['invalid_signature'],
            example: { error: { code: 'invalid_signature', message: 'The signature does not match.', fields: [] } },
          }),
        }
      : {}),
    ...(route.auth === 'agent' ? { '403': errorResponse(403, 'The caller is not in the agents group.') } : {}),
    ...(onTicket
      ? {
          '404': workflowRoute
            ? errorResponse(404, 'No such ticket, or it has no workflow.')
            : spec.downloads
              ? errorResponse(404, "No such ticket, or not the caller's; or no such attachment on it (an internal note's, for a customer).", { codes: ['ticket_not_found', 'attachment_not_found'] })
              : errorResponse(404, "No such ticket, or not the caller's.", { codes: ['ticket_not_found'] }),
        }
      : {}),
    ...(onTicket && changes ? { '409': errorResponse(409, "Not allowed in the ticket's current state, or its workflow waits for something else; or an upload named is attached already.") } : {}),
    ...(!onTicket && spec.attaches ? { '409': errorResponse(409, 'An upload named is attached already.', { codes: ['upload_already_attached'] }) } : {}),
    ...(spec.downloads ? { '409': errorResponse(409, 'The file is not ready: being checked for malware, removed, or unavailable; the message says which.', { codes: ['attachment_not_ready'] }) } : {}),
    ...(spec.body ? { '413': errorResponse(413, `The body is over ${maxBodyBytes / 1024} KB.`, { schema: oneOfErrors }) } : {}),
    ...(spec.body ? { '415': errorResponse(415, 'The body is not JSON.') } : {}),
    ...(spec.idempotent || spec.invalidChange || spec.attaches
      ? {
          '422': errorResponse(
            422,
            [
              spec.idempotent ? 'The Idempotency-Key was used with another body.' : '',
              spec.invalidChange ? `${spec.invalidChange}.` : '',
              spec.attaches ? 'An upload cannot be attached (unknown, expired, its file missing, too large, of another type than declared, or over the limits of a message or a ticket); the message names it.' : '',
            ]
              .filter(Boolean)
              .join(' Or: '),
            {
              codes: [
                ...(spec.idempotent ? ['idempotency_key_reused'] : []),
                ...(spec.invalidChange ? ['invalid_change'] : []),
                ...(spec.attaches ? ['attachment_refused'] : []),
              ],
            },
          ),
        }
      : {}),
    ...htmlRefusals(spec),
    '500': errorResponse(500, 'Something went wrong on our side (Error), or the function failed (GatewayError); the request may be retried.', { schema: oneOfErrors }),
  };
}

/** The refusals a page for people answers with: pages too, in the refusal's words (the rating links'). */
function htmlRefusals(spec: OperationSpec): Record<string, Json> {
  return Object.fromEntries(
    Object.entries(spec.htmlRefusals ?? {}).map(([status, meaning]) => [
      status,
      { description: meaning, content: { 'text/html': { schema: schemaOf(htmlPageSchema, 'output'), example: '<!DOCTYPE html><html lang="en">…<h1>Already rated</h1>…' } } },
    ]),
  );
}

function parameters(route: Route, spec: OperationSpec): Json[] {
  const pathParameters = [...route.path.matchAll(/\{(\w+)\}/g)].map(([, name]) =>
    name === 'token'
      ? { name, in: 'path', required: true, description: 'The signed token of a rating link, as the email gives it.', schema: { type: 'string' }, example: exampleRatingToken }
      : name === 'attachmentId'
      ? { name, in: 'path', required: true, description: 'The attachment id (its upload id).', schema: { type: 'string', pattern: '^[0-9A-HJKMNP-TV-Z]{26}$' }, example: '01JBX7P8M2K4H6G8F0D2C4B6A8' }
      : { name, in: 'path', required: true, description: 'The ticket number: eight digits.', schema: { type: 'string', pattern: '^[1-9][0-9]{7}$' }, example: exampleNumber },
  );
  const queryParameters = Object.entries(spec.query?.shape ?? {}).map(([name, schema]) => {
    const description = z.globalRegistry.get(schema)?.description;
    return { name, in: 'query', required: !(schema as z.ZodMiniType).safeParse(undefined).success, ...(description ? { description } : {}), schema: z.toJSONSchema(schema as z.ZodMiniType, { io: 'input', unrepresentable: 'any' }) };
  });
  const idempotencyKey = spec.idempotent
    ? [{ name: 'Idempotency-Key', in: 'header', required: false, schema: { type: 'string', maxLength: 255 }, description: 'Replays the first response for the same key and body for 24 hours' }]
    : [];
  return [...pathParameters, ...queryParameters, ...idempotencyKey];
}

const shellQuoted = (text: string) => `'${text.replaceAll("'", `'\\''`)}'`;

/** A curl command that makes the request, as the docs' request sample. */
function curlSample(route: Route, spec: OperationSpec): string {
  const path = route.path.replace('{number}', exampleNumber).replace('{attachmentId}', '01JBX7P8M2K4H6G8F0D2C4B6A8').replace('{token}', exampleRatingToken) + (spec.queryExample ? `?${spec.queryExample}` : '');
  const lines = [`curl -X ${route.method} "$API${path}"`];
  if (route.auth !== 'none') lines.push('-H "Authorization: Bearer $TOKEN"');
  if (spec.idempotent) lines.push("-H 'Idempotency-Key: 5f6d2c1e-8a7b-4c3d-9e0f-1a2b3c4d5e6f'");
  if (spec.requestExample !== undefined) lines.push("-H 'Content-Type: application/json'", `-d ${shellQuoted(JSON.stringify(spec.requestExample))}`);
  if (spec.formBody) lines.push("--data-urlencode 'comment=Quick and clear, thank you.'");
  if (spec.delivery) {
    lines.push(`-H 'Content-Type: ${spec.delivery.contentType}'`);
    for (const [name, value] of Object.entries(spec.delivery.headers)) lines.push(`-H ${shellQuoted(`${name}: ${value}`)}`);
    lines.push(`--data-raw ${shellQuoted(spec.delivery.body)}`);
  }
  return lines.join(' \\\n  ');
}

/** The section of the reference an operation is listed in. */
const tags = [
  { name: 'Tickets', description: "A customer's own tickets: open, follow, reply, solve, reopen, cancel, rate; and the pages of the rating links in emails." },
  { name: 'Account', description: "The caller's identity and email preferences." },
  { name: 'Agents', description: 'The support team\'s routes: queue, tickets with internal notes, replies, status and fields, workflows. The token must be in the `agents` group.' },
  { name: 'Webhooks', description: "Outside parties' notifications. No token: the signature on the body authenticates them." },
  { name: 'Reference', description: 'The ticket types and this document.' },
] as const;

function tagOf(route: Route): (typeof tags)[number]['name'] {
  if (route.auth === 'agent') return 'Agents';
  if (isWebhook(route)) return 'Webhooks';
  if (route.path.startsWith('/v1/me')) return 'Account';
  if (route.path.startsWith('/v1/tickets') || route.path.startsWith('/v1/ratings')) return 'Tickets';
  return 'Reference';
}

function operationOf(fn: RouteFunction, route: Route): Json {
  const spec = operations[fn];
  const description = [route.auth === 'agent' ? 'Agents only: the token must be in the agents group.' : '', spec.description ?? ''].filter(Boolean).join(' ');
  const params = parameters(route, spec);
  const mediaType = spec.mediaType ?? 'application/json';
  return {
    operationId: fn,
    summary: spec.summary,
    tags: [tagOf(route)],
    ...(description ? { description } : {}),
    ...(route.auth === 'none' ? { security: [] } : {}),
    ...(params.length > 0 ? { parameters: params } : {}),
    ...(spec.formBody ? { requestBody: { required: false, content: { 'application/x-www-form-urlencoded': { schema: schemaOf(spec.formBody, 'input') } } } } : {}),
    ...(spec.body
      ? { requestBody: { required: true, content: { 'application/json': { schema: schemaOf(spec.body, 'input'), ...(spec.requestExample !== undefined ? { example: spec.requestExample } : {}) } } } }
      : {}),
    responses: {
      [String(spec.success)]: { description: spec.summary, content: { [mediaType]: { schema: schemaOf(spec.response, 'output'), example: spec.responseExample } } },
      ...errorResponses(route, spec),
    },
    'x-codeSamples': [{ lang: 'Shell', label: 'curl', source: curlSample(route, spec) }],
  };
}

/**
 * The OpenAPI 3.1 document of the API: one operation per route of functions/api/routes.ts, named
 * by its function, with its request and response schemas, refusals and examples.
 */
export function openApiDocument() {
  const paths: Record<string, Record<string, Json>> = {};
  for (const [fn, route] of Object.entries(routes) as [RouteFunction, Route][]) {
    paths[route.path] = { ...paths[route.path], [route.method.toLowerCase()]: operationOf(fn, route) };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Ticketflow API',
      version: '1',
      description:
        'Support tickets for customers and agents. Sign in with the user pool (Cognito in AWS, `npm run token` locally) and send its ID token as a bearer token. ' +
        'Refusals carry an `error` with a `code` to branch on, a `message` for people and the `fields` at fault.',
    },
    // Relative: the document is served by the API it describes (GET /v1/openapi.json), so its
    // paths resolve against whichever deployment or local cloud served it.
    servers: [{ url: '/', description: 'The API that serves this document' }],
    tags,
    security: [{ cognito: [] }],
    paths,
    components: {
      schemas: componentSchemas(),
      securitySchemes: { cognito: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT', description: "The user pool's ID token (Cognito in AWS, the local identity provider on a laptop)." } },
    },
  };
}
