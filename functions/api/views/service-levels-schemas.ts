import * as z from 'zod/mini';
import { serviceLevelTargets, targetStates } from '../../domain/clock/service-levels';

/*
 * The zod schema of what ./service-levels.ts's view returns: a ticket's service-level clocks as
 * agents see them (customers never do). Kept apart from tickets-schemas.ts so the service levels
 * change in one place.
 */

const timestamp = z.iso.datetime();

/** One target's clock at the moment of the request. */
export const serviceLevelClockSchema = z.object({
  /** firstReply, nextReply or resolution. */
  target: z.enum(serviceLevelTargets),
  /** running, paused (awaiting the customer), met (in time) or breached (due time passed before it was met; stays so once met late). */
  state: z.enum(targetStates),
  startedAt: timestamp,
  /** When it falls due; null while paused, since that depends on when it resumes. */
  dueAt: z.nullable(timestamp),
  /** When it warns (the deployment's warning share of its time); null while paused before it. */
  warningAt: z.nullable(timestamp),
  /** Running or paused, and past its warning time. */
  warning: z.boolean(),
  metAt: z.nullable(timestamp),
  /** Business time used, in milliseconds. */
  elapsedMs: z.int(),
  /** Business time left before it is due, in milliseconds; negative by how much it is overdue. */
  remainingMs: z.int(),
});

/** A ticket's service levels: the latest run of each target its priority measures that has started. */
export const serviceLevelsSchema = z.array(serviceLevelClockSchema);
export type ServiceLevelsView = z.output<typeof serviceLevelsSchema>;
