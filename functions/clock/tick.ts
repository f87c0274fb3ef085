import * as z from 'zod/mini';
import { entryPoint, parseTaskInput } from '../shared/entry-point';
import { clockDeps } from '../use-cases/clock/deps';
import { fireDueTimer, fireDueTimers, type FiredTimer } from '../use-cases/clock/fire-due-timers';

/**
 * The part of EventBridge's scheduled event the clock reads: `time`, the instant the rule fired
 * for (ISO 8601, in UTC). Tests invoke the function with a `time` of their choosing, which is how
 * they control the clock.
 */
const scheduledEvent = z.object({
  time: z.iso.datetime({ offset: true }),
  /**
   * Set by hand, never by the schedule: the tickets whose due timers to fire, read by key instead of
   * from the index (an operator re-running a ticket's timer; a test that must not touch others' tickets).
   */
  detail: z.optional(z.object({ tickets: z.optional(z.array(z.string().check(z.regex(/^\d{1,12}$/))).check(z.maxLength(100))) })),
});

/**
 * The clock, every minute (EventBridge `rate(1 minute)`, and the local cloud the same way): fires
 * the timers due at the event's time (or, when the event names tickets, theirs only). Throws
 * InvalidTaskInputError for an event without a time or with a malformed list of tickets.
 */
export const handler = entryPoint<unknown, { fired: FiredTimer[] }>().handler(async (event, context) => {
  const { time, detail } = parseTaskInput(scheduledEvent, event);
  const now = new Date(time).toISOString();
  const deps = clockDeps(context);
  if (detail?.tickets) return { fired: (await Promise.all(detail.tickets.map((number) => fireDueTimer(deps, number, now)))).flat() };
  return { fired: await fireDueTimers(deps, now) };
});
