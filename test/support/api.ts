import { randomUUID } from 'node:crypto';
import { inject } from 'vitest';
import { issueToken } from '../../infra/local/identity';
import { responseProblem } from './openapi-contract';

/** What a request to the local API answered. */
export interface ApiResponse<T = any> {
  readonly status: number;
  readonly headers: Headers;
  readonly body: T;
}

/** A signed-in user of the local API, as a front end would call it. */
export interface ApiUser {
  readonly email: string;
  readonly token: string;
  request<T = any>(method: string, path: string, options?: { body?: unknown; rawBody?: string; headers?: Record<string, string> }): Promise<ApiResponse<T>>;
  get<T = any>(path: string): Promise<ApiResponse<T>>;
  post<T = any>(path: string, body?: unknown, headers?: Record<string, string>): Promise<ApiResponse<T>>;
}

/**
 * Calls the local API, with a token when one is given.
 * @throws Error when the response does not match what the OpenAPI document says of its operation
 * and status (test/support/openapi-contract.ts), so every test that calls the API checks its contract.
 */
export async function callApi<T = any>(
  method: string,
  path: string,
  options: { token?: string; body?: unknown; rawBody?: string; headers?: Record<string, string> } = {},
): Promise<ApiResponse<T>> {
  const cloud = inject('localCloud');
  const headers: Record<string, string> = { ...(options.token ? { authorization: `Bearer ${options.token}` } : {}) };
  let body: string | undefined = options.rawBody;
  if (options.body !== undefined) {
    headers['content-type'] = 'application/json';
    body = JSON.stringify(options.body);
  }
  const response = await fetch(`${cloud.api}${path}`, { method, headers: { ...headers, ...options.headers }, ...(body !== undefined ? { body } : {}) });
  const text = await response.text();
  let parsed: unknown = text;
  try {
    parsed = JSON.parse(text);
  } catch {
    // not JSON: keep the text
  }
  const problem = responseProblem(method, path, response.status, response.headers.get('content-type'), parsed);
  if (problem) throw new Error(problem);
  return { status: response.status, headers: response.headers, body: parsed as T };
}

/**
 * A user with a fresh email (so tests never see each other's tickets), signed in through the
 * local identity provider; `agent` puts them in the agents group, `verified: false` gives a token
 * whose email is not verified.
 */
export async function signIn(options: { agent?: boolean; email?: string; verified?: boolean } = {}): Promise<ApiUser> {
  const cloud = inject('localCloud');
  const email = options.email ?? `${options.agent ? 'agent' : 'customer'}-${randomUUID().slice(0, 8)}@example.com`;
  const token = await issueToken({ keyDir: cloud.identityDir, issuer: cloud.issuer, audience: cloud.audience, email, agent: options.agent ?? false, verified: options.verified ?? true });
  const request = <T>(method: string, path: string, o: { body?: unknown; rawBody?: string; headers?: Record<string, string> } = {}) =>
    callApi<T>(method, path, { ...o, token });
  return {
    email,
    token,
    request,
    get: (path) => request('GET', path),
    post: (path, body, headers) => request('POST', path, { body: body ?? {}, ...(headers ? { headers } : {}) }),
  };
}

/** A valid ticket form of the given type, with the details that type needs. */
export function ticketForm(type: string, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  const details: Record<string, unknown> = {
    refund: { provider: 'paddle', transactionId: 'txn_01h8bkrkjyxgtnvwf9s8d1tqzn', amount: '49.00', currency: 'USD' },
    withdrawal: { amount: '250.00', currency: 'USDT', destination: 'TRC20 wallet TQn9Y2khEsLJW1ChVWFMSMeRDow5KcbLSE' },
    kyc: { kind: 'verification', country: 'DE' },
  };
  return {
    type,
    name: 'Alice Example',
    subject: `Help with my ${type.replace('_', ' ')}`,
    description: 'Steps, what I expected and what happened.',
    ...(details[type] ? { details: details[type] } : {}),
    ...overrides,
  };
}
