import type { Context } from 'aws-lambda';
import { setStatus } from '../services/workflow-tasks';
import type { SetStatusInput } from '../services/workflow-tasks';
import { workflowWriteDeps } from '../services/workflow-deps';

/** Task `set-status`: the workflow moves its ticket through the domain, idempotently. */
export const handler = (input: SetStatusInput, context: Context) => setStatus(workflowWriteDeps(context), input);
