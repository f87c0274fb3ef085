import { statusOf } from '../catalog';
import type { IdSource } from '../ids';
import { clockActor } from '../timers';
import type { Actor, Change, Phase, Ticket, TicketEvent, TicketServiceLevels } from '../types';
import { serviceLevelClocks, serviceLevelTargets, type ClockEvent, type ClockEventKind, type ServiceLevelTarget, type TargetClock } from './service-levels';
import type { ClockSettings } from './settings';
import type { ClockConcern, ClockStep } from './ticket-clock';

/**
 * Service levels wired to tickets: which of a ticket's targets start, pause, resume and are met is
 * read from what each change did (its events), kept on the ticket as clock events (`serviceLevels`),
 * and the clock warns and breaches each running target once per cycle.
 *
 * The rules:
 * - a ticket the customer opens starts firstReply and resolution; one support opens for a customer
 *   starts resolution only (support wrote first);
 * - support's public message (an agent's, a workflow's or a provider's) meets firstReply and a
 *   running nextReply; an internal note meets nothing;
 * - the customer's message after support has replied starts nextReply (ignored while one runs);
 * - entering the awaiting_reply phase pauses every running target, leaving it resumes them;
 * - entering solved or closed meets every running target (resolution, and stops the replies);
 * - a reopen starts resolution again, as a new cycle.
 * Workflow tickets are measured like any other: a workflow's message is support's, and only their
 * statuses of the awaiting_reply phase (which await the customer) pause the clocks; their waits on
 * outside parties count, since the customer waits for them too.
 */

/** What the timeline records of a target: its clock events, and the clock's warning and breach. */
export const serviceLevelStates = ['started', 'paused', 'resumed', 'met', 'warning', 'breached'] as const;
export type ServiceLevelState = (typeof serviceLevelStates)[number];

/** The `after` of a `service_level` event. */
export interface ServiceLevelEventValue {
  readonly target: ServiceLevelTarget;
  readonly state: ServiceLevelState;
  /** When the target falls due, as it stood at the event; null while paused. */
  readonly dueAt: string | null;
  /** The ticket's priority, on a warning or a breach (what the team's alert names). */
  readonly priority?: Ticket['priority'];
}

/** The clock's alerts of a target, each at most once per cycle. */
export type ServiceLevelAlert = 'warning' | 'breached';

const noServiceLevels: TicketServiceLevels = { events: [], fired: [], nearestDueAt: null };

type Standing = 'none' | 'running' | 'paused' | 'met';

/** Where each target stands after the events, as serviceLevelClocks reads them (a start while running is ignored...). */
function standings(events: readonly ClockEvent[]): Map<ServiceLevelTarget, Standing> {
  const standing = new Map<ServiceLevelTarget, Standing>(serviceLevelTargets.map((target) => [target, 'none']));
  for (const event of events) {
    const now = standing.get(event.target)!;
    const next = stepOf(now, event.kind);
    if (next) standing.set(event.target, next);
  }
  return standing;
}

/** Where a target goes from `now` by an event, or undefined when the event changes nothing. */
function stepOf(now: Standing, kind: ClockEventKind): Standing | undefined {
  if (kind === 'started') return now === 'none' || now === 'met' ? 'running' : undefined;
  if (kind === 'paused') return now === 'running' ? 'paused' : undefined;
  if (kind === 'resumed') return now === 'paused' ? 'running' : undefined;
  return now === 'running' || now === 'paused' ? 'met' : undefined;
}

const field = (value: unknown, name: string): unknown => (typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[name] : undefined);

function phaseOf(ticket: Ticket, status: unknown): Phase | undefined {
  if (typeof status !== 'string') return undefined;
  try {
    return statusOf(ticket.type, status).phase;
  } catch {
    return undefined;
  }
}

const isOver = (phase: Phase | undefined) => phase === 'solved' || phase === 'closed';

