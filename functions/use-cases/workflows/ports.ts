import type { Wording, WorkflowType } from '../../domain/catalog';
import type { Change, Message, Ticket } from '../../domain/types';
import type { WriteConflictError } from '../../data/tickets';
import type { Waiting, WebhookDelivery, WorkflowRecord } from '../../data/workflows';
import type { ProviderName, ProviderReference } from '../../providers/types';
import type { RemainingTime } from '../conflicts';

/*
 * The seam of the workflow use cases: what they ask of the table (the workflow repository), of
 * Step Functions (the execution gateway) and of the clock. functions/use-cases/workflows/deps.ts
 * binds them to DynamoDB and Step Functions; unit tests bind them to plain objects.
 */

/** The tickets and workflow records the workflow use cases read and write. */
export interface WorkflowRepository {
  /** The ticket, read consistently, or undefined. */
  getTicket(number: string): Promise<Ticket | undefined>;
  /** The ticket a lost write returned, or read afresh; undefined when there is none. */
  currentTicket(number: string, conflict: WriteConflictError | undefined): Promise<Ticket | undefined>;
  /** Stores a change on the condition that the ticket is still at `expectedVersion`. @throws WriteConflictError */
  saveChange(change: Change, expectedVersion: number): Promise<void>;
  /** The ticket's messages, oldest first (internal notes included). */
  messagesOf(number: string): Promise<readonly Message[]>;
  getWorkflow(number: string): Promise<WorkflowRecord>;
  recordExecution(number: string, executionArn: string, now: string): Promise<void>;
  startWaiting(number: string, waiting: Waiting, taskToken: string): Promise<void>;
  getTaskToken(number: string): Promise<string | undefined>;
  stopWaiting(number: string, taskToken: string): Promise<boolean>;
  recordProviderReference(number: string, step: string, created: ProviderReference): Promise<void>;
  ticketOfReference(provider: ProviderName, reference: string): Promise<string | undefined>;
  deliverySeen(provider: ProviderName, eventId: string): Promise<boolean>;
  recordDelivery(delivery: DeliveryRecord): Promise<boolean>;
}

/** A processed webhook delivery, and what came of it, as its item stores it. */
export type DeliveryRecord = WebhookDelivery;

/** An execution as the gateway started it. */
export interface StartedExecution {
  readonly executionArn: string;
  /** A start repeated by a retry found the execution already there. */
  readonly alreadyStarted: boolean;
}

/** Step Functions' execution statuses, as DescribeExecution names them. */
export const executionStatuses = ['RUNNING', 'SUCCEEDED', 'FAILED', 'TIMED_OUT', 'ABORTED', 'PENDING_REDRIVE'] as const;
export type ExecutionStatus = (typeof executionStatuses)[number];

/** What a line of an execution's history says happened. */
export const executionStepKinds = ['started', 'entered', 'waiting', 'task failed', 'timed out', 'succeeded', 'failed', 'stopped'] as const;
export type ExecutionStepKind = (typeof executionStepKinds)[number];

/** An execution's state, times as ISO strings. */
export interface ExecutionDescription {
  readonly executionArn: string;
  readonly name: string;
  readonly status: ExecutionStatus;
  readonly startDate?: string;
  readonly stopDate?: string;
  readonly error?: string;
  readonly cause?: string;
}

/** One line of an execution's history as agents read it: never parameters, outputs or tokens. */
export interface ExecutionStep {
  readonly at: string;
  readonly what: ExecutionStepKind;
  readonly state?: string;
  readonly error?: string;
}

/** What the use cases ask of the workflows' executions (functions/gateways/executions.ts). */
export interface ExecutionGateway {
  /** Starts the workflow of a ticket, named by its number; a start already made is no error. */
  start(type: WorkflowType, number: string): Promise<StartedExecution>;
  stop(type: WorkflowType, number: string, reason: { readonly error: string; readonly cause: string }): Promise<void>;
  /** Answers a waiting task; false when the task is gone (answered, timed out, or its execution ended). */
  answer(taskToken: string, output: unknown): Promise<boolean>;
  /** Tells a waiting task its outside party is still at work; false when the task is gone. */
  heartbeat(taskToken: string): Promise<boolean>;
  /** The execution of a ticket's workflow, or undefined when it does not exist. */
  describe(type: WorkflowType, number: string): Promise<ExecutionDescription | undefined>;
  history(type: WorkflowType, number: string): Promise<readonly ExecutionStep[]>;
}

/** What every workflow use case needs: the repository, the executions and a clock. */
export interface WorkflowDeps {
  readonly workflows: WorkflowRepository;
  readonly executions: ExecutionGateway;
  readonly now: () => Date;
  /** The deployment's words, in which refusals name statuses; the seeds' when absent. */
  readonly wording?: Wording | undefined;
}

/** What a workflow use case that changes a ticket needs besides: the time its invocation has left. */
export interface WorkflowWriteDeps extends WorkflowDeps {
  readonly remainingMs: RemainingTime;
}
