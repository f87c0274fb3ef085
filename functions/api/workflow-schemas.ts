import * as z from 'zod';
import { decisions } from '../domain/workflow-rules';

/** POST /v1/agent/tickets/{number}/decision. */
export const decisionBody = z.strictObject({
  decision: z.enum(decisions),
  note: z.string().trim().min(1, 'Required; must not be blank.').max(2000, 'At most 2000 characters.'),
  reference: z.string().trim().min(1).max(200, 'At most 200 characters.').optional(),
});
export type DecisionBody = z.output<typeof decisionBody>;