/** The clock events one timeline event asks for (before checking whether each changes anything). */
function wantedBy(event: TicketEvent, ticket: Ticket, supportHasReplied: boolean): { target: ServiceLevelTarget; kind: ClockEventKind }[] {
  const all = (kind: ClockEventKind) => serviceLevelTargets.map((target) => ({ target, kind }));
  switch (event.kind) {
    case 'created':
      return field(event.after, 'openedBy') === 'customer'
        ? [
            { target: 'firstReply', kind: 'started' },
            { target: 'resolution', kind: 'started' },
          ]
        : [{ target: 'resolution', kind: 'started' }];
    case 'message':
      if (event.internal) return [];
      if (event.actor.kind === 'customer') return supportHasReplied ? [{ target: 'nextReply', kind: 'started' }] : [];
      return [
        { target: 'firstReply', kind: 'met' },
        { target: 'nextReply', kind: 'met' },
      ];
    case 'status':
    case 'solved':
    case 'reopened': {
      const from = phaseOf(ticket, field(event.before, 'status'));
      const to = phaseOf(ticket, field(event.after, 'status'));
      if (from === to) return [];
      if (isOver(to)) return all('met');
      const wanted: { target: ServiceLevelTarget; kind: ClockEventKind }[] = [];
      if (isOver(from)) wanted.push({ target: 'resolution', kind: 'started' });
      if (from === 'awaiting_reply') wanted.push(...all('resumed'));
      if (to === 'awaiting_reply') wanted.push(...all('paused'));
      return wanted;
    }
    default:
      return [];
  }
}

/** The clocks of a ticket's targets at `now`, under the deployment's settings. */
export function ticketClocks(ticket: Ticket, settings: ClockSettings, now: string): TargetClock[] {
  return serviceLevelClocks(settings.calendar, settings.serviceLevels, ticket.priority, ticket.serviceLevels?.events ?? [], now);
}

/** A target whose time counts: started, not met, not paused (it may be overdue). */
const counting = (clock: TargetClock) => clock.metAt === null && clock.dueAt !== null && clock.state !== 'paused';

/** The nearest due time of the ticket's counting targets, or null when none counts. */
function nearestDueAt(ticket: Ticket, settings: ClockSettings): string | null {
  const dues = ticketClocks(ticket, settings, ticket.updatedAt)
    .filter(counting)
    .map((clock) => clock.dueAt!);
  return dues.length === 0 ? null : dues.reduce((nearest, due) => (due < nearest ? due : nearest));
}

/** Only what the latest cycle of each target needs: its events from its last start, and its alerts. */
function latestCycleOnly(state: TicketServiceLevels): Pick<TicketServiceLevels, 'events' | 'fired'> {
  const startOf = new Map<ServiceLevelTarget, string>();
  for (const event of state.events) if (event.kind === 'started') startOf.set(event.target, new Date(event.at).toISOString());
  const events: ClockEvent[] = [];
  for (const target of serviceLevelTargets) {
    const own = state.events.filter((event) => event.target === target);
    const lastStart = own.map((event) => event.kind).lastIndexOf('started');
    if (lastStart >= 0) events.push(...own.slice(lastStart));
  }
  return { events, fired: state.fired.filter((alert) => alert.startedAt === startOf.get(alert.target)) };
}

/** A `service_level` event: by whoever made the change that started, paused or met the target; by the clock for a warning or a breach. */
function serviceLevelEvent(id: string, actor: Actor, at: string, value: ServiceLevelEventValue): TicketEvent {
  return { id, kind: 'service_level', actor, at, before: null, after: value, internal: true };
}

/**
 * The change with its service levels brought up to date: each timeline event's clock events that
 * change a target (a start while running, a pause while paused... change nothing and are left out)
 * are kept on the ticket, and the timeline gets a `service_level` event for each (agents only).
 * The nearest due time of the counting targets is stored for the queue's order.
 */
export function observeServiceLevels(change: Change, settings: ClockSettings): Change {
  const { ticket } = change;
  const previous = ticket.serviceLevels ?? noServiceLevels;
  const events: ClockEvent[] = [...previous.events];
  const standing = standings(events);
  const recorded: TicketEvent[] = [];
  // The customer's own messages never move lastReply, so it says whether support replied before their message.
  const supportHasReplied = ticket.lastReply !== null;
  for (const event of change.events) {
    for (const wanted of wantedBy(event, ticket, supportHasReplied)) {
      const next = stepOf(standing.get(wanted.target)!, wanted.kind);
      if (!next) continue;
      standing.set(wanted.target, next);
      const clockEvent: ClockEvent = { target: wanted.target, kind: wanted.kind, at: event.at };
      events.push(clockEvent);
      const clock = serviceLevelClocks(settings.calendar, settings.serviceLevels, ticket.priority, events, event.at).find((candidate) => candidate.target === wanted.target);
      // A target the ticket's priority does not measure is kept (the priority may change) but not shown.
      if (clock) recorded.push(serviceLevelEvent(`${event.id}.${wanted.target}.${wanted.kind}`, event.actor, event.at, { target: wanted.target, state: wanted.kind, dueAt: clock.dueAt }));
    }
  }
  const kept = latestCycleOnly({ ...previous, events });
  const observed: Ticket = { ...ticket, serviceLevels: { ...kept, nearestDueAt: null } };
  return { ...change, ticket: { ...observed, serviceLevels: { ...kept, nearestDueAt: nearestDueAt(observed, settings) } }, events: [...change.events, ...recorded] };
}

