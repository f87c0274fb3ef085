import { WebhookRefusedError } from '../../domain/errors';
import type { DeliveryOutcome } from '../../data/workflows';
import { verificationCustomerComment } from '../../domain/workflow-rules';
import type { WebhookVerifier } from '../../providers/config';
import type { ProviderName, ProviderOutcome, WebhookDelivery } from '../../providers/types';
import { WebhookSignatureError } from '../../providers/types';
import { countBusinessEvent, logger } from '../../shared/observability';
import type { WorkflowDeps } from './ports';
import { answerWait } from './waits';

/** What came of a delivery: seen before (nothing done again), or what it did to the workflow. */
export type WebhookReceipt = { readonly duplicate: true } | { readonly duplicate: false; readonly result: DeliveryOutcome };

/**
 * What a provider's answer tells the waiting workflow: the outcome and the provider's comments (the
 * state machine formats them into notes and messages, which the set-status task redacts). The
 * internal comment is empty when absent; J2TX's refusal or request for information without a
 * customer comment carries general words instead, so that the customer is always told why.
 */
export function taskAnswerOf(outcome: ProviderOutcome) {
  return {
    provider: outcome.provider,
    outcome: outcome.outcome,
    reference: outcome.reference,
    // Only J2TX writes to the customer, and only the KYC state machine passes its comment on.
    customerComment: outcome.provider === 'j2tx' ? verificationCustomerComment(outcome.outcome, outcome.customerComment) : (outcome.customerComment ?? ''),
    internalComment: outcome.internalComment ?? '',
  };
}

async function deliver(deps: WorkflowDeps, outcome: ProviderOutcome): Promise<{ result: DeliveryOutcome; ticketNumber?: string }> {
  const ticketNumber = await deps.workflows.ticketOfReference(outcome.provider, outcome.reference);
  if (!ticketNumber) return { result: 'unknown_ticket' };
  const record = await deps.workflows.getWorkflow(ticketNumber);
  const waiting = record.waiting;
  const waitsForThis = waiting?.kind === 'provider' && waiting.provider === outcome.provider && record.reference === outcome.reference;
  const token = waitsForThis ? await deps.workflows.getTaskToken(ticketNumber) : undefined;
  if (!token) return { result: 'not_waiting', ticketNumber };
  if (outcome.outcome === 'pending') {
    return { result: (await deps.executions.heartbeat(token)) ? 'progress' : 'not_waiting', ticketNumber };
  }
  return { result: (await answerWait(deps, ticketNumber, token, taskAnswerOf(outcome))) ? 'answered' : 'not_waiting', ticketNumber };
}

function refused(provider: ProviderName, reason: string): WebhookRefusedError {
  logger.warn('webhook refused', { provider, reason });
  countBusinessEvent('WebhooksRefused', { provider });
  return new WebhookRefusedError();
}

/**
 * A provider's webhook: checks the signature on the raw body, ignores a delivery already
 * processed, and answers the workflow waiting for it. An event for an unknown ticket, or for a
 * workflow not waiting for it, is recorded and acknowledged, so the provider stops retrying. The
 * provider is never called back from here.
 * @throws WebhookRefusedError for an unsigned, forged or stale delivery.
 */
export async function receiveWebhook(deps: WorkflowDeps, provider: ProviderName, verify: WebhookVerifier, delivery: WebhookDelivery): Promise<WebhookReceipt> {
  let outcome: ProviderOutcome;
  try {
    outcome = verify(delivery, deps.now());
  } catch (error) {
    if (error instanceof WebhookSignatureError) throw refused(provider, error.message);
    throw error;
  }
  if (outcome.provider !== provider) throw refused(provider, `signed as ${outcome.provider}`);
  if (await deps.workflows.deliverySeen(provider, outcome.eventId)) {
    logger.info('webhook already processed', { provider, eventId: outcome.eventId });
    return { duplicate: true };
  }
  const { result, ticketNumber } = await deliver(deps, outcome);
  await deps.workflows.recordDelivery({
    provider,
    eventId: outcome.eventId,
    reference: outcome.reference,
    outcome: outcome.outcome,
    result,
    ticketNumber,
    at: deps.now().toISOString(),
  });
  logger.info('webhook processed', { provider, eventId: outcome.eventId, outcome: outcome.outcome, result, ticketNumber });
  return { duplicate: false, result };
}
