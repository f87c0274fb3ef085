import * as z from 'zod/mini';
import { complaintRules } from '../../domain/clock/complaint-deadlines';

/*
 * The zod schemas of what ./complaints.ts's views return: a ticket's complaint as its customer and
 * as an agent see it. The OpenAPI document is built from them.
 */

// As tickets-schemas.ts writes times (which imports this module, so cannot be imported here).
const timestampSchema = z.iso.datetime();
const day = z.iso.date();
const deadlineSchema = z.object({ lastDay: day, dueAt: timestampSchema, state: z.enum(['running', 'met', 'breached']) });

/** A ticket's complaint as the customer sees it: that it is one, when it was received, and by when its final response is due. */
export const customerComplaintSchema = z.object({
  receivedAt: timestampSchema,
  reason: z.nullable(z.string()),
  /** The last day of the final response's deadline, in the deployment's time zone; null where no rule sets one. */
  finalResponseBy: z.nullable(day),
  finalResponseAt: z.nullable(timestampSchema),
});

/** A ticket's complaint as agents see it: its rule, each deadline with where it stands, and the responses sent. */
export const agentComplaintSchema = z.object({
  receivedAt: timestampSchema,
  markedAt: timestampSchema,
  markedBy: z.enum(['customer', 'agent']),
  reason: z.nullable(z.string()),
  rule: z.enum(complaintRules),
  /** Null under the rule `none`. `holdingReply` is PSD2's only; `extended` says a holding reply in time moved the final response's deadline to 35 business days. */
  deadlines: z.nullable(z.object({ acknowledgement: deadlineSchema, holdingReply: z.nullable(deadlineSchema), finalResponse: deadlineSchema, extended: z.boolean() })),
  responses: z.object({ acknowledgedAt: z.nullable(timestampSchema), holdingReplyAt: z.nullable(timestampSchema), finalResponseAt: z.nullable(timestampSchema) }),
  /** For the regulatory return: open, resolved within its deadline, late (answered late or open past it), or resolved under no rule. */
  outcome: z.enum(['open', 'resolved_within_deadline', 'late', 'resolved']),
});

export type CustomerComplaintView = z.output<typeof customerComplaintSchema>;
export type AgentComplaintView = z.output<typeof agentComplaintSchema>;
