import { SFNClient } from '@aws-sdk/client-sfn';
import { currentTicket, getTicket, getTicketCollection, saveChange } from '../../data/tickets';
import type { Store } from '../../data/store';
import {
  deliverySeen,
  getTaskToken,
  getWorkflow,
  recordDelivery,
  recordExecution,
  recordProviderReference,
  startWaiting,
  stopWaiting,
  ticketOfReference,
} from '../../data/workflows';
import { stepFunctionsExecutions } from '../../gateways/executions';
import type { MachineArns } from '../../gateways/executions';
import { machineArnVariables } from '../../gateways/machine-variables';
import { dynamo } from '../../shared/clients';
import { requiredEnv } from '../../shared/config';
import { deploymentWording } from '../../shared/wording';
import { traced } from '../../shared/observability';
import { withClock } from '../../domain/clock/ticket-clock';
import { deploymentClockSettings } from '../../shared/clock-settings';
import type { Invocation } from '../conflicts';
import type { WorkflowDeps, WorkflowRepository, WorkflowWriteDeps } from './ports';

/** The workflow repository over the table's data functions (functions/data/tickets.ts, workflows.ts). */
export function tableWorkflowRepository(store: Store): WorkflowRepository {
  return {
    getTicket: (number) => getTicket(store, number),
    currentTicket: (number, conflict) => currentTicket(store, number, conflict),
    saveChange: (change, expectedVersion) => saveChange(store, withClock(change, deploymentClockSettings()), expectedVersion),
    messagesOf: async (number) => (await getTicketCollection(store, number))?.messages ?? [],
    getWorkflow: (number) => getWorkflow(store, number),
    recordExecution: (number, executionArn, now) => recordExecution(store, number, executionArn, now),
    startWaiting: (number, waiting, taskToken) => startWaiting(store, number, waiting, taskToken),
    getTaskToken: (number) => getTaskToken(store, number),
    stopWaiting: (number, taskToken) => stopWaiting(store, number, taskToken),
    recordProviderReference: (number, step, created) => recordProviderReference(store, number, step, created),
    ticketOfReference: (provider, reference) => ticketOfReference(store, provider, reference),
    deliverySeen: (provider, eventId) => deliverySeen(store, provider, eventId),
    recordDelivery: (delivery) => recordDelivery(store, delivery),
  };
}

/**
 * The workflows' state machine ARNs, read from their variables (machineArnVariables) when an
 * execution is named: tasks and webhooks, which only answer tasks by token, are deployed without
 * them. A function that names executions without its ARN fails with the variable's name.
 */
const machineArnsFromEnv: MachineArns = {
  get refund() {
    return requiredEnv(machineArnVariables.refund);
  },
  get kyc() {
    return requiredEnv(machineArnVariables.kyc);
  },
  get withdrawal() {
    return requiredEnv(machineArnVariables.withdrawal);
  },
};

/**
 * The table, clock and executions of a workflow function, made at cold start (a missing TABLE_NAME
 * fails here). The Step Functions client's endpoint comes from the SDK's own configuration
 * (AWS_ENDPOINT_URL_SFN locally).
 */
export const workflowDeps: WorkflowDeps = {
  workflows: tableWorkflowRepository({ db: dynamo, table: requiredEnv('TABLE_NAME') }),
  executions: stepFunctionsExecutions(traced(new SFNClient({})), machineArnsFromEnv),
  now: () => new Date(),
  wording: deploymentWording(),
};

/** A workflow function's deps for one invocation that changes a ticket: its retries end in time. */
export function workflowWriteDeps(invocation: Invocation): WorkflowWriteDeps {
  return { ...workflowDeps, remainingMs: () => invocation.getRemainingTimeInMillis() };
}
