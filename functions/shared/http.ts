import type { MiddlewareObj } from '@middy/core';
import type { APIGatewayProxyEventV2WithJWTAuthorizer, APIGatewayProxyStructuredResultV2, Context } from 'aws-lambda';
import type * as z from 'zod/mini';
import type { Identity } from '../domain/types';
import { entryPoint, logTicketNumber } from './entry-point';
import { errorResponseOf } from './error-responses';
import { ForbiddenError, InvalidRequestError, PayloadTooLargeError, UnauthenticatedError, UnsupportedMediaTypeError } from './request-errors';
import { logger } from './observability';
import { fieldProblems } from './schema-problems';
import type { Route } from '../api/routes';
import { agentGroup } from './roles';

/** What a route function returns: the success status and a body to serialize as JSON (or, with a content-type header of text, its text as it is). */
export interface JsonResult {
  readonly statusCode: number;
  readonly body: unknown;
  readonly headers?: Readonly<Record<string, string>>;
}

export type HttpEvent = APIGatewayProxyEventV2WithJWTAuthorizer;

/** The largest JSON body any route accepts. */
export const maxBodyBytes = 64 * 1024;

const jsonHeaders = { 'content-type': 'application/json; charset=utf-8' };

function toResponse(result: JsonResult): APIGatewayProxyStructuredResultV2 {
  const text = typeof result.body === 'string' && result.headers?.['content-type']?.startsWith('text/');
  return { statusCode: result.statusCode, headers: { ...jsonHeaders, ...result.headers }, body: text ? (result.body as string) : JSON.stringify(result.body) };
}

/**
 * Turns every thrown error into a response: an error the table in ./error-responses.ts lists answers
 * with its status, code and message, any other error with a generic 500 whose details stay in the log. Kept last in every chain.
 */
export function httpErrors(): MiddlewareObj<HttpEvent, APIGatewayProxyStructuredResultV2> {
  return {
    name: 'httpErrors',
    onError: (request) => {
      const error = request.error;
      const refusal = errorResponseOf(error);
      if (refusal) {
        logger.info('request refused', { status: refusal.status, code: refusal.code, fields: refusal.fields.map((field) => field.path) });
        const body = { error: { code: refusal.code, message: refusal.message, fields: refusal.fields } };
        request.response = toResponse({ statusCode: refusal.status, body });
        return;
      }
      logger.error('unhandled error', error instanceof Error ? error : String(error));
      request.response = toResponse({
        statusCode: 500,
        body: { error: { code: 'internal', message: 'Something went wrong on our side. Try again later.', fields: [] } },
      });
    },
  };
}

/** The signed-in caller, as the JWT authorizer passed them on: the identity the use cases take, and the token's groups. */
export interface Caller extends Identity {
  readonly groups: readonly string[];
}

/**
 * Reads the caller from the authorizer's claims.
 * @throws UnauthenticatedError when the claims lack a subject or an email.
 */
export function callerOf(event: HttpEvent): Caller {
  const claims = event.requestContext.authorizer?.jwt?.claims ?? {};
  const sub = claims['sub'];
  const email = claims['email'];
  if (typeof sub !== 'string' || typeof email !== 'string') throw new UnauthenticatedError();
  const groups = parseGroups(claims['cognito:groups']);
  return { sub, email, emailVerified: isVerified(claims['email_verified']), groups, isAgent: groups.includes(agentGroup) };
}

/**
 * Whether `email_verified` says the email is verified: Cognito issues a boolean, API Gateway's JWT
 * authorizer hands it on as the string "true". Anything else (absent, "false", "True") is not verified.
 */
export function isVerified(value: unknown): boolean {
  return value === true || value === 'true';
}

/**
 * The caller's groups from `cognito:groups`, read in exactly the forms it can arrive in: Cognito
 * issues the claim as a list, and API Gateway's JWT authorizer hands a list to the function as one
 * string, its items joined by single spaces inside brackets (`["agents","admins"]` arrives as
 * `"[agents admins]"`); a list as such is accepted too (a direct invocation). Cognito group names
 * hold no whitespace, so an empty item (two spaces, a space before the bracket) means the claim is
 * not one API Gateway made: like a bare string, it gives no group at all.
 */
export function parseGroups(value: unknown): string[] {
  if (Array.isArray(value)) return value.every((item) => typeof item === 'string' && item !== '') ? (value as string[]) : [];
  if (typeof value !== 'string' || !value.startsWith('[') || !value.endsWith(']') || value.length < 2) return [];
  const inner = value.slice(1, -1);
  if (inner === '') return [];
  const groups = inner.split(' ');
  return groups.includes('') ? [] : groups;
}

