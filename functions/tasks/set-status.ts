import { taskHandler } from '../shared/entry-point';
import { setStatus } from '../use-cases/workflow-tasks';
import { workflowWriteDeps } from '../use-cases/workflow-deps';
import { setStatusInput } from './inputs';

/** Task `set-status`: the workflow moves its ticket through the domain, idempotently. */
export const handler = taskHandler(setStatusInput, (input, context) => setStatus(workflowWriteDeps(context), input));
