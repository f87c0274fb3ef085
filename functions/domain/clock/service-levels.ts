import type { Priority } from '../types';
import type { BusinessCalendar } from './business-calendar';
import { addBusinessTime, businessDuration } from './business-time';
import { parseInstant, type Interval } from './zone';

/**
 * Service levels: per priority, how much business time support has for a ticket's first reply, each
 * next reply and its resolution, and when a target warns before it is due. A target's clock runs on
 * the business calendar from its start, stops while paused (the ticket awaits the customer), and
 * stops for good when the target is met.
 */

/** The targets a ticket's clocks measure. */
export const serviceLevelTargets = ['firstReply', 'nextReply', 'resolution'] as const;
export type ServiceLevelTarget = (typeof serviceLevelTargets)[number];

/** A deployment's service levels. */
export interface ServiceLevelPolicy {
  /** The share of a target's time after which it warns (0.75: when a quarter of the time is left). */
  readonly warningShare: number;
  /** Business minutes for each target, by priority; a target missing is not measured for that priority. */
  readonly targets: Readonly<Record<Priority, Readonly<Partial<Record<ServiceLevelTarget, number>>>>>;
}

/** What happened to a target's clock, as the timeline records it. */
export const clockEventKinds = ['started', 'paused', 'resumed', 'met'] as const;
export type ClockEventKind = (typeof clockEventKinds)[number];

export interface ClockEvent {
  readonly target: ServiceLevelTarget;
  readonly kind: ClockEventKind;
  /** ISO 8601 instant. */
  readonly at: string;
}

/**
 * Where a target stands:
 * - `running`: its time is counting;
 * - `paused`: its time stopped (awaiting the customer) before it was due;
 * - `met`: it was met by its due time;
 * - `breached`: its due time passed before it was met (it stays breached once met late).
 */
export const targetStates = ['running', 'paused', 'met', 'breached'] as const;
export type TargetState = (typeof targetStates)[number];

/** A target's clock at a moment. Instants are ISO 8601. */
export interface TargetClock {
  readonly target: ServiceLevelTarget;
  readonly state: TargetState;
  readonly startedAt: string;
  /** When it falls due; null while paused with time left, since the due time depends on when it resumes. */
  readonly dueAt: string | null;
  /** When it warns; null while paused before the warning, for the same reason. */
  readonly warningAt: string | null;
  /** Running or paused, and past its warning time: the team should hear of it. */
  readonly warning: boolean;
  readonly metAt: string | null;
  /** Business time the target has used (up to when it was met, or now), in milliseconds. */
  readonly elapsedMs: number;
  /** Business time left before it is due; negative by how much it is overdue. */
  readonly remainingMs: number;
}

/** One run of a target's clock: from a start to the met that ends it (next replies run many times). */
interface Cycle {
  readonly start: number;
  readonly pauses: Interval[];
  openPause: number | null;
  met: number | null;
}

/**
 * The clocks of a ticket's targets at `now`, from its clock events: for each target the priority
 * has and that has started, its latest run (a next reply starts again after each reply).
 *
 * Events are taken in time order. A `started` while the target's clock is already running is
 * ignored, so a customer's second message does not push back the reply they are waiting for; a
 * `paused` while paused, a `resumed` while running, and anything before a `started` are ignored too,
 * so that a repeated or late event does not change the answer.
 * @throws RangeError when an event's or `now`'s instant is not ISO 8601.
 */
export function serviceLevelClocks(calendar: BusinessCalendar, policy: ServiceLevelPolicy, priority: Priority, events: readonly ClockEvent[], now: string): TargetClock[] {
  const nowMs = parseInstant(now);
  const cycles = latestCycles(events);
  const clocks: TargetClock[] = [];
  for (const target of serviceLevelTargets) {
    const minutes = policy.targets[priority][target];
    const cycle = cycles.get(target);
    if (minutes === undefined || !cycle) continue;
    clocks.push(clockOf(calendar, target, minutes * 60_000, policy.warningShare, cycle, nowMs));
  }
  return clocks;
}

function latestCycles(events: readonly ClockEvent[]): Map<ServiceLevelTarget, Cycle> {
  const ordered = events.map((event) => ({ ...event, time: parseInstant(event.at) })).sort((a, b) => a.time - b.time);
  const cycles = new Map<ServiceLevelTarget, Cycle>();
  for (const event of ordered) {
    const cycle = cycles.get(event.target);
    const running = cycle !== undefined && cycle.met === null;
    if (event.kind === 'started') {
      if (!running) cycles.set(event.target, { start: event.time, pauses: [], openPause: null, met: null });
    } else if (!running) {
      continue;
    } else if (event.kind === 'paused') {
      cycle.openPause ??= event.time;
    } else if (event.kind === 'resumed') {
      if (cycle.openPause !== null) cycle.pauses.push({ start: cycle.openPause, end: event.time });
      cycle.openPause = null;
    } else {
      if (cycle.openPause !== null) cycle.pauses.push({ start: cycle.openPause, end: event.time });
      cycle.openPause = null;
      cycle.met = event.time;
    }
  }
  return cycles;
}

function clockOf(calendar: BusinessCalendar, target: ServiceLevelTarget, durationMs: number, warningShare: number, cycle: Cycle, now: number): TargetClock {
  const pauses = cycle.openPause === null ? cycle.pauses : [...cycle.pauses, { start: cycle.openPause, end: Infinity }];
  const due = addBusinessTime(calendar, cycle.start, durationMs, pauses);
  const warningAt = addBusinessTime(calendar, cycle.start, Math.round(durationMs * warningShare), pauses);
  const end = cycle.met ?? now;
  const elapsedMs = end > cycle.start ? businessDuration(calendar, cycle.start, end, pauses) : 0;
  const state: TargetState =
    due !== null && due <= end && !(cycle.met !== null && cycle.met <= due) ? 'breached' : cycle.met !== null ? 'met' : cycle.openPause !== null ? 'paused' : 'running';
  return {
    target,
    state,
    startedAt: new Date(cycle.start).toISOString(),
    dueAt: due === null ? null : new Date(due).toISOString(),
    warningAt: warningAt === null ? null : new Date(warningAt).toISOString(),
    warning: (state === 'running' || state === 'paused') && warningAt !== null && now >= warningAt,
    metAt: cycle.met === null ? null : new Date(cycle.met).toISOString(),
    elapsedMs,
    remainingMs: durationMs - elapsedMs,
  };
}

/**
 * The first instant after `now` at which a clock changes by time alone (a running target warns or
 * falls due), or null when none will until another event comes: when the ticket's timer should fire next.
 * @throws RangeError when `now` is not ISO 8601 with an offset.
 */
export function nextClockChange(clocks: readonly TargetClock[], now: string): string | null {
  const nowMs = parseInstant(now);
  const upcoming = clocks
    .filter((clock) => clock.state === 'running')
    .flatMap((clock) => [clock.warningAt, clock.dueAt])
    .flatMap((instant) => (instant === null ? [] : [Date.parse(instant)]))
    .filter((instant) => instant > nowMs);
  return upcoming.length === 0 ? null : new Date(Math.min(...upcoming)).toISOString();
}
