import * as z from 'zod/mini';
import { decisions } from '../domain/workflow-rules';

/** POST /v1/agent/tickets/{number}/decision. */
export const decisionBody = z.strictObject({
  decision: z.enum(decisions),
  note: z.string().check(z.trim(), z.minLength(1, 'Required; must not be blank.'), z.maxLength(2000, 'At most 2000 characters.')),
  /** For a reject or cancel decision: why, in words for the customer (emailed and shown on the ticket). */
  reason: z.optional(z.string().check(z.trim(), z.minLength(1, 'Must not be blank when given.'), z.maxLength(1000, 'At most 1000 characters.'))),
  reference: z.optional(z.string().check(z.trim(), z.minLength(1), z.maxLength(200, 'At most 200 characters.'))),
});
export type DecisionBody = z.output<typeof decisionBody>;
