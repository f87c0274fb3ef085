/**
 * CoinPayments (legacy API, https://www.coinpayments.net/api.php): a crypto refund is a payout
 * made with `create_withdrawal`; its progress comes back as withdrawal IPNs. Both directions are
 * form-encoded and signed with an `HMAC` header: HMAC-SHA512 of the exact raw body, with the API
 * private key for our calls and with the IPN secret for CoinPayments' notifications.
 */
import { joinUrl, parseJson, sendWithRetry, type HttpOptions } from './http';
import * as z from 'zod/mini';
import { hmacHex, readSigned, requiredHeader, sameDigest } from './signatures';
import {
  ProviderRejectedError,
  WebhookSignatureError,
  type CoinPaymentsClient,
  type CoinPaymentsPayoutRequest,
  type ProviderOutcome,
  type WebhookDelivery,
} from './types';

export interface CoinPaymentsClientOptions extends HttpOptions {
  /** https://www.coinpayments.net (the client posts to `/api.php`), or a fake's endpoint. */
  readonly baseUrl: string;
  readonly publicKey: string;
  readonly privateKey: string;
}

/**
 * The form body of a `create_withdrawal` call, in a fixed order so that the signed bytes are the
 * sent bytes. `auto_confirm=1` because nobody reads the confirmation email of a refund payout.
 */
export function createWithdrawalBody(publicKey: string, request: CoinPaymentsPayoutRequest): string {
  return new URLSearchParams([
    ['version', '1'],
    ['cmd', 'create_withdrawal'],
    ['key', publicKey],
    ['format', 'json'],
    ['amount', request.amount],
    ['currency', request.currency],
    ['address', request.address],
    ['ipn_url', request.ipnUrl],
    ['note', request.note],
    ['auto_confirm', '1'],
  ]).toString();
}

/**
 * A CoinPayments client that makes payouts.
 * Its calls throw ProviderUnavailableError (retried failures) or ProviderRejectedError (an HTTP
 * 4xx, or an answer whose `error` is not `ok`, with CoinPayments' message).
 */
export function createCoinPaymentsClient(options: CoinPaymentsClientOptions): CoinPaymentsClient {
  return {
    async createPayout(request: CoinPaymentsPayoutRequest) {
      const body = createWithdrawalBody(options.publicKey, request);
      const response = await sendWithRetry(
        'CoinPayments',
        joinUrl(options.baseUrl, '/api.php'),
        {
          method: 'POST',
          headers: {
            'content-type': 'application/x-www-form-urlencoded',
            accept: 'application/json',
            hmac: hmacHex('sha512', options.privateKey, body),
          },
          body,
        },
        options,
      );
      const answer = parseJson(response.body) as { error?: unknown; result?: { id?: unknown } } | undefined;
      const error = typeof answer?.error === 'string' ? answer.error : undefined;
      if (response.status >= 400 || error !== 'ok') {
        throw new ProviderRejectedError(`CoinPayments refused the payout (HTTP ${response.status}: ${error ?? 'no error field'})`);
      }
      const id = answer?.result?.id;
      if (typeof id !== 'string' || id === '') throw new ProviderRejectedError('CoinPayments answered ok without a withdrawal id');
      return { provider: 'coinpayments', reference: id };
    },
  };
}

export interface CoinPaymentsIpnOptions {
  readonly ipnSecret: string;
  /** Our merchant id: an IPN for another merchant, even well signed, is not ours. */
  readonly merchantId: string;
}

/** The fields of an IPN in HMAC mode that we read (CoinPayments' IPN documentation); others are dropped. */
const ipnSchema = z.object({
  merchant: z.string(),
  ipn_type: z.optional(z.string()),
  id: z.optional(z.string()),
  txn_id: z.optional(z.string()),
  status: z.string().check(z.regex(/^-?\d+$/)),
  status_text: z.optional(z.string()),
});

function withdrawalOutcome(status: number): ProviderOutcome['outcome'] {
  if (status >= 2) return 'completed';
  if (status < 0) return 'failed';
  return 'pending';
}

/**
 * Verifies a CoinPayments IPN and says what it means for a withdrawal: `HMAC` is HMAC-SHA512 of
 * the raw form body with the IPN secret, `merchant` must be ours. `id` is the withdrawal id;
 * status 2 is complete, negative is cancelled or failed, 0 and 1 are waiting. IPNs of another
 * type (deposits, payments) are acknowledged as progress with the `txn_id` or `id` they carry.
 *
 * The event id is `withdrawal:<id>:<status>`, not `ipn_id`: CoinPayments documents `ipn_id` as the
 * id of one notification and retries failed ones up to 10 times without saying that a retry keeps
 * it, while it tells handlers to check whether the payment was already handled. A withdrawal
 * reaches each status once, so its id and status name the event whatever the retries.
 * @throws WebhookSignatureError when the HMAC header is missing or wrong, the body is not an
 * HMAC-mode IPN, or the merchant is not ours.
 */
export function verifyCoinPaymentsIpn(delivery: WebhookDelivery, options: CoinPaymentsIpnOptions): ProviderOutcome {
  const received = requiredHeader(delivery, 'HMAC');
  if (!sameDigest(hmacHex('sha512', options.ipnSecret, delivery.rawBody), received)) {
    throw new WebhookSignatureError('The HMAC header does not match the body and the IPN secret');
  }
  const form = Object.fromEntries(new URLSearchParams(delivery.rawBody));
  if (form['ipn_mode'] !== 'hmac') throw new WebhookSignatureError('The IPN is not in HMAC mode');
  const ipn = readSigned(ipnSchema, form, 'The IPN has no id or no numeric status');
  if (ipn.merchant !== options.merchantId) throw new WebhookSignatureError('The IPN is for another merchant');

  const type = ipn.ipn_type ?? '';
  const statusText = ipn.status_text ?? '';
  const reference = type === 'withdrawal' ? ipn.id : (ipn.txn_id ?? ipn.id);
  if (!reference) throw new WebhookSignatureError('The IPN has no id or no numeric status; at fault: id');
  const status = Number(ipn.status);
  if (type !== 'withdrawal') {
    return {
      provider: 'coinpayments',
      eventId: `${type}:${reference}:${status}`,
      reference,
      outcome: 'pending',
      internalComment: `CoinPayments ${type} IPN with status ${status} ${statusText}`.trim(),
    };
  }
  const txnId = ipn.txn_id;
  const comment = `CoinPayments withdrawal status ${status}${statusText ? ` (${statusText})` : ''}${txnId ? `, transaction ${txnId}` : ''}`;
  return { provider: 'coinpayments', eventId: `withdrawal:${reference}:${status}`, reference, outcome: withdrawalOutcome(status), internalComment: comment };
}
