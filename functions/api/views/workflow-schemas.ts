import * as z from 'zod/mini';
import { decisions, waitKinds } from '../../domain/workflow-rules';
import { agentTicketSchema, timestampSchema } from './tickets-schemas';
import { executionStatuses, executionStepKinds } from '../../use-cases/workflows/ports';

/*
 * What GET /v1/agent/tickets/{number}/workflow and POST .../decision return, as zod schemas the
 * OpenAPI document is built from (functions/api/openapi/). The views that produce them return
 * `WorkflowView` and `DecisionAcceptedView`, imported as types only (no schema is built at cold
 * start), so they cannot drift from what the document promises.
 */

const timestamp = timestampSchema;
const providerNames = z.enum(['paddle', 'coinpayments', 'j2tx']);


/** One line of a workflow's history as agents read it: never parameters, outputs or tokens. */
export const historyLineSchema = z.object({
  at: timestamp,
  what: z.enum(executionStepKinds),
  state: z.optional(z.string()),
  error: z.optional(z.string()),
});

/** What the workflow waits for, while it waits. */
export const waitingSchema = z.object({
  kind: z.enum(waitKinds),
  decisions: z.array(z.enum(decisions)),
  provider: z.optional(providerNames),
  step: z.string(),
  since: timestamp,
});

/** A ticket's workflow: the execution, the state it is in, what it waits for, its history. */
export const workflowSchema = z.object({
  execution: z.object({
    executionArn: z.string(),
    name: z.string(),
    status: z.enum(executionStatuses),
    startDate: z.optional(timestamp),
    stopDate: z.optional(timestamp),
    error: z.optional(z.string()),
    cause: z.optional(z.string()),
  }),
  currentState: z.nullable(z.string()),
  waiting: z.nullable(waitingSchema),
  provider: z.nullable(z.object({ name: providerNames, reference: z.string() })),
  history: z.array(historyLineSchema),
});
export type WorkflowView = z.output<typeof workflowSchema>;
export type HistoryLineView = z.output<typeof historyLineSchema>;

/** A decision taken: the ticket with the decision's note, which decision, and what the workflow waited for. */
export const decisionAcceptedSchema = z.object({
  ticket: agentTicketSchema,
  decision: z.object({ decision: z.enum(decisions), waitingFor: z.enum(waitKinds) }),
});
export type DecisionAcceptedView = z.output<typeof decisionAcceptedSchema>;
