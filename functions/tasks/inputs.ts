import * as z from 'zod/mini';
import { waitKinds } from '../domain/workflow-rules';
import type { AssessInput } from '../use-cases/workflows/assess';
import type { AwaitPersonInput } from '../use-cases/workflows/await-person';
import type { AwaitProviderInput } from '../use-cases/workflows/await-provider';
import type { EscalateInput } from '../use-cases/workflows/escalate';
import type { SetStatusInput } from '../use-cases/workflows/set-status';

/*
 * What each Step Functions task is given, as the state machines' Payload blocks build it
 * (statemachines/*.asl.json). Each schema's output is the input type of the use case it feeds, so a
 * schema that drifts from its use case fails to compile. Unknown keys are dropped: a state machine
 * may pass more than a task reads.
 */

const nonEmpty = () => z.string().check(z.minLength(1));
const ticketNumber = nonEmpty();

const actorSchema = z.object({ kind: z.enum(['customer', 'agent', 'system', 'provider']), id: nonEmpty() });

/** Task `set-status`: the status, and who decided it and why (`$.outcome`). */
export const setStatusInput: z.ZodMiniType<SetStatusInput> = z.object({
  ticketNumber,
  status: nonEmpty(),
  outcome: z.optional(z.object({ actor: z.optional(actorSchema), note: z.optional(z.string()), message: z.optional(z.string()) })),
});

/** Task `assess`: the ticket, and the settings from the state machine's substitutions. */
export const assessInput: z.ZodMiniType<AssessInput> = z.object({
  ticketNumber,
  settings: z.object({
    complianceThreshold: z.optional(z.string()),
    withdrawalMaxAmount: z.optional(z.string()),
    withdrawalCurrencies: z.optional(z.string()),
  }),
});

/** Task `escalate`: what went wrong, and the error a Catch put in `$.failure`. */
export const escalateInput: z.ZodMiniType<EscalateInput> = z.object({
  ticketNumber,
  reason: nonEmpty(),
  failure: z.optional(z.object({ Error: z.optional(z.string()), Cause: z.optional(z.string()) })),
});

/** Callback task: a wait for a person, with the token to answer on. */
export const awaitPersonInput: z.ZodMiniType<AwaitPersonInput> = z.object({
  ticketNumber,
  kind: z.enum(waitKinds.filter((kind): kind is Exclude<(typeof waitKinds)[number], 'provider'> => kind !== 'provider')),
  step: nonEmpty(),
  taskToken: nonEmpty(),
});

/** Callback task: a wait for a provider, with the token its webhook answers on. */
export const awaitProviderInput: z.ZodMiniType<AwaitProviderInput> = z.object({
  ticketNumber,
  provider: z.enum(['paddle', 'coinpayments', 'j2tx']),
  step: nonEmpty(),
  taskToken: nonEmpty(),
  additionalInformation: z.optional(z.string()),
});
