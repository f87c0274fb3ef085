import type { Context } from 'aws-lambda';
import { setStatus } from '../use-cases/workflows/set-status';
import type { SetStatusInput } from '../use-cases/workflows/set-status';
import { workflowWriteDeps } from '../use-cases/workflows/deps';

/** Task `set-status`: the workflow moves its ticket through the domain, idempotently. */
export const handler = (input: SetStatusInput, context: Context) => setStatus(workflowWriteDeps(context), input);