const firedAlready = (ticket: Ticket, clock: TargetClock, alert: ServiceLevelAlert) =>
  (ticket.serviceLevels?.fired ?? []).some((fired) => fired.target === clock.target && fired.startedAt === clock.startedAt && (fired.alert === alert || fired.alert === 'breached'));

/** The alert still to come of a counting target and when, or undefined when both were given. */
function pendingAlert(ticket: Ticket, clock: TargetClock): { alert: ServiceLevelAlert; at: string } | undefined {
  if (!counting(clock)) return undefined;
  if (clock.warningAt !== null && !firedAlready(ticket, clock, 'warning')) return { alert: 'warning', at: clock.warningAt };
  if (!firedAlready(ticket, clock, 'breached')) return { alert: 'breached', at: clock.dueAt! };
  return undefined;
}

/** The earliest instant at which a counting target of the ticket warns or breaches, not given yet; null for none. */
export function nextServiceLevelAlertAt(ticket: Ticket, settings: ClockSettings): string | null {
  const instants = ticketClocks(ticket, settings, ticket.updatedAt).flatMap((clock) => pendingAlert(ticket, clock)?.at ?? []);
  return instants.length === 0 ? null : instants.reduce((earliest, instant) => (instant < earliest ? instant : earliest));
}

const actionOf = (target: ServiceLevelTarget, alert: ServiceLevelAlert) => `${target}.${alert}`;

/** Each counting target's alert due at `now`: its breach when due, else its warning, once per cycle. */
function dueAlerts(ticket: Ticket, settings: ClockSettings, now: string): { clock: TargetClock; alert: ServiceLevelAlert; at: string }[] {
  const nowMs = Date.parse(now);
  return ticketClocks(ticket, settings, now).flatMap((clock): { clock: TargetClock; alert: ServiceLevelAlert; at: string }[] => {
    if (!counting(clock) || firedAlready(ticket, clock, 'breached')) return [];
    if (Date.parse(clock.dueAt!) <= nowMs) return [{ clock, alert: 'breached', at: clock.dueAt! }];
    if (clock.warningAt !== null && Date.parse(clock.warningAt) <= nowMs && !firedAlready(ticket, clock, 'warning')) return [{ clock, alert: 'warning', at: clock.warningAt }];
    return [];
  });
}

/**
 * The service-level step due for the ticket at `now`: of the targets with an alert due, the one due
 * earliest, with its breach when past due (a warning not given by then is not given late).
 * @throws RangeError when `now` is not an ISO 8601 instant.
 */
export function dueServiceLevelStep(ticket: Ticket, settings: ClockSettings, now: string): ClockStep | undefined {
  const [first] = dueAlerts(ticket, settings, now).sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
  return first && { concern: serviceLevelsConcern.name, action: actionOf(first.clock.target, first.alert), at: first.at };
}

/**
 * The change that gives a due warning or breach: a `service_level` event (agents only; the notifier
 * alerts the team) and the alert marked on the ticket's cycle, so it is given once. A breach marks
 * the warning given too. The customer sees nothing change.
 * @throws RangeError when the step is not due for the ticket at `now`.
 */
export function fireServiceLevelStep(ticket: Ticket, step: ClockStep, settings: ClockSettings, now: string, ids: IdSource): Change {
  const due = dueAlerts(ticket, settings, now).find((candidate) => actionOf(candidate.clock.target, candidate.alert) === step.action);
  if (!due) throw new RangeError(`Service level step ${step.action} is not due for ticket ${ticket.number} at ${now}.`);
  const state = ticket.serviceLevels ?? noServiceLevels;
  const fired = [...state.fired, { target: due.clock.target, startedAt: due.clock.startedAt, alert: due.alert }];
  return {
    ticket: { ...ticket, serviceLevels: { ...state, fired }, updatedAt: now, version: ticket.version + 1 },
    events: [serviceLevelEvent(ids(), clockActor, now, { target: due.clock.target, state: due.alert, dueAt: due.clock.dueAt, priority: ticket.priority })],
  };
}

/** The service levels as one of the clock's concerns (ticket-clock.ts), under the deployment's calendar and targets. */
export const serviceLevelsConcern: ClockConcern = {
  name: 'serviceLevels',
  observe: observeServiceLevels,
  next: nextServiceLevelAlertAt,
  due: dueServiceLevelStep,
  fire: fireServiceLevelStep,
};
