import type { ClockConcern } from './clock/ticket-clock';
import { isWorkflowType, statusesOf, statusOf } from './catalog';
import type { IdSource } from './ids';
import { redact } from './redaction';
import { canTransition, customerSolveStatus } from './transitions';
import type { Actor, Change, Ticket, TicketEvent } from './types';

/**
 * The ticket's timers: what happens to a ticket because time passed (closing a solved ticket,
 * reminding a customer who was asked for something, then solving the ticket they left). Nothing is
 * stored as a job: the instant of the next action is derived from the ticket and the settings
 * (`nextTimerAt`), and the clock asks `dueTimer` what is due when that instant has come.
 */

/** The timers' settings; each delay can be off (null). */
export interface TimerSettings {
  /** Days after which a solved ticket closes by itself (Zendesk's default is 4). */
  readonly autoCloseSolvedAfterDays: number | null;
  /** Hours before the auto-close at which the customer is warned. */
  readonly closeWarningBeforeHours: number | null;
  /** Days a ticket awaits the customer before they are reminded. */
  readonly remindAwaitingAfterDays: number | null;
  /** Days a ticket awaits the customer before it is solved. */
  readonly solveAwaitingAfterDays: number | null;
}

export const defaultTimerSettings: TimerSettings = {
  autoCloseSolvedAfterDays: 4,
  closeWarningBeforeHours: 24,
  remindAwaitingAfterDays: 3,
  solveAwaitingAfterDays: 7,
};

/** The actions a timer fires; the first two leave the status as it is, the last two move it. */
export const timerActions = ['close_warning', 'auto_close', 'reminder', 'auto_solve'] as const;
export type TimerAction = (typeof timerActions)[number];

/** An action that does not move the status, fired for the stretch of time that began at `since`. */
export interface TimerFired {
  readonly action: Extract<TimerAction, 'close_warning' | 'reminder'>;
  readonly since: string;
}

/** One action and its instant. */
export interface TimerStep {
  readonly action: TimerAction;
  /** ISO 8601 instant at which it is due. */
  readonly at: string;
}

/** Who acts when time passed: the system's clock, as the timeline shows it. */
export const clockActor: Actor = { kind: 'system', id: 'clock' };

const hourMs = 60 * 60 * 1000;
const dayMs = 24 * hourMs;
const at = (ms: number) => new Date(ms).toISOString();

/** When the ticket entered its status; tickets stored before timers existed count from their last change. */
const statusSinceOf = (ticket: Ticket) => ticket.statusSince ?? ticket.updatedAt;

/**
 * Since when a ticket has been awaiting the customer: from the later of entering the status and
 * support's last public reply, so a new question restarts the wait.
 */
function awaitingSince(ticket: Ticket): string {
  const since = statusSinceOf(ticket);
  return ticket.lastReply && ticket.lastReply.at > since ? ticket.lastReply.at : since;
}

const closedStatusOf = (ticket: Ticket) => statusesOf(ticket.type).find((status) => status.phase === 'closed')?.code;

/** The solved-status target a ticket awaiting the customer is solved to, when its type has one reachable. */
function autoSolveTarget(ticket: Ticket): string | undefined {
  const target = customerSolveStatus(ticket.type);
  return target !== undefined && statusOf(ticket.type, target).phase === 'solved' && canTransition(ticket.type, ticket.status, target) ? target : undefined;
}

/**
 * The stretch of time the ticket's timers count from, and the actions of that stretch in order,
 * whether fired already or not. Workflow tickets before their outcome have none (their workflow
 * keeps its own waits); a workflow outcome (solved) closes like any solved ticket, since the
 * workflow has ended and closing takes nothing from it.
 */
function schedule(ticket: Ticket, settings: TimerSettings): { since: string; steps: TimerStep[] } | undefined {
  if (ticket.phase === 'solved') {
    const closed = closedStatusOf(ticket);
    if (settings.autoCloseSolvedAfterDays === null || closed === undefined || !canTransition(ticket.type, ticket.status, closed)) return undefined;
    const since = statusSinceOf(ticket);
    const start = Date.parse(since);
    const closeAt = start + settings.autoCloseSolvedAfterDays * dayMs;
    const steps: TimerStep[] = [];
    if (settings.closeWarningBeforeHours !== null) steps.push({ action: 'close_warning', at: at(Math.max(start, closeAt - settings.closeWarningBeforeHours * hourMs)) });
    steps.push({ action: 'auto_close', at: at(closeAt) });
    return { since, steps };
  }
  if (ticket.phase === 'awaiting_reply' && !isWorkflowType(ticket.type)) {
    const since = awaitingSince(ticket);
    const start = Date.parse(since);
    const solveAt = settings.solveAwaitingAfterDays === null || autoSolveTarget(ticket) === undefined ? undefined : start + settings.solveAwaitingAfterDays * dayMs;
    const steps: TimerStep[] = [];
    // A reminder due with or after the solve would tell of a wait that is already over.
    if (settings.remindAwaitingAfterDays !== null && (solveAt === undefined || start + settings.remindAwaitingAfterDays * dayMs < solveAt)) {
      steps.push({ action: 'reminder', at: at(start + settings.remindAwaitingAfterDays * dayMs) });
    }
    if (solveAt !== undefined) steps.push({ action: 'auto_solve', at: at(solveAt) });
    return { since, steps };
  }
  return undefined;
}

