import type { Ticket } from '../../domain/types';
import type { ProviderConfig } from '../../providers/config';
import type { ProviderName, ProviderReference } from '../../providers/types';
import { logger } from '../../shared/observability';
import type { WorkflowDeps } from './ports';
import { ticketOfTask } from './waits';

/** What a wait for a provider is given. */
export interface AwaitProviderInput {
  readonly ticketNumber: string;
  readonly provider: ProviderName;
  /** Names the request within the workflow; a retry of the same step never asks twice. */
  readonly step: string;
  readonly taskToken: string;
  /** KYC: what the customer added since J2TX asked for more. */
  readonly additionalInformation?: string;
}

/** Where CoinPayments sends its IPN for payouts; empty uses the merchant account's default. */
export interface ProviderCallSettings {
  readonly coinPaymentsIpnUrl: string;
}

/** The providers' clients the wait asks (functions/providers/config.ts in Lambda). */
export type ProviderClients = Pick<ProviderConfig, 'paddleClient' | 'coinPaymentsClient' | 'j2txClient'>;

async function askProvider(providers: ProviderClients, settings: ProviderCallSettings, ticket: Ticket, input: AwaitProviderInput): Promise<ProviderReference> {
  const details = ticket.details as Readonly<Record<string, string | undefined>>;
  switch (input.provider) {
    case 'paddle':
      return (await providers.paddleClient()).requestRefund({
        transactionId: details['transactionId'] ?? '',
        reason: `Refund requested by the customer in ticket ${ticket.number}`,
        ticketNumber: ticket.number,
      });
    case 'coinpayments':
      return (await providers.coinPaymentsClient()).createPayout({
        amount: details['amount'] ?? '',
        currency: details['currency'] ?? '',
        address: details['refundAddress'] ?? '',
        ipnUrl: settings.coinPaymentsIpnUrl,
        note: `Refund for ticket ${ticket.number}`,
      });
    case 'j2tx':
      return (await providers.j2txClient()).submitApplication({
        ticketNumber: ticket.number,
        kind: details['kind'] === 'address_change' ? 'address_change' : 'verification',
        country: details['country'] ?? '',
        ...(details['address'] ? { address: details['address'] } : {}),
        email: ticket.requester.email,
        name: ticket.requester.name,
        ...(input.additionalInformation ? { additionalInformation: input.additionalInformation } : {}),
      });
  }
}

/**
 * Records that the workflow waits for the provider (token first, so that an answer arriving at
 * once finds it), then asks the provider and indexes its reference for the webhook. A retry of
 * the same step whose request already went through asks nothing again.
 * @throws ProviderUnavailable (retried by the state machine), ProviderRejected, TicketMissingError.
 */
export async function awaitProvider(deps: WorkflowDeps, providers: ProviderClients, settings: ProviderCallSettings, input: AwaitProviderInput): Promise<ProviderReference> {
  const ticket = await ticketOfTask(deps, input.ticketNumber);
  const since = deps.now().toISOString();
  await deps.workflows.startWaiting(ticket.number, { kind: 'provider', provider: input.provider, decisions: [], step: input.step, since }, input.taskToken);
  const record = await deps.workflows.getWorkflow(ticket.number);
  if (record.provider === input.provider && record.referenceStep === input.step && record.reference) {
    logger.info('provider already asked for this step', { ticketNumber: ticket.number, provider: input.provider, step: input.step });
    return { provider: input.provider, reference: record.reference };
  }
  const created = await askProvider(providers, settings, ticket, input);
  await deps.workflows.recordProviderReference(ticket.number, input.step, created);
  logger.info('provider asked', { ticketNumber: ticket.number, provider: input.provider, reference: created.reference, step: input.step });
  return created;
}
