import { SFNClient } from '@aws-sdk/client-sfn';
import { dynamo } from '../shared/clients';
import { requiredEnv } from '../shared/config';
import { traced } from '../shared/observability';
import type { Invocation } from './conflicts';
import type { MachineArns, WorkflowDeps, WorkflowWriteDeps } from './workflows';

/**
 * The table, clock and Step Functions client of a workflow function, settled at cold start. The
 * client's endpoint comes from the SDK's own configuration (AWS_ENDPOINT_URL_SFN locally).
 */
export const workflowDeps: WorkflowDeps = {
  store: { db: dynamo, table: requiredEnv('TABLE_NAME') },
  now: () => new Date(),
  sfn: traced(new SFNClient({})),
};

/**
 * The workflows' state machine ARNs from REFUND_STATE_MACHINE_ARN, KYC_STATE_MACHINE_ARN and
 * WITHDRAWAL_STATE_MACHINE_ARN; call it at module load so a missing one fails the cold start.
 * @throws Error naming the missing variable.
 */
export function machineArnsFromEnv(): MachineArns {
  return {
    refund: requiredEnv('REFUND_STATE_MACHINE_ARN'),
    kyc: requiredEnv('KYC_STATE_MACHINE_ARN'),
    withdrawal: requiredEnv('WITHDRAWAL_STATE_MACHINE_ARN'),
  };
}

/** A workflow function's deps for one invocation that changes a ticket: its retries end in time. */
export function workflowWriteDeps(invocation: Invocation): WorkflowWriteDeps {
  return { ...workflowDeps, remainingMs: () => invocation.getRemainingTimeInMillis() };
}
