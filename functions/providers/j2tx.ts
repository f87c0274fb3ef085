/**
 * J2TX, the KYC vendor, on the contract we defined for it (j2tx-contract.md): applications are
 * posted as JSON with a bearer key; verdicts come back as webhooks signed with
 * `X-J2TX-Signature: sha256=<hex>` over `<X-J2TX-Timestamp>.<raw body>`.
 */
import { createHash } from 'node:crypto';
import { joinUrl, parseJson, sendWithRetry, type HttpOptions } from './http';
import * as z from 'zod/mini';
import { checkFreshness, hmacHex, presentText, readSigned, requiredHeader, sameDigest } from './signatures';
import {
  ProviderRejectedError,
  WebhookSignatureError,
  type J2txApplicationRequest,
  type J2txClient,
  type ProviderOutcome,
  type WebhookDelivery,
} from './types';

export interface J2txClientOptions extends HttpOptions {
  readonly baseUrl: string;
  readonly apiKey: string;
}

/** The JSON body of an application, with the contract's field names. */
export function applicationBody(request: J2txApplicationRequest): string {
  return JSON.stringify({
    externalId: request.ticketNumber,
    kind: request.kind,
    country: request.country,
    ...(request.address === undefined ? {} : { address: request.address }),
    email: request.email,
    name: request.name,
    ...(request.additionalInformation === undefined ? {} : { additionalInformation: request.additionalInformation }),
  });
}

/**
 * A J2TX client that submits applications. The Idempotency-Key is derived from the ticket and the
 * body, so a retry after a timeout is answered from J2TX's record instead of opening a second file.
 * Its calls throw ProviderUnavailableError (retried failures) or ProviderRejectedError (a 4xx).
 */
export function createJ2txClient(options: J2txClientOptions): J2txClient {
  return {
    async submitApplication(request: J2txApplicationRequest) {
      const body = applicationBody(request);
      const digest = createHash('sha256').update(body).digest('hex').slice(0, 16);
      const response = await sendWithRetry(
        'J2TX',
        joinUrl(options.baseUrl, '/v1/applications'),
        {
          method: 'POST',
          headers: {
            authorization: `Bearer ${options.apiKey}`,
            'content-type': 'application/json',
            accept: 'application/json',
            'idempotency-key': `${request.ticketNumber}-${digest}`,
          },
          body,
        },
        options,
      );
      const answer = parseJson(response.body) as { id?: unknown; error?: { code?: unknown; message?: unknown } } | undefined;
      if (response.status >= 400) {
        const detail = [answer?.error?.code, answer?.error?.message].filter((part) => typeof part === 'string').join(' - ');
        throw new ProviderRejectedError(`J2TX refused the application (HTTP ${response.status}${detail ? `: ${detail}` : ''})`);
      }
      if (typeof answer?.id !== 'string' || answer.id === '') throw new ProviderRejectedError(`J2TX answered HTTP ${response.status} without an application id`);
      return { provider: 'j2tx', reference: answer.id };
    },
  };
}

export interface J2txWebhookOptions {
  readonly secret: string;
  readonly toleranceSeconds: number;
  readonly now?: Date;
}

const answers: Readonly<Record<string, ProviderOutcome['outcome']>> = {
  approved: 'approved',
  declined: 'rejected',
  needs_information: 'needs_information',
};

/** A J2TX event as j2tx-contract.md defines it; a review's fields are read for `application.reviewed` only. */
const j2txEventSchema = z.object({
  eventId: presentText(),
  type: presentText(),
  applicationId: presentText(),
  review: z.optional(z.object({ answer: z.optional(z.string()), customerComment: z.optional(z.string()), internalComment: z.optional(z.string()) })),
});

/** A comment that says something; a blank one is none. */
const text = (value: string | undefined): string | undefined => (value?.trim() ? value : undefined);

/**
 * Verifies a J2TX webhook and says what it means: approved, declined (rejected) or
 * needs_information, with J2TX's customer-safe comment kept apart from its internal one. Events of
 * another type, or reviews with an unknown answer, are progress only.
 * @throws WebhookSignatureError when a header is missing, the signature does not match, the
 * timestamp is outside the tolerance, or the signed body is not a J2TX event.
 */
export function verifyJ2txWebhook(delivery: WebhookDelivery, options: J2txWebhookOptions): ProviderOutcome {
  const timestamp = requiredHeader(delivery, 'X-J2TX-Timestamp');
  const signature = requiredHeader(delivery, 'X-J2TX-Signature');
  const received = signature.startsWith('sha256=') ? signature.slice('sha256='.length) : '';
  if (!sameDigest(hmacHex('sha256', options.secret, `${timestamp}.${delivery.rawBody}`), received)) {
    throw new WebhookSignatureError('X-J2TX-Signature does not match the body, the timestamp and the secret');
  }
  checkFreshness(timestamp, options.toleranceSeconds, options.now ?? new Date());

  const event = readSigned(j2txEventSchema, parseJson(delivery.rawBody), 'The signed body is not a J2TX event (eventId, type, applicationId)');
  const { eventId, type, applicationId: reference } = event;
  const answer = type === 'application.reviewed' ? text(event.review?.answer) : undefined;
  const outcome = (answer ? answers[answer] : undefined) ?? 'pending';
  const customerComment = outcome === 'pending' ? undefined : text(event.review?.customerComment);
  const internalComment = outcome === 'pending' ? `J2TX ${type}${answer ? ` with answer ${answer}` : ''}` : text(event.review?.internalComment);
  return {
    provider: 'j2tx',
    eventId,
    reference,
    outcome,
    ...(customerComment ? { customerComment } : {}),
    ...(internalComment ? { internalComment } : {}),
  };
}
