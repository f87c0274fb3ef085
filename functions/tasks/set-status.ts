import { taskHandler } from '../shared/entry-point';
import { setStatus } from '../use-cases/workflows/set-status';
import { workflowWriteDeps } from '../use-cases/workflows/deps';
import { setStatusInput } from './inputs';

/** Task `set-status`: the workflow moves its ticket through the domain, idempotently. */
export const handler = taskHandler(setStatusInput, (input, context) => setStatus(workflowWriteDeps(context), input));
