// The generated types themselves rather than the client's, so that unit tests compile this without the DOM.
import type { components } from '../../api/ticketflow';

/** One service-level target's clock, as the API shows it to agents. */
export type TargetClock = components['schemas']['AgentTicket']['serviceLevels'][number];

/** What each target is called on the console. */
export const targetNames: Readonly<Record<TargetClock['target'], string>> = {
  firstReply: 'First reply',
  nextReply: 'Next reply',
  resolution: 'Resolution',
};

const minute = 60_000;
const hour = 60 * minute;
const day = 24 * hour;

/**
 * A span of time in the person's language, in its largest whole unit: "35 min", "2 hr", "3 days"
 * (Intl's short unit names, so another language gets its own).
 */
export function spanText(ms: number, locale?: string): string {
  const span = Math.abs(ms);
  const [unit, size] = span >= 2 * day ? (['day', day] as const) : span >= hour ? (['hour', hour] as const) : (['minute', minute] as const);
  return new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: 'short', maximumFractionDigits: 0 }).format(Math.max(unit === 'minute' ? 1 : 0, Math.floor(span / size)));
}

/**
 * What a target's clock says at `now` (milliseconds): "due in 35 min", "breached 2 hr ago", "met",
 * "paused, 3 hr left"... `at` names the instant the words are about, for a tooltip or a <time>.
 */
export function dueText(clock: TargetClock, now: number, locale?: string): { readonly text: string; readonly at: string | null; readonly tone: 'ok' | 'warning' | 'breached' | 'paused' } {
  if (clock.state === 'met') return { text: 'Met', at: clock.metAt, tone: 'ok' };
  if (clock.state === 'breached') {
    if (clock.metAt !== null) return { text: 'Breached, met late', at: clock.metAt, tone: 'breached' };
    return { text: `Breached ${spanText(now - Date.parse(clock.dueAt!), locale)} ago`, at: clock.dueAt, tone: 'breached' };
  }
  if (clock.state === 'paused') return { text: `Paused while awaiting the customer, ${spanText(clock.remainingMs, locale)} left`, at: null, tone: 'paused' };
  const due = Date.parse(clock.dueAt!);
  if (due <= now) return { text: `Breached ${spanText(now - due, locale)} ago`, at: clock.dueAt, tone: 'breached' };
  return { text: `Due in ${spanText(due - now, locale)}`, at: clock.dueAt, tone: clock.warning ? 'warning' : 'ok' };
}

/** A queue row's nearest due time at `now`: "in 35 min", "2 hr overdue", or a dash when nothing is due. */
export function nearestDueText(nearestDueAt: string | null, now: number, locale?: string): string {
  if (nearestDueAt === null) return '—';
  const due = Date.parse(nearestDueAt);
  return due > now ? `in ${spanText(due - now, locale)}` : `${spanText(now - due, locale)} overdue`;
}
