import * as z from 'zod/mini';
import { entryPoint, parseTaskInput } from '../shared/entry-point';
import { clockDeps } from '../use-cases/clock/deps';
import { fireDueTimers, type FiredTimer } from '../use-cases/clock/fire-due-timers';

/**
 * The part of EventBridge's scheduled event the clock reads: `time`, the instant the rule fired
 * for (ISO 8601, in UTC). Tests invoke the function with a `time` of their choosing, which is how
 * they control the clock.
 */
const scheduledEvent = z.object({ time: z.iso.datetime({ offset: true }) });

/**
 * The clock, every minute (EventBridge `rate(1 minute)`, and the local cloud the same way): fires
 * the timers due at the event's time. Throws InvalidTaskInputError for an event without a time.
 */
export const handler = entryPoint<unknown, { fired: FiredTimer[] }>().handler(async (event, context) => {
  const { time } = parseTaskInput(scheduledEvent, event);
  return { fired: await fireDueTimers(clockDeps(context), new Date(time).toISOString()) };
});
