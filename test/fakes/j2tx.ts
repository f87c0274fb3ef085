/**
 * A fake J2TX on the contract in functions/providers/j2tx-contract.md: `POST /v1/applications`
 * with a Bearer key and Idempotency-Key replay, and `application.reviewed` webhooks signed with
 * `X-J2TX-Signature` over `<timestamp>.<raw body>`.
 */
import { randomBytes } from 'node:crypto';
import type { WebhookDelivery } from '../../functions/providers/types';
import { localProviderSecrets } from '../../infra/local/secrets';
import { startFakeServer, type FakeAnswer, type FakeProvider, type RecordedRequest } from './server';
import { signJ2txWebhook, unixNow } from './signing';

const refuse = (status: number, code: string, message: string): FakeAnswer => ({ status, body: { error: { code, message } } });

function failureBody(status: number): unknown {
  return { error: { code: status === 429 ? 'rate_limited' : 'unavailable', message: `J2TX answered ${status}` } };
}

interface ApplicationInput {
  externalId?: unknown;
  kind?: unknown;
  country?: unknown;
  address?: unknown;
  email?: unknown;
  name?: unknown;
  additionalInformation?: unknown;
}

function problems(input: ApplicationInput): string[] {
  const found: string[] = [];
  const text = (value: unknown) => typeof value === 'string' && value.trim() !== '';
  if (!text(input.externalId)) found.push('externalId is required');
  if (input.kind !== 'verification' && input.kind !== 'address_change') found.push('kind must be verification or address_change');
  if (typeof input.country !== 'string' || !/^[A-Z]{2}$/.test(input.country)) found.push('country must be an ISO 3166-1 alpha-2 code');
  if (!text(input.email) || !String(input.email).includes('@')) found.push('email is required');
  if (!text(input.name)) found.push('name is required');
  if (input.address !== undefined && !text(input.address)) found.push('address must be text');
  if (input.additionalInformation !== undefined && !text(input.additionalInformation)) found.push('additionalInformation must be text');
  return found;
}

function createHandler(apiKey: string): (request: RecordedRequest) => FakeAnswer {
  const replays = new Map<string, { body: string; answer: FakeAnswer }>();
  return (request) => {
    if (request.method !== 'POST' || request.path !== '/v1/applications') return refuse(404, 'not_found', `No route ${request.method} ${request.path}`);
    if (request.headers['authorization'] !== `Bearer ${apiKey}`) return refuse(401, 'unauthorized', 'Missing or invalid API key');
    const key = request.headers['idempotency-key'];
    const seen = key ? replays.get(key) : undefined;
    if (seen) return seen.body === request.body ? seen.answer : refuse(409, 'idempotency_key_reused', 'This Idempotency-Key was used with another body');
    let input: ApplicationInput;
    try {
      input = JSON.parse(request.body) as ApplicationInput;
    } catch {
      return refuse(400, 'invalid_json', 'The body is not JSON');
    }
    const found = problems(input);
    if (found.length > 0) return refuse(400, 'invalid_application', found.join('; '));
    const answer: FakeAnswer = { status: 201, body: { id: `app_${randomBytes(12).toString('hex')}`, status: 'pending' } };
    if (key) replays.set(key, { body: request.body, answer });
    return answer;
  };
}

/**
 * Starts a fake J2TX API accepting `apiKey` (the local default unless given).
 * @throws the listen error.
 */
export function startFakeJ2tx(options: { host?: string; port?: number; apiKey?: string } = {}): Promise<FakeProvider> {
  return startFakeServer({
    ...(options.host ? { host: options.host } : {}),
    ...(options.port === undefined ? {} : { port: options.port }),
    failureBody,
    handle: createHandler(options.apiKey ?? localProviderSecrets.j2txApiKey),
  });
}

export interface J2txWebhookInput {
  readonly applicationId: string;
  /** Our ticket number, as sent in the application. */
  readonly externalId?: string;
  readonly answer: 'approved' | 'declined' | 'needs_information';
  readonly secret?: string;
  readonly customerComment?: string;
  readonly internalComment?: string;
  readonly eventId?: string;
  readonly type?: string;
  /** When it was signed (Unix seconds); now otherwise. */
  readonly timestamp?: number;
}

/** An `application.reviewed` event as J2TX delivers it: the JSON body and its signature headers. */
export function j2txWebhookDelivery(input: J2txWebhookInput): WebhookDelivery {
  const rawBody = JSON.stringify({
    eventId: input.eventId ?? `evt_${randomBytes(12).toString('hex')}`,
    type: input.type ?? 'application.reviewed',
    applicationId: input.applicationId,
    externalId: input.externalId ?? '',
    review: {
      answer: input.answer,
      ...(input.customerComment === undefined ? {} : { customerComment: input.customerComment }),
      ...(input.internalComment === undefined ? {} : { internalComment: input.internalComment }),
    },
  });
  const timestamp = input.timestamp ?? unixNow();
  return {
    rawBody,
    headers: {
      'content-type': 'application/json',
      'x-j2tx-timestamp': String(timestamp),
      'x-j2tx-signature': signJ2txWebhook(rawBody, input.secret ?? localProviderSecrets.j2txWebhookSecret, timestamp),
    },
  };
}
