import type { SFNClient } from '@aws-sdk/client-sfn';
import {
  DescribeExecutionCommand,
  GetExecutionHistoryCommand,
  SendTaskHeartbeatCommand,
  SendTaskSuccessCommand,
  StartExecutionCommand,
  StopExecutionCommand,
} from '@aws-sdk/client-sfn';
import type { HistoryEvent } from '@aws-sdk/client-sfn';
import { isWorkflowType } from '../domain/catalog';
import type { WorkflowType } from '../domain/catalog';
import { InvalidChangeError, TicketNotFoundError, WorkflowNotFoundError, WorkflowNotWaitingError } from '../domain/errors';
import { newId } from '../domain/ids';
import { redact } from '../domain/redaction';
import { timeOfChange } from '../domain/ticket';
import type { Actor } from '../domain/types';
import { cancelWithdrawalAsCustomer, recordDecision } from '../domain/workflow-rules';
import type { Decision } from '../domain/workflow-rules';
import { currentTicket, getTicket, getTicketCollection, saveChange } from '../data/tickets';
import type { Store } from '../data/store';
import { getTaskToken, getWorkflow, recordExecution, stopWaiting } from '../data/workflows';
import type { Caller, JsonResult } from '../shared/http';
import { logger } from '../shared/observability';
import { retryOnWriteConflict } from './conflicts';
import type { RemainingTime } from './conflicts';
import { ticketView } from '../api/views/tickets';

/** What the workflow use cases need: the table, a clock and Step Functions. */
export interface WorkflowDeps {
  readonly store: Store;
  readonly now: () => Date;
  readonly sfn: SFNClient;
}

/** What a workflow use case that changes a ticket needs besides: the time its invocation has left. */
export interface WorkflowWriteDeps extends WorkflowDeps {
  readonly remainingMs: RemainingTime;
}

/** The state machine of each workflow type, by ARN. */
export type MachineArns = Readonly<Record<WorkflowType, string>>;

const goneTaskErrors = new Set(['TaskTimedOut', 'TaskDoesNotExist', 'InvalidToken']);

function isGoneTask(error: unknown): boolean {
  return error instanceof Error && goneTaskErrors.has(error.name);
}

/**
 * The execution of a ticket's workflow: named by the ticket number, so its ARN follows from the
 * machine's (`...:stateMachine:<machine>` → `...:execution:<machine>:<number>`).
 */
export function executionArnOf(stateMachineArn: string, number: string): string {
  return `${stateMachineArn.replace(':stateMachine:', ':execution:')}:${number}`;
}

/**
 * Answers the task a ticket's workflow waits on and clears the wait. Returns false when the task
 * is gone (answered by someone else, timed out, or the execution ended): nothing was changed.
 * @throws Step Functions' errors other than a gone task.
 */
export async function answerTask(deps: WorkflowDeps, number: string, taskToken: string, output: unknown): Promise<boolean> {
  try {
    await deps.sfn.send(new SendTaskSuccessCommand({ taskToken, output: JSON.stringify(output) }));
  } catch (error) {
    if (!isGoneTask(error)) throw error;
    await stopWaiting(deps.store, number, taskToken);
    return false;
  }
  await stopWaiting(deps.store, number, taskToken);
  return true;
}

/** Tells the waiting task that its outside party is still at work; false when the task is gone. */
export async function heartbeatTask(deps: WorkflowDeps, taskToken: string): Promise<boolean> {
  try {
    await deps.sfn.send(new SendTaskHeartbeatCommand({ taskToken }));
    return true;
  } catch (error) {
    if (isGoneTask(error)) return false;
    throw error;
  }
}

/**
 * Starts the workflow of a new refund, KYC or withdrawal ticket, named by its number. A start
 * repeated by a retry is no error: with the same input Step Functions answers as the first time,
 * and ExecutionAlreadyExists says the workflow runs (or ran) already.
 * @throws Step Functions' other errors, so that the stream retries the record.
 */
export async function startWorkflow(deps: WorkflowDeps, machines: MachineArns, ticket: { number: string; type: WorkflowType }): Promise<void> {
  const stateMachineArn = machines[ticket.type];
  let executionArn = executionArnOf(stateMachineArn, ticket.number);
  try {
    const started = await deps.sfn.send(
      new StartExecutionCommand({ stateMachineArn, name: ticket.number, input: JSON.stringify({ ticketNumber: ticket.number }) }),
    );
    executionArn = started.executionArn ?? executionArn;
    logger.info('workflow started', { ticketNumber: ticket.number, type: ticket.type });
  } catch (error) {
    if (!(error instanceof Error && error.name === 'ExecutionAlreadyExists')) throw error;
    logger.info('workflow already started', { ticketNumber: ticket.number, type: ticket.type });
  }
  await recordExecution(deps.store, ticket.number, executionArn, deps.now().toISOString());
}

