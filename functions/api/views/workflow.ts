import type { DecisionTaken } from '../../use-cases/workflows/decide';
import type { WebhookReceipt } from '../../use-cases/workflows/receive-webhook';
import type { WorkflowState } from '../../use-cases/workflows/workflow-view';
import { ticketView } from './tickets';
import type { WebhookReceivedView } from './webhooks-schemas';
import type { DecisionAcceptedView, WorkflowView } from './workflow-schemas';

/** GET /v1/agent/tickets/{number}/workflow: the execution, its current state, what it waits for, and its history. */
export function workflowView(state: WorkflowState): WorkflowView {
  const { execution } = state;
  return {
    execution: {
      executionArn: execution.executionArn,
      name: execution.name,
      status: execution.status,
      ...(execution.startDate ? { startDate: execution.startDate } : {}),
      ...(execution.stopDate ? { stopDate: execution.stopDate } : {}),
      ...(execution.error ? { error: execution.error } : {}),
      ...(execution.cause ? { cause: execution.cause } : {}),
    },
    currentState: state.currentState,
    waiting: state.waiting ? { ...state.waiting, decisions: [...state.waiting.decisions] } : null,
    provider: state.provider,
    history: [...state.history],
  };
}

/** POST /v1/agent/tickets/{number}/decision: the ticket as agents see it, and the wait the decision answered. */
export function decisionView(taken: DecisionTaken): DecisionAcceptedView {
  return { ticket: ticketView(taken.ticket, 'agent'), decision: { decision: taken.decision, waitingFor: taken.waitingFor } };
}

/** A provider's webhook: received, and either a duplicate or what the delivery did. */
export function webhookReceiptView(receipt: WebhookReceipt): WebhookReceivedView {
  return receipt.duplicate ? { received: true, duplicate: true } : { received: true, result: receipt.result };
}
