import type { Context } from 'aws-lambda';
import { escalateTicket } from '../use-cases/workflows/escalate';
import type { EscalateInput } from '../use-cases/workflows/escalate';
import { workflowWriteDeps } from '../use-cases/workflows/deps';

/** Task `escalate`: an internal note saying what failed, and the priority raised for agents. */
export const handler = (input: EscalateInput, context: Context) => escalateTicket(workflowWriteDeps(context), input);
