import type { Context } from 'aws-lambda';
import { escalateTicket } from '../use-cases/workflow-tasks';
import type { EscalateInput } from '../use-cases/workflow-tasks';
import { workflowWriteDeps } from '../use-cases/workflow-deps';

/** Task `escalate`: an internal note saying what failed, and the priority raised for agents. */
export const handler = (input: EscalateInput, context: Context) => escalateTicket(workflowWriteDeps(context), input);
