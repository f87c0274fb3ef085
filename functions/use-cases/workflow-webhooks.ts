import { deliverySeen, getTaskToken, getWorkflow, recordDelivery, ticketOfReference } from '../data/workflows';
import type { DeliveryOutcome } from '../data/workflows';
import type { WebhookVerifier } from '../providers/config';
import type { ProviderName, ProviderOutcome, WebhookDelivery } from '../providers/types';
import { WebhookSignatureError } from '../providers/types';
import { WebhookRefusedError } from '../domain/errors';
import type { JsonResult } from '../shared/http';
import { logger } from '../shared/observability';
import { answerTask, heartbeatTask } from './workflows';
import type { WorkflowDeps } from './workflows';

/**
 * What a provider's answer tells the waiting workflow: the outcome and the provider's comments,
 * empty when absent (the state machine formats them into notes and messages).
 */
export function taskAnswerOf(outcome: ProviderOutcome) {
  return {
    provider: outcome.provider,
    outcome: outcome.outcome,
    reference: outcome.reference,
    customerComment: outcome.customerComment ?? '',
    internalComment: outcome.internalComment ?? '',
  };
}

async function deliver(deps: WorkflowDeps, outcome: ProviderOutcome): Promise<{ result: DeliveryOutcome; ticketNumber?: string }> {
  const ticketNumber = await ticketOfReference(deps.store, outcome.provider, outcome.reference);
  if (!ticketNumber) return { result: 'unknown_ticket' };
  const record = await getWorkflow(deps.store, ticketNumber);
  const waiting = record.waiting;
  const waitsForThis = waiting?.kind === 'provider' && waiting.provider === outcome.provider && record.reference === outcome.reference;
  const token = waitsForThis ? await getTaskToken(deps.store, ticketNumber) : undefined;
  if (!token) return { result: 'not_waiting', ticketNumber };
  if (outcome.outcome === 'pending') {
    return { result: (await heartbeatTask(deps, token)) ? 'progress' : 'not_waiting', ticketNumber };
  }
  return { result: (await answerTask(deps, ticketNumber, token, taskAnswerOf(outcome))) ? 'answered' : 'not_waiting', ticketNumber };
}

/**
 * A provider's webhook: checks the signature on the raw body, ignores a delivery already
 * processed, and answers the workflow waiting for it. An event for an unknown ticket, or for a
 * workflow not waiting for it, is recorded and acknowledged, so the provider stops retrying. The
 * provider is never called back from here.
 * @throws WebhookRefusedError for an unsigned, forged or stale delivery.
 */
export async function receiveWebhook(deps: WorkflowDeps, provider: ProviderName, verify: WebhookVerifier, delivery: WebhookDelivery): Promise<JsonResult> {
  let outcome: ProviderOutcome;
  try {
    outcome = verify(delivery, deps.now());
  } catch (error) {
    if (error instanceof WebhookSignatureError) {
      logger.warn('webhook refused', { provider, reason: error.message });
      throw new WebhookRefusedError();
    }
    throw error;
  }
  if (outcome.provider !== provider) throw new WebhookRefusedError();
  if (await deliverySeen(deps.store, provider, outcome.eventId)) {
    logger.info('webhook already processed', { provider, eventId: outcome.eventId });
    return { statusCode: 200, body: { received: true, duplicate: true } };
  }
  const { result, ticketNumber } = await deliver(deps, outcome);
  await recordDelivery(deps.store, {
    provider,
    eventId: outcome.eventId,
    reference: outcome.reference,
    outcome: outcome.outcome,
    result,
    ticketNumber,
    at: deps.now().toISOString(),
  });
  logger.info('webhook processed', { provider, eventId: outcome.eventId, outcome: outcome.outcome, result, ticketNumber });
  return { statusCode: 200, body: { received: true, result } };
}
