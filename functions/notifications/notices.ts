import { priorities, type TicketEvent } from '../domain/types';

/**
 * Who hears of an event: the ticket's requester (by email) or the support team (on the alert
 * topic). An event is sent to each audience at most once.
 */
export type Audience = 'customer' | 'team';

/** What an event of the timeline makes the notifier send, if anything. */
export type Notice =
  /**
   * The status changed to `status` (any actor, any type: agent, customer, workflow or webhook);
   * `byCustomer` when the customer did it themselves (solved, reopened or closed their ticket).
   */
  | { readonly audience: 'customer'; readonly kind: 'status'; readonly status: string; readonly byCustomer: boolean }
  /** A ticket was opened, by the customer or by support for them: the requester gets its case number. */
  | { readonly audience: 'customer'; readonly kind: 'created'; readonly openedBySupport: boolean }
  /**
   * The clock's: a solved ticket will close at `at` (`closeWarning`), or a ticket awaiting the
   * customer is still waiting for them, to be solved at `at` if given (`reminder`).
   */
  | { readonly audience: 'customer'; readonly kind: 'closeWarning'; readonly at: string | null }
  | { readonly audience: 'customer'; readonly kind: 'reminder'; readonly at: string | null }
  /** The ticket was marked as a complaint: the customer is told it is registered, and by when its final response is due (a day; null under no rule). */
  | { readonly audience: 'customer'; readonly kind: 'complaint'; readonly receivedAt: string; readonly finalResponseBy: string | null }
  /** Support (an agent, the system or a provider) wrote a public message. */
  | { readonly audience: 'customer'; readonly kind: 'reply'; readonly messageId: string }
  /** Something urgent the team should not wait to find in the queue. */
  | { readonly audience: 'team'; readonly kind: 'alert'; readonly reason: AlertReason; readonly priority: string; readonly serviceLevel?: ServiceLevelAlertFacts }
  /** The customer rated a solve bad: the team hears of it, and whether the customer said why (the comment stays on the ticket). */
  | { readonly audience: 'team'; readonly kind: 'badRating'; readonly withComment: boolean }
  /** The clock warned of a complaint's deadline, or found it breached: which deadline, its last day and the instant it ends. */
  | { readonly audience: 'team'; readonly kind: 'complaintDeadline'; readonly deadline: string; readonly state: 'warning' | 'breached'; readonly lastDay: string; readonly dueAt: string };

/** Which service-level target warned or was breached, and when it is (was) due. */
export interface ServiceLevelAlertFacts {
  readonly target: string;
  readonly dueAt: string | null;
}

/**
 * Why the team is alerted: a ticket opened with critical priority, a security ticket opened (seed
 * 002: security-sensitive issues are urgent, whatever priority the customer chose), a ticket raised
 * to critical (by anyone), or a ticket its workflow escalated to the agents (a workflow raises the
 * priority when it gives a ticket up to them; see functions/domain/workflow-rules.ts), or a
 * service-level target about to be due (its warning) or breached (functions/domain/clock/ticket-service-levels.ts).
 */
export type AlertReason = 'openedCritical' | 'openedSecurity' | 'raisedToCritical' | 'escalatedByWorkflow' | 'serviceLevelWarning' | 'serviceLevelBreached';

/** The event kinds that move the status; all three are shown to the customer. */
const statusKinds: ReadonlySet<TicketEvent['kind']> = new Set(['status', 'solved', 'reopened']);

/** A priority's place in the order low < normal < high < critical; -1 for anything else. */
function rank(priority: unknown): number {
  return priorities.findIndex((candidate) => candidate === priority);
}

function field(value: unknown, name: string): unknown {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[name] : undefined;
}

/**
 * What an event of the timeline is worth telling besides a new ticket's confirmation (see
 * noticesOf), or undefined: customer-visible status changes and public messages from support reach
 * the requester, and so does a complaint registered; a ticket opened or raised to critical, a security ticket opened, a ticket
 * escalated by its workflow, a service level's warning or breach, a complaint's deadline near or breached, or a bad rating, reaches the team. Internal events (notes, assignee changes), other
 * priority changes, report status changes and the customer's own messages send nothing.
 */