/** The actions still to fire for the ticket as it stands, in order. */
function pendingSteps(ticket: Ticket, settings: TimerSettings): TimerStep[] {
  const plan = schedule(ticket, settings);
  if (!plan) return [];
  const fired = ticket.timerFired?.since === plan.since ? ticket.timerFired.action : undefined;
  const firedIndex = fired === undefined ? -1 : plan.steps.findIndex((step) => step.action === fired);
  return plan.steps.slice(firedIndex + 1);
}

/**
 * The earliest instant at which something time-based may happen to the ticket, or null when
 * nothing will until it changes: the key the clock's index lists it by.
 */
export function nextTimerAt(ticket: Ticket, settings: TimerSettings): string | null {
  return pendingSteps(ticket, settings)[0]?.at ?? null;
}

/**
 * What is due for the ticket at `now`: the latest due action of its pending ones (a ticket whose
 * warning and close are both past is closed, not warned), or undefined when nothing is.
 * @throws RangeError when `now` is not an ISO 8601 instant.
 */
export function dueTimer(ticket: Ticket, settings: TimerSettings, now: string): TimerStep | undefined {
  const nowMs = Date.parse(now);
  if (Number.isNaN(nowMs)) throw new RangeError(`Not an ISO 8601 instant: ${now}`);
  return pendingSteps(ticket, settings)
    .filter((step) => Date.parse(step.at) <= nowMs)
    .at(-1);
}

const plural = (count: number, unit: string) => `${count} ${unit}${count === 1 ? '' : 's'}`;

/**
 * The change that fires a due action, by the clock: a warning or a reminder is a public timeline
 * event (which the notifier emails) and marks the ticket so it fires once; a close or a solve is
 * a status change with a note saying why. The instant an upcoming action will happen is in the
 * event's `after` (`closesAt`, `solvesAt`), for the email.
 * @throws RangeError when the step is not pending for the ticket (the caller asks dueTimer first).
 */
export function fireTimer(ticket: Ticket, step: TimerStep, settings: TimerSettings, now: string, ids: IdSource): Change {
  const plan = schedule(ticket, settings);
  const pending = pendingSteps(ticket, settings);
  if (!plan || !pending.some((candidate) => candidate.action === step.action)) throw new RangeError(`Timer ${step.action} is not pending for ticket ${ticket.number}.`);
  const later = (action: TimerAction) => plan.steps.find((candidate) => candidate.action === action)?.at ?? null;
  const event = (kind: TicketEvent['kind'], before: unknown, after: unknown, note?: string): TicketEvent => ({
    id: ids(),
    kind,
    actor: clockActor,
    at: now,
    before,
    after,
    internal: false,
    ...(note !== undefined ? { note: redact(note).text } : {}),
  });
  const bump = (fields: Partial<Ticket>): Ticket => {
    const next = { ...ticket, ...fields };
    const statusChanged = next.status !== ticket.status;
    return { ...next, phase: statusOf(next.type, next.status).phase, statusSince: statusChanged ? now : statusSinceOf(ticket), updatedAt: now, activityAt: now, version: ticket.version + 1 };
  };
  switch (step.action) {
    case 'close_warning':
      return { ticket: bump({ timerFired: { action: 'close_warning', since: plan.since } }), events: [event('close_warning', null, { closesAt: later('auto_close') })] };
    case 'reminder':
      return { ticket: bump({ timerFired: { action: 'reminder', since: plan.since } }), events: [event('reminder', null, { solvesAt: later('auto_solve') })] };
    case 'auto_close': {
      const closed = closedStatusOf(ticket)!;
      const days = plural(settings.autoCloseSolvedAfterDays ?? 0, 'day');
      return { ticket: bump({ status: closed, timerFired: null }), events: [event('status', { status: ticket.status }, { status: closed }, `Closed automatically ${days} after it was solved.`)] };
    }
    case 'auto_solve': {
      const target = autoSolveTarget(ticket)!;
      const days = plural(settings.solveAwaitingAfterDays ?? 0, 'day');
      return { ticket: bump({ status: target, timerFired: null }), events: [event('solved', { status: ticket.status }, { status: target }, `Solved automatically after ${days} without a reply from the customer.`)] };
    }
  }
}

const isTimerAction = (action: string): action is TimerAction => (timerActions as readonly string[]).includes(action);

/** The timers as one of the clock's concerns (domain/clock/ticket-clock.ts), under the deployment's `timers` settings. */
export const timersConcern: ClockConcern = {
  name: 'timers',
  next: (ticket, settings) => nextTimerAt(ticket, settings.timers),
  due: (ticket, settings, now) => {
    const step = dueTimer(ticket, settings.timers, now);
    return step && { concern: 'timers', ...step };
  },
  fire: (ticket, step, settings, now, ids) => {
    if (!isTimerAction(step.action)) throw new RangeError(`Not a timer action: ${step.action}`);
    return fireTimer(ticket, { action: step.action, at: step.at }, settings.timers, now, ids);
  },
};
