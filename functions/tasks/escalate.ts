import { taskHandler } from '../shared/entry-point';
import { escalateTicket } from '../use-cases/workflows/escalate';
import { workflowWriteDeps } from '../use-cases/workflows/deps';
import { escalateInput } from './inputs';

/** Task `escalate`: an internal note saying what failed, and the priority raised for agents. */
export const handler = taskHandler(escalateInput, (input, context) => escalateTicket(workflowWriteDeps(context), input));