export function noticeOf(event: TicketEvent): Notice | undefined {
  if (statusKinds.has(event.kind)) {
    const status = field(event.after, 'status');
    return !event.internal && typeof status === 'string' ? { audience: 'customer', kind: 'status', status, byCustomer: event.actor.kind === 'customer' } : undefined;
  }
  if (event.kind === 'close_warning' || event.kind === 'reminder') {
    const at = field(event.after, event.kind === 'close_warning' ? 'closesAt' : 'solvesAt');
    if (event.internal) return undefined;
    return event.kind === 'close_warning' ? { audience: 'customer', kind: 'closeWarning', at: typeof at === 'string' ? at : null } : { audience: 'customer', kind: 'reminder', at: typeof at === 'string' ? at : null };
  }
  if (event.kind === 'complaint' || event.kind === 'complaint_deadline') return complaintNoticeOf(event);
  if (event.kind === 'rated') {
    const comment = field(event.after, 'comment');
    return field(event.after, 'score') === 'bad' ? { audience: 'team', kind: 'badRating', withComment: typeof comment === 'string' && comment.trim() !== '' } : undefined;
  }
  if (event.kind === 'message') {
    const messageId = field(event.after, 'messageId');
    const fromSupport = event.actor.kind !== 'customer';
    return !event.internal && fromSupport && typeof messageId === 'string' ? { audience: 'customer', kind: 'reply', messageId } : undefined;
  }
  if (event.kind === 'service_level') {
    const state = field(event.after, 'state');
    if (state !== 'warning' && state !== 'breached') return undefined;
    const dueAt = field(event.after, 'dueAt');
    return {
      audience: 'team',
      kind: 'alert',
      reason: state === 'warning' ? 'serviceLevelWarning' : 'serviceLevelBreached',
      priority: String(field(event.after, 'priority')),
      serviceLevel: { target: String(field(event.after, 'target')), dueAt: typeof dueAt === 'string' ? dueAt : null },
    };
  }
  if (event.kind === 'created' && field(event.after, 'priority') === 'critical') {
    return { audience: 'team', kind: 'alert', reason: 'openedCritical', priority: 'critical' };
  }
  if (event.kind === 'created' && field(event.after, 'type') === 'security') {
    return { audience: 'team', kind: 'alert', reason: 'openedSecurity', priority: String(field(event.after, 'priority')) };
  }
  if (event.kind === 'priority') {
    const before = rank(field(event.before, 'priority'));
    const after = rank(field(event.after, 'priority'));
    if (after <= before) return undefined;
    const priority = String(field(event.after, 'priority'));
    if (event.actor.kind === 'system' || event.actor.kind === 'provider') return { audience: 'team', kind: 'alert', reason: 'escalatedByWorkflow', priority };
    if (priority === 'critical') return { audience: 'team', kind: 'alert', reason: 'raisedToCritical', priority };
  }
  return undefined;
}

const text = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);

/** A complaint registered (public, to the customer) or its deadline's warning or breach (the clock's, to the team). */
function complaintNoticeOf(event: TicketEvent): Notice | undefined {
  if (event.kind === 'complaint') {
    const receivedAt = text(field(event.after, 'receivedAt'));
    return !event.internal && receivedAt ? { audience: 'customer', kind: 'complaint', receivedAt, finalResponseBy: text(field(event.after, 'finalResponseBy')) ?? null } : undefined;
  }
  const [deadline, state, lastDay, dueAt] = ['deadline', 'state', 'lastDay', 'dueAt'].map((name) => text(field(event.after, name)));
  if (event.actor.kind !== 'system' || !deadline || (state !== 'warning' && state !== 'breached') || !lastDay || !dueAt) return undefined;
  return { audience: 'team', kind: 'complaintDeadline', deadline, state, lastDay, dueAt };
}

/**
 * Everything an event of the timeline is worth telling, each audience at most once: a new ticket's
 * confirmation to its requester (whoever opened it), then what noticeOf finds.
 */
export function noticesOf(event: TicketEvent): Notice[] {
  const notices: Notice[] = event.kind === 'created' && !event.internal ? [{ audience: 'customer', kind: 'created', openedBySupport: event.actor.kind !== 'customer' }] : [];
  const other = noticeOf(event);
  return other ? [...notices, other] : notices;
}

/** Whether an event is a change of status the customer sees (what a status email is about). */
export function isVisibleStatusChange(event: Pick<TicketEvent, 'kind' | 'internal'>): boolean {
  return statusKinds.has(event.kind) && !event.internal;
}
