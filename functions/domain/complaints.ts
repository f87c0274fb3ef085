import { complaintDeadlines, deadlineState, type ComplaintDeadline, type ComplaintDeadlines, type ComplaintRule, type DeadlineState } from './clock/complaint-deadlines';
import type { BusinessCalendar } from './clock/business-calendar';
import type { ComplaintSettings } from './clock/settings';
import { InvalidChangeError, TicketClosedError } from './errors';
import type { IdSource } from './ids';
import type { RedactedText } from './redaction';
import type { Actor, Change, Ticket, TicketEvent } from './types';

/**
 * Complaints: a ticket a customer or an agent marked as a complaint, with the deadlines the
 * deployment's rule (domain/clock/complaint-deadlines.ts) gives it from its receipt, the responses
 * that met them, and the clock's warnings and breaches (domain/clock/ticket-complaints.ts). Once
 * marked, a ticket stays a complaint.
 */

/** What an agent's public reply can be for a complaint: PSD2's holding reply only under that rule. */
export const complaintResponseKinds = ['acknowledgement', 'holding', 'final'] as const;
export type ComplaintResponseKind = (typeof complaintResponseKinds)[number];

/** The deadlines the clock warns of and breaches: a holding reply is no obligation, only the final response's extension. */
export const alertedDeadlines = ['acknowledgement', 'finalResponse'] as const;
export type AlertedDeadline = (typeof alertedDeadlines)[number];

/** One warning or breach the clock fired, for the deadline as it was due (an extended deadline warns again). */
export interface ComplaintAlert {
  readonly deadline: AlertedDeadline;
  readonly state: 'warning' | 'breached';
  readonly dueAt: string;
}

/** A ticket's complaint, as stored on the ticket. */
export interface Complaint {
  /** When the complaint was received: the regulators' deadlines count from it. */
  readonly receivedAt: string;
  /** When it was marked, and by whom. */
  readonly markedAt: string;
  readonly markedBy: 'customer' | 'agent';
  /** The customer's words, when they gave a reason. */
  readonly reason: RedactedText | null;
  /** The deployment's rule when it was received, which it keeps. */
  readonly rule: ComplaintRule;
  /** The deadlines under that rule (null under `none`), the final response's extended by a holding reply in time. */
  readonly deadlines: ComplaintDeadlines | null;
  readonly acknowledgedAt: string | null;
  readonly holdingReplyAt: string | null;
  readonly finalResponseAt: string | null;
  readonly alerts: readonly ComplaintAlert[];
}

/** What marks a ticket as a complaint, redacted. */
export interface ComplaintMarking {
  /** An agent's earlier time of receipt (the customer complained before anyone marked it); now when absent. */
  readonly receivedAt?: string | undefined;
  /** The customer's reason, kept on the complaint. */
  readonly reason?: RedactedText | undefined;
  /** An agent's note, on the timeline's event for agents only. */
  readonly note?: RedactedText | undefined;
}

/** The deployment's clock as a complaint needs it: its business calendar and complaint settings. */
export interface ComplaintClock {
  readonly calendar: BusinessCalendar;
  readonly complaints: ComplaintSettings;
}

/** The ticket after a change of its complaint: version and times moved on; the customer sees it move when `seenByCustomer`. */
export function withComplaint(ticket: Ticket, complaint: Complaint, now: string, seenByCustomer: boolean): Ticket {
  return { ...ticket, complaint, updatedAt: now, activityAt: seenByCustomer ? now : ticket.activityAt, version: ticket.version + 1 };
}

/**
 * Marks a ticket as a complaint, received now or, for an agent, at the earlier `receivedAt` given:
 * its deadlines come from the deployment's rule (none under `none`, where it is recorded for the
 * export all the same), and a public `complaint` event records it (the notifier tells the customer
 * it is registered). A ticket marked already is answered as it is, without a change.
 * @throws TicketClosedError for a closed ticket (a new complaint is a new ticket); InvalidChangeError
 * naming `receivedAt` when it is later than now or before the ticket was opened.
 */
