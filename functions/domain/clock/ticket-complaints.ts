import { alertedDeadlines, withComplaint, type AlertedDeadline, type Complaint, type ComplaintAlert } from '../complaints';
import type { IdSource } from '../ids';
import { clockActor } from '../timers';
import type { Ticket } from '../types';
import { isBusinessDay, type BusinessCalendar } from './business-calendar';
import type { ClockConcern, ClockStep } from './ticket-clock';
import { dayOfIsoDate, parseInstant, startOfLocalDay } from './zone';

/**
 * The clock's part in complaints: before each open deadline (the acknowledgement, the final
 * response) the team is warned, and when it passes without its response the team hears of the
 * breach. Each fires once for the deadline as it is due (kept in the complaint's `alerts`, so a tick
 * delivered twice finds it fired), never after its response; a holding reply that extends the final
 * response's deadline gives the extended deadline a warning and a breach of its own.
 */

const concernName = 'complaints';

/** One warning or breach to come: which deadline, which, when, and the deadline's own instant and day. */
interface AlertStep {
  readonly deadline: AlertedDeadline;
  readonly state: ComplaintAlert['state'];
  readonly at: string;
  readonly dueAt: string;
  readonly lastDay: string;
}

const actionOf = (step: Pick<AlertStep, 'deadline' | 'state'>) => `${step.deadline}_${step.state === 'warning' ? 'warning' : 'breach'}`;

/**
 * When the team is warned of a deadline: at the start of the day on which `warningBusinessDays`
 * business days are left, the last day counted (2: the start of the business day before it), but
 * never before the complaint was marked.
 */
export function warningAt(calendar: BusinessCalendar, lastDay: string, warningBusinessDays: number, markedAt: string): string {
  let day = dayOfIsoDate(lastDay)!;
  for (let left = warningBusinessDays; ; day -= 1) {
    if (isBusinessDay(calendar, day)) left -= 1;
    if (left === 0) break;
  }
  return new Date(Math.max(startOfLocalDay(calendar.timeZone, day), parseInstant(markedAt))).toISOString();
}

const respondedAt = (complaint: Complaint, deadline: AlertedDeadline) => (deadline === 'acknowledgement' ? complaint.acknowledgedAt : complaint.finalResponseAt);

/** The warnings and breaches still to fire for the complaint as it stands, in time order. */
function pendingAlerts(complaint: Complaint, calendar: BusinessCalendar, warningBusinessDays: number): AlertStep[] {
  const deadlines = complaint.deadlines;
  if (!deadlines) return [];
  const steps = alertedDeadlines.flatMap((deadline): AlertStep[] => {
    if (respondedAt(complaint, deadline) !== null) return [];
    const { lastDay, dueAt } = deadlines[deadline];
    const firedFor = (state: ComplaintAlert['state']) => complaint.alerts.some((alert) => alert.deadline === deadline && alert.state === state && alert.dueAt === dueAt);
    if (firedFor('breached')) return [];
    const breach: AlertStep = { deadline, state: 'breached', at: dueAt, dueAt, lastDay };
    if (firedFor('warning')) return [breach];
    return [{ deadline, state: 'warning', at: warningAt(calendar, lastDay, warningBusinessDays, complaint.markedAt), dueAt, lastDay }, breach];
  });
  return steps.sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
}

/**
 * The steps due at `now`, earliest first; a warning whose breach is due too is left out (the
 * breach says more, and marks the warning fired with it).
 */
function dueAlerts(ticket: Ticket, calendar: BusinessCalendar, warningBusinessDays: number, now: string): AlertStep[] {
  if (!ticket.complaint) return [];
  const nowMs = parseInstant(now);
  const due = pendingAlerts(ticket.complaint, calendar, warningBusinessDays).filter((step) => Date.parse(step.at) <= nowMs);
  return due.filter((step) => step.state === 'breached' || !due.some((other) => other.deadline === step.deadline && other.state === 'breached'));
}

/** Complaint deadlines as one of the clock's concerns (domain/clock/ticket-clock.ts), under the deployment's calendar and `complaints` settings. */
export const complaintsConcern: ClockConcern = {
  name: concernName,
  next: (ticket, settings) => (ticket.complaint ? (pendingAlerts(ticket.complaint, settings.calendar, settings.complaints.warningBusinessDays)[0]?.at ?? null) : null),
  due: (ticket, settings, now) => {
    const step = dueAlerts(ticket, settings.calendar, settings.complaints.warningBusinessDays, now)[0];
    return step && { concern: concernName, action: actionOf(step), at: step.at };
  },
  fire: (ticket: Ticket, step: ClockStep, settings, now: string, ids: IdSource) => {
    const alert = dueAlerts(ticket, settings.calendar, settings.complaints.warningBusinessDays, now).find((candidate) => actionOf(candidate) === step.action);
    if (!alert || !ticket.complaint) throw new RangeError(`Complaint step ${step.action} is not due for ticket ${ticket.number}.`);
    const { deadline, state, dueAt, lastDay } = alert;
    // A breach fired without its warning (the clock was behind) marks the warning too, so it never comes after.
    const marked: ComplaintAlert[] = state === 'breached' ? [{ deadline, state: 'warning', dueAt }, { deadline, state, dueAt }] : [{ deadline, state, dueAt }];
    const alerts = [...ticket.complaint.alerts, ...marked.filter((each) => !ticket.complaint!.alerts.some((had) => had.deadline === each.deadline && had.state === each.state && had.dueAt === each.dueAt))];
    return {
      ticket: withComplaint(ticket, { ...ticket.complaint, alerts }, now, false),
      events: [{ id: ids(), kind: 'complaint_deadline', actor: clockActor, at: now, before: null, after: { deadline, state, lastDay, dueAt }, internal: true }],
    };
  },
};
