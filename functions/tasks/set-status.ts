import type { Context } from 'aws-lambda';
import { setStatus } from '../use-cases/workflow-tasks';
import type { SetStatusInput } from '../use-cases/workflow-tasks';
import { workflowWriteDeps } from '../use-cases/workflow-deps';

/** Task `set-status`: the workflow moves its ticket through the domain, idempotently. */
export const handler = (input: SetStatusInput, context: Context) => setStatus(workflowWriteDeps(context), input);