export function markComplaint(ticket: Ticket, marking: ComplaintMarking, clock: ComplaintClock, actor: Actor, now: string, ids: IdSource): Change {
  if (ticket.complaint) return { ticket, events: [] };
  if (ticket.phase === 'closed') throw new TicketClosedError(ticket.number);
  const receivedAt = marking.receivedAt === undefined ? now : new Date(marking.receivedAt).toISOString();
  if (receivedAt > now) {
    throw new InvalidChangeError('A complaint cannot be received later than now.', [{ path: 'receivedAt', message: `Not later than now (${now}).` }]);
  }
  if (receivedAt < ticket.createdAt) {
    throw new InvalidChangeError(`Ticket ${ticket.number} was opened at ${ticket.createdAt}; its complaint cannot have been received before.`, [
      { path: 'receivedAt', message: `Not before the ticket was opened (${ticket.createdAt}).` },
    ]);
  }
  const { rule, acknowledgementBusinessDays } = clock.complaints;
  const deadlines = complaintDeadlines(clock.calendar, { rule, acknowledgementBusinessDays }, receivedAt);
  const complaint: Complaint = {
    receivedAt,
    markedAt: now,
    markedBy: actor.kind === 'customer' ? 'customer' : 'agent',
    reason: marking.reason ?? null,
    rule,
    deadlines,
    acknowledgedAt: null,
    holdingReplyAt: null,
    finalResponseAt: null,
    alerts: [],
  };
  const event: TicketEvent = {
    id: ids(),
    kind: 'complaint',
    actor,
    at: now,
    before: null,
    after: { receivedAt, rule, finalResponseBy: deadlines?.finalResponse.lastDay ?? null },
    internal: false,
    ...(marking.note !== undefined ? { note: marking.note } : {}),
  };
  return { ticket: withComplaint(ticket, complaint, now, true), events: [event] };
}

const responseField = 'complaintResponse';

/**
 * An agent's public reply (the change replyAsAgent made) recorded as a response to the ticket's
 * complaint: the first of each kind sets its time (a holding reply or a final response acknowledges
 * too, when nothing did before); a PSD2 holding reply before the 15 business days extends the final
 * response's deadline to 35; a final response meets the deadline (or is late). An internal
 * `complaint_response` event records it with the deadline's state. A kind given before is only a reply.
 * @throws InvalidChangeError naming `complaintResponse` when the reply is an internal note, the
 * ticket is no complaint, or a holding reply is given under a rule other than PSD2 or after the
 * final response.
 */
export function respondToComplaint(reply: Change, kind: ComplaintResponseKind, calendar: BusinessCalendar, now: string, ids: IdSource): Change {
  const { ticket } = reply;
  const complaint = ticket.complaint;
  if (reply.message?.internal) {
    throw new InvalidChangeError('An internal note is not sent to the customer, so it cannot respond to their complaint.', [{ path: responseField, message: 'Only a public reply can respond to a complaint.' }]);
  }
  if (!complaint) {
    throw new InvalidChangeError(`Ticket ${ticket.number} is not a complaint. Mark it as one first, or send the reply without complaintResponse.`, [
      { path: responseField, message: 'The ticket is not a complaint.' },
    ]);
  }
  if (kind === 'holding' && complaint.rule !== 'psd2') {
    throw new InvalidChangeError(`A holding reply extends a deadline under PSD2 only; this complaint is under the rule "${complaint.rule}".`, [
      { path: responseField, message: 'A holding reply is for complaints under PSD2.' },
    ]);
  }
  if (kind === 'holding' && complaint.finalResponseAt) {
    // A holding reply explains why the final response is late; once that response is sent, one would
    // only extend, after the fact, a deadline the complaint has already met or missed.
    throw new InvalidChangeError(`The final response to this complaint was sent at ${complaint.finalResponseAt}; a holding reply can no longer be given.`, [
      { path: responseField, message: 'The final response was already sent.' },
    ]);
  }
  const recorded = recordResponse(complaint, kind, calendar, now);
  if (recorded === complaint) return reply;
  const deadline = kind === 'acknowledgement' ? recorded.deadlines?.acknowledgement : kind === 'holding' ? recorded.deadlines?.holdingReply : recorded.deadlines?.finalResponse;
  const event: TicketEvent = {
    id: ids(),
    kind: 'complaint_response',
    actor: reply.events[0]?.actor ?? { kind: 'system', id: 'system' },
    at: now,
    before: null,
    after: {
      response: kind,
      ...(deadline ? { lastDay: deadline.lastDay, dueAt: deadline.dueAt, state: deadlineState(deadline, now, now) } : {}),
      ...(kind === 'holding' ? { extended: recorded.deadlines?.extended ?? false, finalResponseBy: recorded.deadlines?.finalResponse.lastDay ?? null } : {}),
    },
    internal: true,
  };
  return { ...reply, ticket: { ...ticket, complaint: recorded }, events: [...reply.events, event] };
}

