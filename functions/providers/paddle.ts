/**
 * Paddle Billing: refunds are adjustments (`POST /adjustments`, action refund, type full); their
 * review is announced by `adjustment.updated` webhooks signed with the `Paddle-Signature` header.
 */
import { joinUrl, parseJson, sendWithRetry, type HttpOptions } from './http';
import * as z from 'zod/mini';
import { checkFreshness, hmacHex, readSigned, requiredHeader, sameDigest } from './signatures';
import {
  ProviderRejectedError,
  WebhookSignatureError,
  type PaddleClient,
  type PaddleRefundRequest,
  type ProviderOutcome,
  type WebhookDelivery,
} from './types';

export interface PaddleClientOptions extends HttpOptions {
  /** https://api.paddle.com, https://sandbox-api.paddle.com, or a fake's endpoint. */
  readonly baseUrl: string;
  readonly apiKey: string;
}

interface PaddleError {
  readonly error?: { readonly code?: string; readonly detail?: string; readonly errors?: readonly { field?: string; message?: string }[] };
}

function refusal(status: number, body: string): ProviderRejectedError {
  const parsed = parseJson(body) as PaddleError | undefined;
  const error = parsed?.error;
  const fields = (error?.errors ?? []).map((problem) => `${problem.field ?? '?'}: ${problem.message ?? '?'}`).join('; ');
  const detail = [error?.code, error?.detail, fields].filter(Boolean).join(' - ');
  return new ProviderRejectedError(`Paddle refused the refund (HTTP ${status}${detail ? `: ${detail}` : ''})`);
}

/**
 * A Paddle Billing client that asks for full refunds.
 * Its calls throw ProviderUnavailableError (retried failures) or ProviderRejectedError (a 4xx,
 * with Paddle's error code and detail).
 */
export function createPaddleClient(options: PaddleClientOptions): PaddleClient {
  return {
    async requestRefund(request: PaddleRefundRequest) {
      // Adjustments carry no custom data: the reason, shown in Paddle's dashboard, names the ticket.
      const body = JSON.stringify({
        action: 'refund',
        transaction_id: request.transactionId,
        reason: `${request.reason} (Ticketflow ticket ${request.ticketNumber})`,
        type: 'full',
      });
      const response = await sendWithRetry(
        'Paddle',
        joinUrl(options.baseUrl, '/adjustments'),
        {
          method: 'POST',
          headers: { authorization: `Bearer ${options.apiKey}`, 'content-type': 'application/json', accept: 'application/json' },
          body,
        },
        options,
      );
      if (response.status >= 400) throw refusal(response.status, response.body);
      const id = (parseJson(response.body) as { data?: { id?: unknown } } | undefined)?.data?.id;
      if (typeof id !== 'string' || id === '') throw new ProviderRejectedError(`Paddle answered HTTP ${response.status} without an adjustment id`);
      return { provider: 'paddle', reference: id };
    },
  };
}

export interface PaddleWebhookOptions {
  /** The notification destination's secret keys: more than one while a key is being rotated. */
  readonly secrets: readonly string[];
  readonly toleranceSeconds: number;
  readonly now?: Date;
}

function parseSignatureHeader(header: string): { ts: string; h1: string[] } {
  let ts: string | undefined;
  const h1: string[] = [];
  for (const part of header.split(';')) {
    const separator = part.indexOf('=');
    if (separator < 0) continue;
    const key = part.slice(0, separator).trim();
    const value = part.slice(separator + 1).trim();
    if (key === 'ts') ts = value;
    else if (key === 'h1') h1.push(value);
  }
  if (ts === undefined || h1.length === 0) throw new WebhookSignatureError('The Paddle-Signature header has no ts or no h1');
  return { ts, h1 };
}

const adjustmentStatuses: Readonly<Record<string, ProviderOutcome['outcome']>> = {
  approved: 'approved',
  rejected: 'rejected',
  pending_approval: 'pending',
};

/**
 * A Paddle Billing notification as documented (event_id, event_type, occurred_at, data: the entity),
 * with what a refund's review needs of an adjustment entity; other fields are dropped.
 */
const paddleEventSchema = z.object({
  event_id: z.string(),
  event_type: z.string(),
  data: z.object({ id: z.string(), status: z.optional(z.string()), reason: z.optional(z.nullable(z.string())) }),
});

/**
 * Verifies a Paddle webhook and says what it means: `Paddle-Signature: ts=<unix>;h1=<hex>` (h1
 * repeated while a secret is rotated) is HMAC-SHA256 over `<ts>:<raw body>` with the destination's
 * secret; any h1 matching any configured secret is accepted. `adjustment.updated` with approved or
 * rejected decides; `adjustment.created`, pending_approval and any other event are progress only.
 * @throws WebhookSignatureError when the header is missing or malformed, no signature matches,
 * the timestamp is outside the tolerance, or the signed body is not a Paddle event.
 */
export function verifyPaddleWebhook(delivery: WebhookDelivery, options: PaddleWebhookOptions): ProviderOutcome {
  const { ts, h1 } = parseSignatureHeader(requiredHeader(delivery, 'Paddle-Signature'));
  const signed = `${ts}:${delivery.rawBody}`;
  const matches = options.secrets.some((secret) => {
    const expected = hmacHex('sha256', secret, signed);
    return h1.some((candidate) => sameDigest(expected, candidate));
  });
  if (!matches) throw new WebhookSignatureError('No Paddle-Signature h1 matches a configured secret');
  checkFreshness(ts, options.toleranceSeconds, options.now ?? new Date());

  const event = readSigned(paddleEventSchema, parseJson(delivery.rawBody), 'The signed body is not a Paddle event (event_id, event_type, data.id)');
  const { event_id: eventId, event_type: eventType } = event;
  const reference = event.data.id;
  const status = event.data.status ?? 'unknown';
  const reason = event.data.reason ?? undefined;
  const decides = eventType === 'adjustment.updated' || eventType === 'adjustment.created';
  const outcome = (decides ? adjustmentStatuses[status] : undefined) ?? 'pending';
  const note = decides && adjustmentStatuses[status] ? reason : `Paddle ${eventType} with status ${status}${reason ? `: ${reason}` : ''}`;
  return { provider: 'paddle', eventId, reference, outcome, ...(note ? { internalComment: note } : {}) };
}
