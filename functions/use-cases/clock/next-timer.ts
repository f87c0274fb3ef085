import { nextTimerAt, type TimerSettings } from '../../domain/timers';
import type { Change } from '../../domain/types';

/**
 * The change with its ticket's `nextTimerAt` worked out from the settings: every write of a ticket
 * goes through here, so the timers index always lists the ticket by the instant that is now next.
 */
export function withNextTimer(change: Change, settings: TimerSettings): Change {
  return { ...change, ticket: { ...change.ticket, nextTimerAt: nextTimerAt(change.ticket, settings) } };
}