function recordResponse(complaint: Complaint, kind: ComplaintResponseKind, calendar: BusinessCalendar, now: string): Complaint {
  const acknowledgedAt = complaint.acknowledgedAt ?? now;
  if (kind === 'acknowledgement') return complaint.acknowledgedAt ? complaint : { ...complaint, acknowledgedAt };
  if (kind === 'final') return complaint.finalResponseAt ? complaint : { ...complaint, acknowledgedAt, finalResponseAt: now };
  if (complaint.holdingReplyAt) return complaint;
  return { ...complaint, acknowledgedAt, holdingReplyAt: now, deadlines: extendedDeadlines(complaint, calendar, now) };
}

/** The deadlines after a holding reply at `holdingReplyAt`: the acknowledgement's as they were, the final response's extended if it was in time. */
function extendedDeadlines(complaint: Complaint, calendar: BusinessCalendar, holdingReplyAt: string): ComplaintDeadlines | null {
  if (!complaint.deadlines) return null;
  // The acknowledgement's business days do not bear on the final response's deadline; the stored acknowledgement deadline is kept.
  const recomputed = complaintDeadlines(calendar, { rule: complaint.rule, acknowledgementBusinessDays: 1 }, complaint.receivedAt, holdingReplyAt);
  return recomputed && { ...recomputed, acknowledgement: complaint.deadlines.acknowledgement };
}

/** A deadline and where it stands. */
export interface DeadlineStanding extends ComplaintDeadline {
  readonly state: DeadlineState;
}

/** A complaint's deadlines and where each stands, as agents see them. */
export interface ComplaintStanding {
  readonly acknowledgement: DeadlineStanding;
  readonly holdingReply: DeadlineStanding | null;
  readonly finalResponse: DeadlineStanding;
  readonly extended: boolean;
}

/**
 * Where a deadline stands: met or breached by when its response went out; without one, breached
 * once its time has passed at `now` or the clock fired its breach (the clock may run ahead of the
 * reader, as when a test or an operator ticks it), running otherwise.
 */
function standing(deadline: ComplaintDeadline, respondedAt: string | null, breachFired: boolean, now: string): DeadlineStanding {
  const state = respondedAt === null && breachFired ? 'breached' : deadlineState(deadline, respondedAt, now);
  return { lastDay: deadline.lastDay, dueAt: deadline.dueAt, state };
}

const fired = (complaint: Complaint, deadline: AlertedDeadline, state: ComplaintAlert['state'], dueAt: string) =>
  complaint.alerts.some((alert) => alert.deadline === deadline && alert.state === state && alert.dueAt === dueAt);

/**
 * Where each deadline of a complaint stands at `now`, or null under the rule `none`. A holding reply
 * not sent stands as the final response within the first 15 business days did.
 * @throws RangeError when `now` is not an ISO 8601 instant.
 */
export function complaintStanding(complaint: Complaint, now: string): ComplaintStanding | null {
  const deadlines = complaint.deadlines;
  if (!deadlines) return null;
  const finalBreached = (dueAt: string) => fired(complaint, 'finalResponse', 'breached', dueAt);
  const holding = deadlines.holdingReply;
  return {
    acknowledgement: standing(deadlines.acknowledgement, complaint.acknowledgedAt, fired(complaint, 'acknowledgement', 'breached', deadlines.acknowledgement.dueAt), now),
    holdingReply: holding && standing(holding, complaint.holdingReplyAt ?? complaint.finalResponseAt, finalBreached(holding.dueAt), now),
    finalResponse: standing(deadlines.finalResponse, complaint.finalResponseAt, finalBreached(deadlines.finalResponse.dueAt), now),
    extended: deadlines.extended,
  };
}

/** Where a complaint stands for a regulatory return: open, resolved by a final response within its deadline, or late (answered late, or open past it). */
export type ComplaintOutcome = 'open' | 'resolved_within_deadline' | 'late' | 'resolved';

/**
 * A complaint's outcome at `now`: under the rule `none`, open or resolved (no deadline to be late for).
 * @throws RangeError when `now` is not an ISO 8601 instant.
 */
export function complaintOutcome(complaint: Complaint, now: string): ComplaintOutcome {
  const final = complaintStanding(complaint, now)?.finalResponse;
  if (!final) return complaint.finalResponseAt ? 'resolved' : 'open';
  if (final.state === 'breached') return 'late';
  return complaint.finalResponseAt ? 'resolved_within_deadline' : 'open';
}
