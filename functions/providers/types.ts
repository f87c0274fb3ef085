/**
 * The contract between Ticketflow's workflows and its outside parties. The provider modules
 * (paddle.ts, coinpayments.ts, j2tx.ts) implement it with real HTTP clients and signature checks;
 * the workflow functions and webhook handlers use only what is declared here.
 */

export type ProviderName = 'paddle' | 'coinpayments' | 'j2tx';

/** A call to a provider failed in a way that may pass (timeout, 429, 5xx): the workflow retries it. */
export class ProviderUnavailableError extends Error {
  override readonly name = 'ProviderUnavailable';
}

/** The provider refused the request for good (4xx other than 429): retrying will not help. */
export class ProviderRejectedError extends Error {
  override readonly name = 'ProviderRejected';
}

/** A refund request to Paddle Billing: `POST /adjustments` with action refund. */
export interface PaddleRefundRequest {
  readonly transactionId: string;
  readonly reason: string;
  /** Our reference, kept so that the adjustment can be traced back to the ticket. */
  readonly ticketNumber: string;
}

/** A payout from CoinPayments to the customer's refund address (`create_withdrawal`). */
export interface CoinPaymentsPayoutRequest {
  readonly amount: string;
  readonly currency: string;
  readonly address: string;
  readonly ipnUrl: string;
  readonly note: string;
}

/** An application sent to J2TX for review. */
export interface J2txApplicationRequest {
  readonly ticketNumber: string;
  readonly kind: 'verification' | 'address_change';
  readonly country: string;
  readonly address?: string;
  readonly email: string;
  readonly name: string;
  /** What the customer added since the last review, when J2TX asked for more information. */
  readonly additionalInformation?: string;
}

/** The provider's id of what was created: the webhook that answers it names the same id. */
export interface ProviderReference {
  readonly provider: ProviderName;
  readonly reference: string;
}

export interface PaddleClient {
  /** @throws ProviderUnavailableError | ProviderRejectedError */
  requestRefund(request: PaddleRefundRequest): Promise<ProviderReference>;
}
export interface CoinPaymentsClient {
  /** @throws ProviderUnavailableError | ProviderRejectedError */
  createPayout(request: CoinPaymentsPayoutRequest): Promise<ProviderReference>;
}
export interface J2txClient {
  /** @throws ProviderUnavailableError | ProviderRejectedError */
  submitApplication(request: J2txApplicationRequest): Promise<ProviderReference>;
}

/** What a verified webhook delivery says, the same shape for every provider. */
export interface ProviderOutcome {
  readonly provider: ProviderName;
  /** The delivery's own id: a delivery seen before is acknowledged and ignored. */
  readonly eventId: string;
  /** The id of the refund, payout or application it is about (a ProviderReference's reference). */
  readonly reference: string;
  /**
   * approved / rejected (Paddle adjustment, J2TX verdict), completed / failed (CoinPayments payout),
   * needs_information (J2TX asks the customer for more), pending (progress, nothing to decide yet).
   */
  readonly outcome: 'approved' | 'rejected' | 'completed' | 'failed' | 'needs_information' | 'pending';
  /** Text the customer may read (J2TX's customer-safe comment). */
  readonly customerComment?: string;
  /** Text for agents only (reasons, provider status text). */
  readonly internalComment?: string;
}

/** Why a webhook delivery was refused: it changes nothing and answers 401. */
export class WebhookSignatureError extends Error {
  override readonly name = 'WebhookSignatureError';
}

/** A webhook delivery as the API gateway hands it over: the raw body and the headers, lower-cased. */
export interface WebhookDelivery {
  readonly rawBody: string;
  readonly headers: Readonly<Record<string, string | undefined>>;
}
