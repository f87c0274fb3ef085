import middy from '@middy/core';
import type { MiddlewareObj } from '@middy/core';
import type { APIGatewayProxyEventV2WithJWTAuthorizer, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { ClientError, UnauthenticatedError } from './errors';

/** What a route function returns: the success status and a body to serialize as JSON. */
export interface JsonResult {
  readonly statusCode: number;
  readonly body: unknown;
  readonly headers?: Readonly<Record<string, string>>;
}

export type HttpEvent = APIGatewayProxyEventV2WithJWTAuthorizer;
type RouteFn = (event: HttpEvent) => Promise<JsonResult>;

const jsonHeaders = { 'content-type': 'application/json; charset=utf-8' };

function toResponse(result: JsonResult): APIGatewayProxyStructuredResultV2 {
  return { statusCode: result.statusCode, headers: { ...jsonHeaders, ...result.headers }, body: JSON.stringify(result.body) };
}

/**
 * Turns every thrown error into a response: a ClientError carries its status and message, any
 * other error a generic 500 whose details stay in the log. Kept last in every chain.
 */
export function httpErrors(): MiddlewareObj<HttpEvent, APIGatewayProxyStructuredResultV2> {
  return {
    name: 'httpErrors',
    onError: (request) => {
      const error = request.error;
      if (error instanceof ClientError) {
        const body = { error: { code: error.code, message: error.message, fields: error.fields } };
        request.response = toResponse({ statusCode: error.statusCode, body });
        return;
      }
      console.error(JSON.stringify({ level: 'ERROR', message: 'unhandled error', error: String(error), stack: error?.stack }));
      request.response = toResponse({
        statusCode: 500,
        body: { error: { code: 'internal', message: 'Something went wrong on our side. Try again later.', fields: [] } },
      });
    },
  };
}

/** Wraps a route function in the middleware every HTTP route shares. */
export function httpRoute(fn: RouteFn) {
  return middy<HttpEvent, APIGatewayProxyStructuredResultV2>()
    .use(httpErrors())
    .handler(async (event) => toResponse(await fn(event)));
}

/** The signed-in caller, as the JWT authorizer passed them on. */
export interface Caller {
  readonly sub: string;
  readonly email: string;
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
  return { sub, email, groups: parseGroups(claims['cognito:groups']) };
}

/** API Gateway passes a list claim as a string such as "[agents admins]"; tokens hold an array. */
function parseGroups(value: unknown): string[] {
  if (Array.isArray(value)) return value.map(String);
  if (typeof value !== 'string' || value === '') return [];
  return value.replace(/^\[|\]$/g, '').split(/[\s,]+/).filter(Boolean);
}
