import type { IncomingHttpHeaders } from 'node:http';
import type { CorsSpec } from '../../system';
import type { GatewayResponse } from './response';

/** The HTTP API's CORS configuration: the system's policy and the deployment's origins. */
export interface CorsConfig extends CorsSpec {
  readonly allowOrigins: readonly string[];
}

type Header = readonly [string, string];

function allowedOrigin(headers: IncomingHttpHeaders, cors: CorsConfig): string | undefined {
  const origin = headers.origin;
  if (origin === undefined) return undefined;
  return cors.allowOrigins.includes('*') || cors.allowOrigins.includes(origin) ? origin : undefined;
}

/**
 * Answers a CORS preflight as an HTTP API with CORS configured does: any OPTIONS request carrying
 * Origin and Access-Control-Request-Method gets 204 before routes and authorizers, with the
 * allow headers only when the origin is allowed. Undefined when the request is no preflight.
 */
export function preflightResponse(method: string, headers: IncomingHttpHeaders, cors: CorsConfig | undefined): GatewayResponse | undefined {
  if (!cors || method !== 'OPTIONS' || headers.origin === undefined || headers['access-control-request-method'] === undefined) return undefined;
  const origin = allowedOrigin(headers, cors);
  const allow: Header[] = origin
    ? [
        ['access-control-allow-origin', origin],
        ['access-control-allow-methods', cors.allowMethods.join(',')],
        ['access-control-allow-headers', cors.allowHeaders.join(',')],
        ['access-control-max-age', String(cors.maxAgeSeconds)],
        ['vary', 'origin'],
      ]
    : [];
  return { statusCode: 204, headers: allow, body: Buffer.alloc(0) };
}

/** The CORS headers API Gateway adds to an actual response for an allowed origin. */
export function responseCorsHeaders(headers: IncomingHttpHeaders, cors: CorsConfig | undefined): Header[] {
  const origin = cors ? allowedOrigin(headers, cors) : undefined;
  if (!cors || !origin) return [];
  return [
    ['access-control-allow-origin', origin],
    ...(cors.exposeHeaders.length > 0 ? [['access-control-expose-headers', cors.exposeHeaders.join(',')] as const] : []),
    ['vary', 'origin'],
  ];
}
