import { InvalidChangeError, TicketNotFoundError, WorkflowNotWaitingError } from '../../domain/errors';
import { newId } from '../../domain/ids';
import { redact } from '../../domain/redaction';
import { timeOfChange } from '../../domain/ticket';
import type { Actor, Ticket } from '../../domain/types';
import { customerReasonOf, recordDecision } from '../../domain/workflow-rules';
import type { Decision, WaitKind } from '../../domain/workflow-rules';
import { logger } from '../../shared/observability';
import { countChange } from '../change-metrics';
import { retryOnWriteConflict } from '../conflicts';
import type { WorkflowWriteDeps } from './ports';
import { answerWait } from './waits';

/**
 * An agent's decision as they sent it: what it is, their (internal) note, for a refusal the reason
 * the customer is told, and for a completed withdrawal its reference.
 */
export interface DecisionRequest {
  readonly decision: Decision;
  readonly note: string;
  readonly reason?: string | undefined;
  readonly reference?: string | undefined;
}

/** What a decision did: the ticket with the decision noted, and the wait it answered. */
export interface DecisionTaken {
  readonly ticket: Ticket;
  readonly decision: Decision;
  readonly waitingFor: WaitKind;
}

const waitDescriptions: Readonly<Record<WaitKind, string>> = {
  provider: 'an outside provider',
  customer: 'the customer',
  compliance: 'a compliance decision (approve or reject)',
  finance: 'a finance decision (complete or cancel)',
  agent: 'an agent to settle the outcome (approve or reject)',
};

/**
 * An agent answers what the workflow waits for (compliance approve/reject, finance
 * complete/cancel, or the outcome after an escalation); the decision is kept as an internal note.
 * A refusal (reject, cancel) gives the workflow the reason the customer is told: the agent's, or
 * general words for who reviewed it (never the note). The note, reason and reference are redacted
 * before the workflow or the thread sees them.
 * @throws TicketNotFoundError; WorkflowNotWaitingError when the workflow waits for no such decision
 * or its task is gone; InvalidChangeError when a completion lacks its reference; WriteContentionError.
 */
export async function decide(deps: WorkflowWriteDeps, agent: Actor, number: string, request: DecisionRequest): Promise<DecisionTaken> {
  const ticket = await deps.workflows.getTicket(number);
  if (!ticket) throw new TicketNotFoundError(number);
  const waiting = (await deps.workflows.getWorkflow(number)).waiting;
  if (!waiting || !waiting.decisions.includes(request.decision)) {
    const now = waiting ? `It is waiting for ${waitDescriptions[waiting.kind]}.` : 'It is not waiting for a decision.';
    throw new WorkflowNotWaitingError(`The workflow of ticket ${number} does not take the decision “${request.decision}” now. ${now}`);
  }
  if (request.decision === 'complete' && !request.reference) {
    throw new InvalidChangeError('A completed withdrawal needs the reference of its transaction.', [{ path: 'reference', message: 'Required to complete a withdrawal.' }]);
  }
  const note = redact(request.note).text;
  const reference = request.reference ? redact(request.reference).text : undefined;
  const token = await deps.workflows.getTaskToken(number);
  const reason = customerReasonOf(waiting.kind, request.decision, request.reason ? redact(request.reason).text : undefined);
  // The state machine reads `reason` for a refusal's customer message; an approval carries none.
  const answer = { decision: request.decision, note, reason: reason ?? '', ...(reference ? { reference } : {}), by: agent.id };
  if (!token || !(await answerWait(deps, number, token, answer))) {
    throw new WorkflowNotWaitingError(`The workflow of ticket ${number} is no longer waiting for a decision.`);
  }
  const noted = await retryOnWriteConflict(deps.remainingMs, async (conflict) => {
    const current = await deps.workflows.currentTicket(number, conflict);
    if (!current) throw new TicketNotFoundError(number);
    const change = recordDecision(current, { decision: request.decision, note, reference }, agent, timeOfChange(current, deps.now()), newId);
    await deps.workflows.saveChange(change, current.version);
    countChange(change);
    return change.ticket;
  });
  logger.info('workflow decision', { ticketNumber: number, decision: request.decision, waitingFor: waiting.kind });
  return { ticket: noted, decision: request.decision, waitingFor: waiting.kind };
}
