import type { WorkflowType } from '../domain/catalog';

/**
 * The environment variable that gives a function the ARN of each workflow's state machine:
 * infra/system.ts sets them, the execution gateway's wiring (use-cases/workflows/deps.ts) reads them.
 */
export const machineArnVariables = {
  refund: 'REFUND_STATE_MACHINE_ARN',
  kyc: 'KYC_STATE_MACHINE_ARN',
  withdrawal: 'WITHDRAWAL_STATE_MACHINE_ARN',
} as const satisfies Readonly<Record<WorkflowType, string>>;
