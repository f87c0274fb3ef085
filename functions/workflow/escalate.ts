import type { Context } from 'aws-lambda';
import { escalateTicket } from '../services/workflow-tasks';
import type { EscalateInput } from '../services/workflow-tasks';
import { workflowWriteDeps } from '../services/workflow-deps';

/** Task `escalate`: an internal note saying what failed, and the priority raised for agents. */
export const handler = (input: EscalateInput, context: Context) => escalateTicket(workflowWriteDeps(context), input);
