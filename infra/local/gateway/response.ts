import type { InvokeOutcome } from '../functions';

/** An HTTP response to send: status, headers (a name may repeat) and body bytes. */
export interface GatewayResponse {
  readonly statusCode: number;
  readonly headers: readonly (readonly [string, string])[];
  readonly body: Buffer;
}

/** Why a function's result could not be turned into a response, for the local log. */
export interface MappingProblem {
  readonly problem: string;
}

const json = 'application/json';

/** The JSON error responses API Gateway answers with itself: `{"message": ...}`. */
export function gatewayError(statusCode: number, message: string, headers: readonly (readonly [string, string])[] = []): GatewayResponse {
  return { statusCode, headers: [['content-type', json], ...headers], body: Buffer.from(JSON.stringify({ message })) };
}

const internalServerError = () => gatewayError(500, 'Internal Server Error');

type Scalar = string | number | boolean;
const isScalar = (value: unknown): value is Scalar => ['string', 'number', 'boolean'].includes(typeof value);
const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

function structuredHeaders(result: Record<string, unknown>): (readonly [string, string])[] | MappingProblem {
  const headers: (readonly [string, string])[] = [];
  const single = result['headers'] ?? {};
  const multi = result['multiValueHeaders'] ?? {};
  const cookies = result['cookies'] ?? [];
  if (!isRecord(single) || !Object.values(single).every(isScalar)) return { problem: 'headers must map names to strings' };
  if (!isRecord(multi) || !Object.values(multi).every((values) => Array.isArray(values) && values.every(isScalar))) {
    return { problem: 'multiValueHeaders must map names to lists of strings' };
  }
  if (!Array.isArray(cookies) || !cookies.every((cookie) => typeof cookie === 'string')) return { problem: 'cookies must be a list of strings' };
  for (const [name, values] of Object.entries(multi) as [string, Scalar[]][]) {
    for (const value of values) headers.push([name.toLowerCase(), String(value)]);
  }
  for (const [name, value] of Object.entries(single) as [string, Scalar][]) {
    const lower = name.toLowerCase();
    if (!headers.some(([existing, text]) => existing === lower && text === String(value))) headers.push([lower, String(value)]);
  }
  for (const cookie of cookies as string[]) headers.push(['set-cookie', cookie]);
  if (!headers.some(([name]) => name === 'content-type')) headers.push(['content-type', json]);
  return headers;
}

function structuredResponse(result: Record<string, unknown>): GatewayResponse | MappingProblem {
  const { statusCode, body = '', isBase64Encoded = false } = result;
  if (typeof statusCode !== 'number' || !Number.isInteger(statusCode) || statusCode < 100 || statusCode > 599) {
    return { problem: `statusCode must be an HTTP status, not ${JSON.stringify(statusCode)}` };
  }
  if (typeof body !== 'string') return { problem: `body must be a string, not ${typeof body === 'object' ? 'an object' : typeof body}` };
  if (typeof isBase64Encoded !== 'boolean') return { problem: 'isBase64Encoded must be true or false' };
  const headers = structuredHeaders(result);
  if ('problem' in headers) return headers;
  return { statusCode, headers, body: isBase64Encoded ? Buffer.from(body, 'base64') : Buffer.from(body) };
}

/**
 * Turns what a function returned into the response API Gateway sends, by payload format 2.0's
 * rules: a result carrying `statusCode` is a structured response (headers, multiValueHeaders,
 * cookies as `set-cookie`, a string body, base64-decoded when `isBase64Encoded`; content type
 * application/json unless it sets one); any other result is itself the JSON body of a 200. A
 * function error or a malformed structured response becomes 500 `{"message":"Internal Server
 * Error"}`; the second member of the pair says why, for the local log.
 */
export function responseFor(outcome: InvokeOutcome): [GatewayResponse, string | undefined] {
  if (!outcome.ok) return [internalServerError(), `${outcome.error.errorType}: ${outcome.error.errorMessage}`];
  const payload = outcome.payload;
  if (isRecord(payload) && 'statusCode' in payload) {
    const mapped = structuredResponse(payload);
    return 'problem' in mapped ? [internalServerError(), `malformed Lambda proxy response: ${mapped.problem}`] : [mapped, undefined];
  }
  const body = typeof payload === 'string' ? payload : JSON.stringify(payload ?? null);
  return [{ statusCode: 200, headers: [['content-type', json]], body: Buffer.from(body) }, undefined];
}