/**
 * After the customer answered a KYC ticket that awaited more information (their reply moved it
 * back to With J2TX), hands what they wrote since the question to the waiting workflow. Does
 * nothing when the workflow is not waiting for the customer.
 */
export async function resumeAfterCustomerReply(deps: WorkflowDeps, number: string): Promise<void> {
  const record = await getWorkflow(deps.store, number);
  if (record.waiting?.kind !== 'customer') return;
  const token = await getTaskToken(deps.store, number);
  if (!token) return;
  const answered = await answerTask(deps, number, token, { answeredBy: 'customer', additionalInformation: await customerWordsSince(deps.store, number, record.waiting.since) });
  logger.info('workflow resumed by the customer', { ticketNumber: number, answered });
}

/** What the customer wrote on the ticket since `since`, oldest first (already redacted when stored). */
export async function customerWordsSince(store: Store, number: string, since: string): Promise<string> {
  const collection = await getTicketCollection(store, number);
  return (collection?.messages ?? [])
    .filter((message) => message.author.kind === 'customer' && !message.internal && message.at >= since)
    .map((message) => message.body)
    .join('\n\n');
}

/** An agent's decision: what it is, the agent's note, and for a completed withdrawal its reference. */
export interface DecisionRequest {
  readonly decision: Decision;
  readonly note: string;
  readonly reference?: string | undefined;
}

const waitDescriptions = {
  provider: 'an outside provider',
  customer: 'the customer',
  compliance: 'a compliance decision (approve or reject)',
  finance: 'a finance decision (complete or cancel)',
  agent: 'an agent to settle the outcome (approve or reject)',
} as const;

/**
 * An agent answers what the workflow waits for (compliance approve/reject, finance
 * complete/cancel, or the outcome after an escalation); the decision is kept as an internal note.
 * @throws TicketNotFoundError; WorkflowNotWaitingError when the workflow waits for no such decision;
 * InvalidChangeError when a completion lacks its reference.
 */
export async function decide(deps: WorkflowWriteDeps, caller: Caller, number: string, request: DecisionRequest): Promise<JsonResult> {
  const ticket = await getTicket(deps.store, number);
  if (!ticket) throw new TicketNotFoundError(number);
  const record = await getWorkflow(deps.store, number);
  const waiting = record.waiting;
  if (!waiting || !waiting.decisions.includes(request.decision)) {
    const now = waiting ? `It is waiting for ${waitDescriptions[waiting.kind]}.` : 'It is not waiting for a decision.';
    throw new WorkflowNotWaitingError(`The workflow of ticket ${number} does not take the decision “${request.decision}” now. ${now}`);
  }
  if (request.decision === 'complete' && !request.reference) {
    throw new InvalidChangeError('A completed withdrawal needs the reference of its transaction.', [{ path: 'reference', message: 'Required to complete a withdrawal.' }]);
  }
  const token = await getTaskToken(deps.store, number);
  const note = redact(request.note).text;
  const answer = { decision: request.decision, note, ...(request.reference ? { reference: request.reference } : {}), by: caller.sub };
  if (!token || !(await answerTask(deps, number, token, answer))) {
    throw new WorkflowNotWaitingError(`The workflow of ticket ${number} is no longer waiting for a decision.`);
  }
  const actor: Actor = { kind: 'agent', id: caller.sub };
  const noted = await retryOnWriteConflict(deps.remainingMs, async (conflict) => {
    const current = await currentTicket(deps.store, number, conflict);
    if (!current) throw new TicketNotFoundError(number);
    const change = recordDecision(current, { ...request, note }, actor, timeOfChange(current, deps.now()), newId);
    await saveChange(deps.store, change, current.version);
    return change.ticket;
  });
  logger.info('workflow decision', { ticketNumber: number, decision: request.decision, waitingFor: waiting.kind });
  return { statusCode: 202, body: { ticket: ticketView(noted, 'agent'), decision: { decision: request.decision, waitingFor: waiting.kind } } };
}

/**
 * The customer cancels their withdrawal before it reaches finance: the ticket moves (the
 * conditional write settles any race with the workflow), then the execution is stopped. A stop
 * that fails is only logged: the workflow finds the ticket cancelled at its next step and ends.
 * @throws TicketNotFoundError (also for someone else's ticket); the domain's refusals (409).
 */
