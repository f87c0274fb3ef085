import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import type { JwtAuthorizerContext } from './claims';
import type { RouteMatch } from './routes';

/** An HTTP request as the gateway received it, before API Gateway's rewriting. */
export interface ReceivedRequest {
  readonly method: string;
  /** The request target as sent: path and query, still percent-encoded. */
  readonly target: string;
  /** Header names and values in the order received, as Node's `rawHeaders` lists them. */
  readonly rawHeaders: readonly string[];
  readonly body: Buffer;
  readonly sourceIp: string;
  readonly localPort: number;
  readonly httpVersion: string;
  readonly requestId: string;
  readonly receivedAt: Date;
}

/** Fixed facts about the local API, where AWS would have its own. */
export interface ApiFacts {
  readonly accountId: string;
  readonly apiId: string;
}

/** A payload format 2.0 event as the JWT authorizer fills it in. */
export type HttpApiEvent = APIGatewayProxyEventV2 & {
  requestContext: APIGatewayProxyEventV2['requestContext'] & { authorizer?: { jwt: JwtAuthorizerContext } };
};

const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const textTypes = new Set(['application/json', 'application/javascript', 'application/xml', 'application/x-www-form-urlencoded']);

/** `12/Mar/2020:19:03:58 +0000`, the Common Log Format stamp of `requestContext.time`. */
export function eventTime(at: Date): string {
  const two = (value: number) => String(value).padStart(2, '0');
  const date = `${two(at.getUTCDate())}/${months[at.getUTCMonth()]}/${at.getUTCFullYear()}`;
  return `${date}:${two(at.getUTCHours())}:${two(at.getUTCMinutes())}:${two(at.getUTCSeconds())} +0000`;
}

/**
 * Whether API Gateway passes a body of this content type as text; any other body, including one
 * without a content type, reaches the function base64-encoded with `isBase64Encoded: true`.
 */
export function isTextContentType(contentType: string | undefined): boolean {
  if (contentType === undefined) return false;
  const mediaType = (contentType.split(';')[0] ?? '').trim().toLowerCase();
  return mediaType.startsWith('text/') || mediaType.endsWith('+json') || mediaType.endsWith('+xml') || textTypes.has(mediaType);
}

/** Headers lower-cased, with repeated headers joined by commas as payload format 2.0 joins them. */
export function joinHeaders(rawHeaders: readonly string[]): Record<string, string> {
  const headers: Record<string, string> = {};
  for (let index = 0; index + 1 < rawHeaders.length; index += 2) {
    const name = (rawHeaders[index] ?? '').toLowerCase();
    const value = rawHeaders[index + 1] ?? '';
    headers[name] = name in headers ? `${headers[name]},${value}` : value;
  }
  return headers;
}

function cookiesOf(cookieHeader: string | undefined): string[] {
  if (cookieHeader === undefined) return [];
  return cookieHeader
    .split(/[;,]/)
    .map((cookie) => cookie.trim())
    .filter(Boolean);
}

function queryParameters(rawQueryString: string): Record<string, string> | undefined {
  const search = new URLSearchParams(rawQueryString);
  const keys = [...new Set(search.keys())];
  if (keys.length === 0) return undefined;
  return Object.fromEntries(keys.map((key) => [key, search.getAll(key).join(',')]));
}

function traceId(at: Date, requestId: string): string {
  const seconds = Math.floor(at.getTime() / 1000).toString(16);
  const unique = Buffer.from(requestId).toString('hex').padEnd(24, '0').slice(0, 24);
  return `Root=1-${seconds}-${unique}`;
}

/**
 * Builds the payload format 2.0 event API Gateway sends a Lambda integration for one request:
 * headers lower-cased and comma-joined, cookies moved to `cookies`, query parameters decoded and
 * comma-joined, path parameters of the matched route, the forwarding headers API Gateway adds, a
 * body base64-encoded unless its content type is text, and the authorizer context when the route
 * has a JWT authorizer. Fields with nothing in them are left out, as on AWS.
 */
export function buildHttpEvent(request: ReceivedRequest, match: RouteMatch, api: ApiFacts, authorizer?: JwtAuthorizerContext): HttpApiEvent {
  const queryAt = request.target.indexOf('?');
  const rawPath = queryAt === -1 ? request.target : request.target.slice(0, queryAt);
  const rawQueryString = queryAt === -1 ? '' : request.target.slice(queryAt + 1);
  const { cookie, ...received } = joinHeaders(request.rawHeaders);
  const forwardedFor = received['x-forwarded-for'];
  const headers: Record<string, string> = {
    ...received,
    'x-amzn-trace-id': traceId(request.receivedAt, request.requestId),
    'x-forwarded-for': forwardedFor ? `${forwardedFor}, ${request.sourceIp}` : request.sourceIp,
    'x-forwarded-port': String(request.localPort),
    'x-forwarded-proto': 'http',
  };
  const domainName = (received['host'] ?? 'localhost').replace(/:\d+$/, '');
  const cookies = cookiesOf(cookie);
  const queryStringParameters = queryParameters(rawQueryString);
  const hasBody = request.body.length > 0;
  const bodyIsText = isTextContentType(received['content-type']);

  return {
    version: '2.0',
    routeKey: match.routeKey,
    rawPath,
    rawQueryString,
    ...(cookies.length > 0 ? { cookies } : {}),
    headers,
    ...(queryStringParameters ? { queryStringParameters } : {}),
    requestContext: {
      accountId: api.accountId,
      apiId: api.apiId,
      ...(authorizer ? { authorizer: { jwt: authorizer } } : {}),
      domainName,
      domainPrefix: domainName.split('.')[0] ?? domainName,
      http: {
        method: request.method,
        path: rawPath,
        protocol: `HTTP/${request.httpVersion}`,
        sourceIp: request.sourceIp,
        userAgent: received['user-agent'] ?? '',
      },
      requestId: request.requestId,
      routeKey: match.routeKey,
      stage: '$default',
      time: eventTime(request.receivedAt),
      timeEpoch: request.receivedAt.getTime(),
    },
    ...(hasBody ? { body: bodyIsText ? request.body.toString('utf8') : request.body.toString('base64') } : {}),
    ...(Object.keys(match.pathParameters).length > 0 ? { pathParameters: { ...match.pathParameters } } : {}),
    isBase64Encoded: hasBody && !bodyIsText,
  };
}