function readJsonBody(event: HttpEvent): unknown {
  const contentType = (event.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase();
  const raw = event.body === undefined ? '' : event.isBase64Encoded ? Buffer.from(event.body, 'base64').toString('utf8') : event.body;
  if (Buffer.byteLength(raw, 'utf8') > maxBodyBytes) throw new PayloadTooLargeError(maxBodyBytes);
  if (raw === '') return {};
  if (contentType !== 'application/json' && !contentType?.endsWith('+json')) throw new UnsupportedMediaTypeError();
  try {
    return JSON.parse(raw) as unknown;
  } catch {
    throw new InvalidRequestError([{ path: '', message: 'The body is not valid JSON.' }], 'The body is not valid JSON.');
  }
}

function parseWith<S extends z.ZodMiniType>(schema: S, value: unknown, prefix: string): z.output<S> {
  const result = schema.safeParse(value);
  if (!result.success) throw new InvalidRequestError(fieldProblems(result.error, prefix));
  return result.data;
}

const idempotencyKeyPattern = /^[\x21-\x7e]{1,255}$/;

/** What a route function receives once the request passed authentication and validation. */
export interface RouteRequest<B, Q> {
  readonly caller: Caller;
  readonly body: B;
  readonly query: Q;
  readonly params: Readonly<Record<string, string | undefined>>;
  readonly idempotencyKey: string | undefined;
  readonly event: HttpEvent;
  /** The Lambda invocation: a write's retries end while it still has time to answer. */
  readonly context: Context;
}

/** A route that needs a token: any signed-in user, or members of the agents group only. */
export type SignedInRoute = Route & { readonly auth: 'customer' | 'agent' };

interface RouteOptions<B extends z.ZodMiniType, Q extends z.ZodMiniType> {
  readonly body?: B;
  readonly query?: Q;
}

/**
 * Wraps a route function in what every signed-in route shares: the caller from the token (and the
 * agents group for a route functions/api/routes.ts declares for agents), the JSON body checked against its schema (415, 413, 400 with the
 * fields at fault), the query string checked, the Idempotency-Key header read, structured logs
 * with the request id, and errors turned into responses. Nothing reaches the function unchecked.
 * The handler carries the route it checks callers against (`handler.route`), so a test can hold
 * every deployed route's handler to its entry in the route table.
 */
export function httpRoute<B extends z.ZodMiniType = z.ZodMiniUndefined, Q extends z.ZodMiniType = z.ZodMiniUndefined>(
  route: SignedInRoute,
  options: RouteOptions<B, Q>,
  fn: (request: RouteRequest<z.output<B>, z.output<Q>>) => Promise<JsonResult>,
) {
  const handler = entryPoint<HttpEvent, APIGatewayProxyStructuredResultV2>()
    .use(httpErrors())
    .handler(async (event, context) => {
      logger.appendKeys({ requestId: event.requestContext.requestId, route: event.routeKey });
      logTicketNumber(event.pathParameters?.['number']);
      const caller = callerOf(event);
      if (route.auth === 'agent' && !caller.isAgent) throw new ForbiddenError('Only support agents may use this route.');
      const body = options.body ? parseWith(options.body, readJsonBody(event), '') : (undefined as z.output<B>);
      const query = options.query ? parseWith(options.query, event.queryStringParameters ?? {}, '') : (undefined as z.output<Q>);
      const idempotencyKey = event.headers['idempotency-key'];
      if (idempotencyKey !== undefined && !idempotencyKeyPattern.test(idempotencyKey)) {
        throw new InvalidRequestError([{ path: 'Idempotency-Key', message: 'Use 1 to 255 visible ASCII characters.' }]);
      }
      return toResponse(await fn({ caller, body, query, params: event.pathParameters ?? {}, idempotencyKey, event, context }));
    });
  return Object.assign(handler, { route });
}

/** Wraps a route anyone may call (no token): the common wrapper and errors turned into responses, nothing else. */
export function publicRoute(fn: (event: HttpEvent, context: Context) => Promise<JsonResult | APIGatewayProxyStructuredResultV2>) {
  return entryPoint<HttpEvent, APIGatewayProxyStructuredResultV2>()
    .use(httpErrors())
    .handler(async (event, context) => {
      logger.appendKeys({ requestId: event.requestContext.requestId, route: event.routeKey });
      const result = await fn(event, context);
      return 'body' in result && typeof result.body !== 'string' ? toResponse(result as JsonResult) : (result as APIGatewayProxyStructuredResultV2);
    });
}