export async function cancelMyTicket(deps: WorkflowWriteDeps, machines: MachineArns, caller: Caller, number: string): Promise<JsonResult> {
  const actor: Actor = { kind: 'customer', id: caller.sub };
  const cancelled = await retryOnWriteConflict(deps.remainingMs, async (conflict) => {
    const ticket = await currentTicket(deps.store, number, conflict);
    if (!ticket || ticket.requester.sub !== caller.sub) throw new TicketNotFoundError(number);
    const change = cancelWithdrawalAsCustomer(ticket, actor, timeOfChange(ticket, deps.now()), newId);
    await saveChange(deps.store, change, ticket.version);
    return change.ticket;
  });
  try {
    await deps.sfn.send(
      new StopExecutionCommand({ executionArn: executionArnOf(machines.withdrawal, number), error: 'CancelledByCustomer', cause: 'The customer cancelled the withdrawal.' }),
    );
  } catch (error) {
    logger.warn('could not stop the withdrawal workflow', { ticketNumber: number, error: error instanceof Error ? error.name : String(error) });
  }
  logger.info('withdrawal cancelled by the customer', { ticketNumber: number });
  return { statusCode: 200, body: { ticket: ticketView(cancelled, 'customer') } };
}

/** One line of a workflow's history as agents read it: never parameters, outputs or tokens. */
export interface HistoryLine {
  readonly at: string;
  readonly what: string;
  readonly state?: string;
  readonly error?: string;
}

function historyLine(event: HistoryEvent): HistoryLine | undefined {
  const at = (event.timestamp ?? new Date(0)).toISOString();
  const type = event.type ?? '';
  if (type.endsWith('StateEntered')) return { at, what: 'entered', state: event.stateEnteredEventDetails?.name ?? '' };
  switch (type) {
    case 'ExecutionStarted':
      return { at, what: 'started' };
    case 'TaskSubmitted':
      return { at, what: 'waiting' };
    case 'TaskFailed':
      return { at, what: 'task failed', ...(event.taskFailedEventDetails?.error ? { error: event.taskFailedEventDetails.error } : {}) };
    case 'LambdaFunctionFailed':
      return { at, what: 'task failed', ...(event.lambdaFunctionFailedEventDetails?.error ? { error: event.lambdaFunctionFailedEventDetails.error } : {}) };
    case 'TaskTimedOut':
      return { at, what: 'timed out', error: 'States.Timeout' };
    case 'ExecutionSucceeded':
      return { at, what: 'succeeded' };
    case 'ExecutionFailed':
      return { at, what: 'failed', ...(event.executionFailedEventDetails?.error ? { error: event.executionFailedEventDetails.error } : {}) };
    case 'ExecutionAborted':
      return { at, what: 'stopped', ...(event.executionAbortedEventDetails?.error ? { error: event.executionAbortedEventDetails.error } : {}) };
    case 'ExecutionTimedOut':
      return { at, what: 'timed out', error: 'States.Timeout' };
    default:
      return undefined;
  }
}

async function fullHistory(sfn: SFNClient, executionArn: string): Promise<HistoryEvent[]> {
  const events: HistoryEvent[] = [];
  let nextToken: string | undefined;
  do {
    const page = await sfn.send(new GetExecutionHistoryCommand({ executionArn, maxResults: 1000, ...(nextToken ? { nextToken } : {}) }));
    events.push(...(page.events ?? []));
    nextToken = page.nextToken;
  } while (nextToken);
  return events;
}

/**
 * A ticket's workflow for agents and ops: the execution's status, the state it is in, what it
 * waits for, and its history in readable lines.
 * @throws TicketNotFoundError; WorkflowNotFoundError when the ticket's type has no workflow or it
 * has not started.
 */
export async function workflowOf(deps: WorkflowDeps, machines: MachineArns, number: string): Promise<JsonResult> {
  const ticket = await getTicket(deps.store, number);
  if (!ticket) throw new TicketNotFoundError(number);
  if (!isWorkflowType(ticket.type)) throw new WorkflowNotFoundError(number);
  const executionArn = executionArnOf(machines[ticket.type], number);
  let description;
  try {
    description = await deps.sfn.send(new DescribeExecutionCommand({ executionArn }));
  } catch (error) {
    if (error instanceof Error && error.name === 'ExecutionDoesNotExist') throw new WorkflowNotFoundError(number);
    throw error;
  }
  const history = (await fullHistory(deps.sfn, executionArn)).flatMap((event) => historyLine(event) ?? []);
  const record = await getWorkflow(deps.store, number);
  const currentState = history.findLast((line) => line.what === 'entered')?.state ?? null;
  return {
    statusCode: 200,
    body: {
      execution: {
        executionArn,
        name: description.name,
        status: description.status,
        startDate: description.startDate?.toISOString(),
        ...(description.stopDate ? { stopDate: description.stopDate.toISOString() } : {}),
        ...(description.error ? { error: description.error } : {}),
        ...(description.cause ? { cause: description.cause } : {}),
      },
      currentState,
      waiting: record.waiting ?? null,
      provider: record.provider && record.reference ? { name: record.provider, reference: record.reference } : null,
      history,
    },
  };
}
