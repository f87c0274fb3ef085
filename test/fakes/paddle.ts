/**
 * A fake Paddle Billing: `POST /adjustments` as documented (Bearer API key, 403 authentication
 * errors, 400 validation errors, 201 with the adjustment entity), and signed adjustment webhooks.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import type { WebhookDelivery } from '../../functions/providers/types';
import { localProviderSecrets } from '../../infra/local/secrets';
import { startFakeServer, type FakeAnswer, type FakeProvider, type RecordedRequest } from './server';
import { signPaddleWebhook, unixNow } from './signing';

/** A Paddle id: prefix, underscore, 26 lower-case letters and digits (`adj_01h...`). */
export function paddleId(prefix: string): string {
  const alphabet = 'abcdefghijklmnopqrstuvwxyz0123456789';
  return `${prefix}_${[...randomBytes(26)].map((byte) => alphabet[byte % alphabet.length]).join('')}`;
}

function paddleError(status: number, code: string, detail: string, errors?: readonly { field: string; message: string }[]): FakeAnswer {
  return {
    status,
    body: {
      error: {
        type: status === 429 || status >= 500 ? 'api_error' : 'request_error',
        code,
        detail,
        documentation_url: `https://developer.paddle.com/errors/shared/${code}`,
        ...(errors ? { errors } : {}),
      },
      meta: { request_id: randomUUID() },
    },
  };
}

function failureBody(status: number): unknown {
  if (status === 429) return paddleError(429, 'too_many_requests', 'IP address exceeded the allowed rate limit. Retry after the number of seconds in the Retry-After header.').body;
  if (status >= 500) return paddleError(status, 'internal_error', 'An internal error occurred.').body;
  return paddleError(status, 'bad_request', 'Invalid request.').body;
}

interface AdjustmentInput {
  action?: unknown;
  transaction_id?: unknown;
  reason?: unknown;
  type?: unknown;
  items?: unknown;
}

function validate(input: AdjustmentInput): { field: string; message: string }[] {
  const problems: { field: string; message: string }[] = [];
  if (input.action !== 'refund' && input.action !== 'credit') problems.push({ field: 'action', message: 'must be one of refund, credit' });
  if (typeof input.transaction_id !== 'string' || !/^txn_[a-z\d]{26}$/.test(input.transaction_id)) {
    problems.push({ field: 'transaction_id', message: 'does not match the pattern ^txn_[a-z\\d]{26}$' });
  }
  if (typeof input.reason !== 'string' || input.reason.trim() === '') problems.push({ field: 'reason', message: 'is required' });
  const type = input.type ?? 'partial';
  if (type !== 'full' && type !== 'partial') problems.push({ field: 'type', message: 'must be one of full, partial' });
  if (type === 'partial' && !Array.isArray(input.items)) problems.push({ field: 'items', message: 'is required for a partial adjustment' });
  return problems;
}

function createAdjustment(request: RecordedRequest, apiKey: string): FakeAnswer {
  const authorization = request.headers['authorization'];
  if (!authorization) return paddleError(403, 'authentication_missing', 'Authentication header missing.');
  if (!/^Bearer \S+$/.test(authorization)) return paddleError(403, 'authentication_malformed', 'Authentication header included, but incorrectly formatted.');
  if (authorization !== `Bearer ${apiKey}`) return paddleError(403, 'invalid_token', 'Invalid or revoked API key.');
  let input: AdjustmentInput;
  try {
    input = JSON.parse(request.body) as AdjustmentInput;
  } catch {
    return paddleError(400, 'invalid_json', 'Invalid JSON request body.');
  }
  const problems = validate(input);
  if (problems.length > 0) return paddleError(400, 'bad_request', 'Invalid request.', problems);
  const now = new Date().toISOString();
  return {
    status: 201,
    body: {
      data: {
        id: paddleId('adj'),
        action: input.action,
        type: input.type ?? 'partial',
        transaction_id: input.transaction_id,
        subscription_id: null,
        customer_id: paddleId('ctm'),
        reason: input.reason,
        credit_applied_to_balance: null,
        currency_code: 'USD',
        status: input.action === 'credit' ? 'approved' : 'pending_approval',
        items: [],
        totals: { subtotal: '0', tax: '0', total: '0', fee: '0', earnings: '0', currency_code: 'USD' },
        payout_totals: null,
        tax_rates_used: [],
        created_at: now,
        updated_at: now,
      },
      meta: { request_id: randomUUID() },
    },
  };
}

/**
 * Starts a fake Paddle Billing API that accepts `apiKey` (the local default unless given).
 * @throws the listen error.
 */
export function startFakePaddle(options: { host?: string; port?: number; apiKey?: string } = {}): Promise<FakeProvider> {
  const apiKey = options.apiKey ?? localProviderSecrets.paddleApiKey;
  return startFakeServer({
    ...(options.host ? { host: options.host } : {}),
    ...(options.port === undefined ? {} : { port: options.port }),
    failureBody,
    handle: (request) =>
      request.method === 'POST' && request.path === '/adjustments'
        ? createAdjustment(request, apiKey)
        : paddleError(404, 'not_found', `Requested resource ${request.method} ${request.path} not found.`),
  });
}

export interface PaddleWebhookInput {
  readonly adjustmentId: string;
  readonly status: 'approved' | 'rejected' | 'pending_approval' | 'reversed';
  /** One secret, or several as during a rotation (one h1 each). The local default otherwise. */
  readonly secret?: string | readonly string[];
  readonly eventType?: 'adjustment.updated' | 'adjustment.created' | string;
  readonly eventId?: string;
  readonly transactionId?: string;
  readonly reason?: string;
  /** When it was signed (Unix seconds); now otherwise. */
  readonly timestamp?: number;
}

/** A Paddle adjustment event as Paddle delivers it: the JSON body and its `paddle-signature`. */
export function paddleWebhookDelivery(input: PaddleWebhookInput): WebhookDelivery {
  const now = new Date().toISOString();
  const rawBody = JSON.stringify({
    event_id: input.eventId ?? paddleId('evt'),
    event_type: input.eventType ?? 'adjustment.updated',
    occurred_at: now,
    notification_id: paddleId('ntf'),
    data: {
      id: input.adjustmentId,
      action: 'refund',
      type: 'full',
      transaction_id: input.transactionId ?? paddleId('txn'),
      subscription_id: null,
      customer_id: paddleId('ctm'),
      reason: input.reason ?? 'Refund requested by the customer',
      credit_applied_to_balance: null,
      currency_code: 'USD',
      status: input.status,
      items: [],
      totals: { subtotal: '0', tax: '0', total: '0', fee: '0', earnings: '0', currency_code: 'USD' },
      payout_totals: null,
      created_at: now,
      updated_at: now,
    },
  });
  const signature = signPaddleWebhook(rawBody, input.secret ?? localProviderSecrets.paddleWebhookSecrets, input.timestamp ?? unixNow());
  return { rawBody, headers: { 'content-type': 'application/json', 'paddle-signature': signature } };
}
