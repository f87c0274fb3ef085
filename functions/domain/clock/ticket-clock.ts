import type { IdSource } from '../ids';
import { timersConcern } from '../timers';
import { complaintsConcern } from './ticket-complaints';
import { satisfactionConcern } from '../satisfaction/rating';
import type { Change, Ticket } from '../types';
import type { ClockSettings } from './settings';
import { serviceLevelsConcern } from './ticket-service-levels';

/**
 * Everything the clock does to a ticket, as one list of concerns: the timers (auto-close, reminder,
 * auto-solve, domain/timers.ts), and the service levels and complaint deadlines as they are wired.
 * The ticket's `nextTimerAt` is the earliest instant any concern needs the clock, which is what the
 * timers index lists it by; at a tick, the earliest due step of any concern fires, then the next.
 */

/** One thing due for a ticket at an instant, from one concern. */
export interface ClockStep {
  /** The concern's name, so the step goes back to the concern that gave it. */
  readonly concern: string;
  /** What the concern does (`auto_close`, `first_reply_breach`...), for logs and tests. */
  readonly action: string;
  /** ISO 8601 instant at which it is due. */
  readonly at: string;
}

/** Something the clock does to tickets. Each function is pure; `now` is an ISO 8601 instant. */
export interface ClockConcern {
  readonly name: string;
  /**
   * The change with the ticket's own clock state brought up to date with what the change did (a
   * service level started, paused or met...). Every write of a ticket goes through it (see
   * withClock), so a concern sees every change. Absent when the concern keeps no state of its own.
   */
  readonly observe?: (change: Change, settings: ClockSettings) => Change;
  /** The earliest instant at which the concern may act on the ticket as it stands, or null for never. */
  readonly next: (ticket: Ticket, settings: ClockSettings) => string | null;
  /** What of the concern is due for the ticket at `now` (the latest of its due steps when several are), or undefined. */
  readonly due: (ticket: Ticket, settings: ClockSettings, now: string) => ClockStep | undefined;
  /**
   * The change that does a due step.
   * @throws RangeError when the step is not due for the ticket (callers ask `due` first).
   */
  readonly fire: (ticket: Ticket, step: ClockStep, settings: ClockSettings, now: string, ids: IdSource) => Change;
}

/** The concerns, in the order their observations apply. */
export const clockConcerns: readonly ClockConcern[] = [timersConcern, serviceLevelsConcern, complaintsConcern, satisfactionConcern];

/** The change as every write stores it: each concern's observation made, and the ticket's next timer set. */
export function withClock(change: Change, settings: ClockSettings): Change {
  const observed = clockConcerns.reduce((current, concern) => (concern.observe ? concern.observe(current, settings) : current), change);
  return { ...observed, ticket: { ...observed.ticket, nextTimerAt: nextClockAt(observed.ticket, settings) } };
}

/** The earliest instant at which any concern may act on the ticket, or null when none will until it changes. */
export function nextClockAt(ticket: Ticket, settings: ClockSettings): string | null {
  const instants = clockConcerns.flatMap((concern) => concern.next(ticket, settings) ?? []);
  return instants.length === 0 ? null : instants.reduce((earliest, instant) => (Date.parse(instant) < Date.parse(earliest) ? instant : earliest));
}

/**
 * The earliest due step of any concern at `now`, or undefined when nothing is due.
 * @throws RangeError when `now` is not an ISO 8601 instant.
 */
export function dueClockStep(ticket: Ticket, settings: ClockSettings, now: string): ClockStep | undefined {
  if (Number.isNaN(Date.parse(now))) throw new RangeError(`Not an ISO 8601 instant: ${now}`);
  const due = clockConcerns.flatMap((concern) => concern.due(ticket, settings, now) ?? []);
  return due.sort((a, b) => Date.parse(a.at) - Date.parse(b.at))[0];
}

/**
 * The change that does a due step, by the concern that gave it.
 * @throws RangeError when no concern has the step's name, or the concern's own (see ClockConcern.fire).
 */
export function fireClockStep(ticket: Ticket, step: ClockStep, settings: ClockSettings, now: string, ids: IdSource): Change {
  const concern = clockConcerns.find((candidate) => candidate.name === step.concern);
  if (!concern) throw new RangeError(`No clock concern is named ${step.concern}.`);
  return concern.fire(ticket, step, settings, now, ids);
}
