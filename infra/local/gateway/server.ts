import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { listen } from '../listen';
import type { RouteSpec } from '../../system';
import type { LocalFunctions } from '../functions';
import { JwtAuthorizer, type JwtAuthorizerConfig } from './authorizer';
import { jwtAuthorizerContext } from './claims';
import { preflightResponse, responseCorsHeaders, type CorsConfig } from './cors';
import { buildHttpEvent, type ApiFacts, type ReceivedRequest } from './event';
import { gatewayError, responseFor, type GatewayResponse } from './response';
import { routeMatcher } from './routes';
import { readBody } from '../request-body';

/** A running local API gateway. */
export interface ApiGateway {
  readonly endpoint: string;
  stop(): Promise<void>;
}

/** API Gateway's payload limit for HTTP APIs. */
export const maxBodyBytes = 10 * 1024 * 1024;
const localApi: ApiFacts = { accountId: '000000000000', apiId: 'local' };

/** API Gateway's request ids look like `Mc7UVioPPHcEKPA=`. */
function newRequestId(): string {
  return randomBytes(10).toString('base64');
}

function send(response: ServerResponse, result: GatewayResponse, requestId: string): void {
  for (const [name, value] of result.headers) response.appendHeader(name, value);
  response.setHeader('apigw-requestid', requestId);
  response.setHeader('content-length', result.body.length);
  response.writeHead(result.statusCode);
  response.end(result.body);
}

/**
 * Starts the local HTTP API: it selects a route by method and path, runs the JWT authorizer on
 * routes whose auth is 'customer' or 'agent' (401 without invoking the function when the token is
 * refused; group checks are the function's job), builds the payload format 2.0 event, invokes the
 * route's function and maps its result as API Gateway does. No route → 404, body over 10 MB → 413.
 * @throws Error when the port is taken or a route's path is malformed.
 */
export async function startApiGateway(o: {
  host: string;
  port: number;
  region: string;
  routes: readonly RouteSpec[];
  functions: Pick<LocalFunctions, 'invoke'>;
  authorizer: JwtAuthorizerConfig;
  /** CORS as the deployed HTTP API has it; none when no origin is configured. */
  cors?: CorsConfig;
  log?: (line: string) => void;
}): Promise<ApiGateway> {
  const match = routeMatcher(o.routes);
  const authorizer = new JwtAuthorizer(o.authorizer);
  const log = o.log ?? ((line: string) => console.error(`[api] ${line}`));

  async function handle(request: IncomingMessage, requestId: string, receivedAt: Date): Promise<GatewayResponse> {
    const body = await readBody(request, maxBodyBytes);
    if (body === 'tooLarge') return gatewayError(413, 'Request Entity Too Large');
    const target = request.url ?? '/';
    const method = request.method ?? 'GET';
    const preflight = preflightResponse(method, request.headers, o.cors);
    if (preflight) return preflight;
    const response = await routed(request, method, target, body, requestId, receivedAt);
    return { ...response, headers: [...response.headers, ...responseCorsHeaders(request.headers, o.cors)] };
  }

  async function routed(request: IncomingMessage, method: string, target: string, body: Buffer, requestId: string, receivedAt: Date): Promise<GatewayResponse> {
    const selected = match(method, target.split('?')[0] ?? '/');
    if (!selected) return gatewayError(404, 'Not Found');

    let authorizerContext;
    if (selected.route.auth !== 'none') {
      const decision = await authorizer.authorize(request.headers.authorization);
      if (!decision.ok) return gatewayError(401, 'Unauthorized', [['www-authenticate', decision.challenge]]);
      authorizerContext = jwtAuthorizerContext(decision.payload);
    }

    const received: ReceivedRequest = {
      method,
      target,
      rawHeaders: request.rawHeaders,
      body,
      sourceIp: (request.socket.remoteAddress ?? '127.0.0.1').replace(/^::ffff:/, ''),
      localPort: request.socket.localPort ?? 0,
      httpVersion: request.httpVersion,
      requestId,
      receivedAt,
    };
    const event = buildHttpEvent(received, selected, localApi, authorizerContext);
    const [response, problem] = responseFor(await o.functions.invoke(selected.route.function, event));
    if (problem) log(`${selected.routeKey} (${selected.route.function}) answered 500: ${problem}`);
    return response;
  }

  const server = createServer((request, response) => {
    const requestId = newRequestId();
    handle(request, requestId, new Date()).then(
      (result) => send(response, result, requestId),
      (error: unknown) => {
        log(`${request.method} ${request.url} failed: ${error instanceof Error ? error.message : String(error)}`);
        if (!response.headersSent) send(response, gatewayError(500, 'Internal Server Error'), requestId);
      },
    );
  });
  const listening = await listen(server, o.host, o.port);
  return {
    endpoint: listening.endpoint,
    stop: () => listening.close(),
  };
}
