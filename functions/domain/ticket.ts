import { initialStatus, isStatusOf, isWorkflowType, statusesOf, statusOf } from './catalog';
import { InvalidChangeError, TicketClosedError, TransitionNotAllowedError, WorkflowOwnsStatusError } from './errors';
import type { Attachment } from './attachment';
import type { IdSource } from './ids';
import type { RedactedText } from './redaction';
import { afterCustomerReply, allowedTargets, awaitingStatus, canTransition, customerSolveStatus, reopenStatus } from './transitions';
import { priorities } from './types';
import type { Actor, Change, EventKind, Identity, Message, Priority, ReportStatus, Requester, Ticket, TicketDetails, TicketEvent, TicketType } from './types';

/** What opens a ticket (the customer's form, or support's for the customer), already validated and redacted. */
export interface NewTicket {
  /** The customer opening their own ticket, or the agent opening it for them. */
  readonly openedBy: Actor;
  readonly number: string;
  readonly type: TicketType;
  readonly subject: RedactedText;
  readonly description: RedactedText;
  readonly priority: Priority;
  readonly details: TicketDetails;
  readonly requester: Requester;
}

/** An agent's message: a public reply (which may ask for the customer's reply) or an internal note. */
export interface AgentReply {
  readonly body: RedactedText;
  readonly internal: boolean;
  readonly awaitReply: boolean;
}

/** The fields an agent may set; `undefined` leaves a field alone, `null` clears it. */
export interface FieldsPatch {
  readonly priority?: Priority | undefined;
  readonly assignee?: string | null | undefined;
  readonly reportStatus?: ReportStatus | null | undefined;
}

/** Who asks for a status change: a workflow may move its own ticket, an agent may not. */
export interface StatusChangeOptions {
  readonly byWorkflow: boolean;
}

/** Who a signed-in person acts as: an agent when they are one, otherwise the customer. */
export function actorOf(identity: Identity): Actor {
  return { kind: identity.isAgent ? 'agent' : 'customer', id: identity.sub };
}

type EventDraft = Omit<TicketEvent, 'id' | 'actor' | 'at' | 'internal'> & { readonly internal?: boolean };

function eventsOf(drafts: readonly EventDraft[], actor: Actor, now: string, ids: IdSource): TicketEvent[] {
  return drafts.map(({ internal, ...draft }) => ({ id: ids(), actor, at: now, internal: internal ?? false, ...draft }));
}

/** The ticket after a change: new fields, phase derived from the status, version and time moved on. */
function advance(
  ticket: Ticket,
  fields: Partial<Omit<Ticket, 'phase' | 'version' | 'updatedAt' | 'activityAt'>>,
  now: string,
  seenByCustomer = true,
): Ticket {
  const next = { ...ticket, ...fields };
  return {
    ...next,
    phase: statusOf(next.type, next.status).phase,
    updatedAt: now,
    activityAt: seenByCustomer ? now : ticket.activityAt,
    version: ticket.version + 1,
  };
}

/** The type's status that ends a ticket (every catalogue has exactly one). */
const closedStatusOf = (type: TicketType): string => statusesOf(type).find((status) => status.phase === 'closed')?.code ?? 'closed';

const labelOf = (ticket: Ticket, code: string) => `“${statusOf(ticket.type, code).label}”`;
const typeName = (type: TicketType) => type.replaceAll('_', ' ');

function refuseIfClosed(ticket: Ticket): void {
  if (ticket.phase === 'closed') throw new TicketClosedError(ticket.number);
}

/** A move along the table, or the refusal naming where the ticket may go instead. */
function requireEdge(ticket: Ticket, to: string): void {
  if (canTransition(ticket.type, ticket.status, to)) return;
  const allowed = allowedTargets(ticket.type, ticket.status);
  const options = allowed.length === 0 ? 'It cannot move to any other status.' : `It can move to: ${allowed.join(', ')}.`;
  throw new TransitionNotAllowedError(
    `Ticket ${ticket.number} cannot move from ${labelOf(ticket, ticket.status)} (${ticket.status}) to ${labelOf(ticket, to)} (${to}). ${options}`,
  );
}

/** The event kind of a status move: reaching an outcome is `solved`, leaving one for work is `reopened`. */
function statusEventKind(ticket: Ticket, to: string): EventKind {
  const phase = statusOf(ticket.type, to).phase;
  if (phase === 'solved') return 'solved';
  if (ticket.phase === 'solved' && phase !== 'closed') return 'reopened';
  return 'status';
}

function messageOf(body: RedactedText, internal: boolean, actor: Actor, now: string, ids: IdSource): { message: Message; event: EventDraft } {
  const message: Message = { id: ids(), body, internal, author: actor, at: now };
  return { message, event: { kind: 'message', before: null, after: { messageId: message.id, internal }, internal } };
}

const statusEvent = (kind: EventKind, from: string, to: string, note?: RedactedText): EventDraft => ({
  kind,
  before: { status: from },
  after: { status: to },
  ...(note !== undefined ? { note } : {}),
});

/**
 * Seed 002: "Urgent or security-sensitive issues can be flagged as high priority." A security
 * ticket is handled at high priority at least, whatever the customer chose: the ticket holds the
 * raised priority (rather than the customer's choice plus a separate sort rule) so that the queue,
 * the agents' view and every filter by priority agree on one value.
 */
const priorityFloor: Partial<Readonly<Record<TicketType, Priority>>> = { security: 'high' };

const rankOf = (priority: Priority) => priorities.indexOf(priority);

/** The lowest priority a ticket of the type may have (`low` for most types). */
export function lowestPriorityOf(type: TicketType): Priority {
  return priorityFloor[type] ?? 'low';
}

/** The priority a ticket of the type is handled at when `chosen` was asked for: never below its type's floor. */
function priorityFor(type: TicketType, chosen: Priority): Priority {
  const floor = lowestPriorityOf(type);
  return rankOf(chosen) < rankOf(floor) ? floor : chosen;
}

/**
 * A new ticket in its type's first status, with its `created` event (whoever opened it is the
 * actor; `openedBy` says whether support did).
 * A security ticket opened below high is opened at high, and its `created` event records the
 * priority the customer asked for (`requestedPriority`), so the timeline says why.
 */
export function openTicket(input: NewTicket, now: string, ids: IdSource): Change {
  const status = initialStatus(input.type);
  const priority = priorityFor(input.type, input.priority);
  const ticket: Ticket = {
    number: input.number,
    type: input.type,
    subject: input.subject,
    description: input.description,
    priority,
    details: input.details,
    requester: input.requester,
    status,
    phase: statusOf(input.type, status).phase,
    reportStatus: null,
    assignee: null,
    lastReply: null,
    customerLastWrote: null,
    createdAt: now,
    updatedAt: now,
    activityAt: now,
    version: 1,
  };
  const openedBy = input.openedBy.kind === 'customer' ? 'customer' : 'support';
  const raised = priority !== input.priority ? { requestedPriority: input.priority } : {};
  const events = eventsOf([{ kind: 'created', before: null, after: { type: ticket.type, status, priority, openedBy, ...raised } }], input.openedBy, now, ids);
  return { ticket, events };
}

/** What support writes when opening a case for a customer: the first public message, and a note for the team. */
export interface SupportOpening {
  readonly message: RedactedText;
  readonly note?: RedactedText | undefined;
}

/**
 * Support opens a ticket for a customer: the ticket with its `created` event and support's first
 * public message in one change (version 1, so the customer's first sight of the case holds the
 * message), then the internal note, if any, as the next change. Both are stored together.
 */
export function openTicketForCustomer(input: NewTicket, opening: SupportOpening, now: string, ids: IdSource): readonly [Change, ...Change[]] {
  const opened = openTicket(input, now, ids);
  const { message, event } = messageOf(opening.message, false, input.openedBy, now, ids);
  const ticket: Ticket = { ...opened.ticket, lastReply: { at: now, by: 'support' } };
  const first: Change = { ticket, events: [...opened.events, ...eventsOf([event], input.openedBy, now, ids)], message };
  if (opening.note === undefined) return [first];
  return [first, replyAsAgent(ticket, { body: opening.note, internal: true, awaitReply: false }, input.openedBy, now, ids)];
}

/**
 * The customer writes on their ticket. A ticket awaiting their reply goes back to the team; a
 * solved one is reopened.
 * @throws TicketClosedError when the ticket is closed; TransitionNotAllowedError when the solved
 * ticket's outcome is final (a completed account deletion).
 */
export function replyAsCustomer(ticket: Ticket, body: RedactedText, actor: Actor, now: string, ids: IdSource): Change {
  refuseIfClosed(ticket);
  const { message, event } = messageOf(body, false, actor, now, ids);
  const drafts: EventDraft[] = [event];
  let status = ticket.status;
  if (ticket.phase === 'awaiting_reply') {
    status = afterCustomerReply(ticket.type) ?? ticket.status;
    if (status !== ticket.status) {
      requireEdge(ticket, status);
      drafts.push(statusEvent('status', ticket.status, status));
    }
  } else if (ticket.phase === 'solved') {
    status = reopenStatus(ticket.type);
    if (!canTransition(ticket.type, ticket.status, status)) {
      throw new TransitionNotAllowedError(
        `Ticket ${ticket.number} is ${labelOf(ticket, ticket.status)}, which is final, so it cannot be reopened. If you need more help, please open a new ticket.`,
      );
    }
    drafts.push(statusEvent('reopened', ticket.status, status));
  }
  const next = advance(ticket, { status, customerLastWrote: now }, now);
  return { ticket: next, events: eventsOf(drafts, actor, now, ids), message };
}

/**
 * An agent writes on a ticket: an internal note, or a public reply that may set the ticket to
 * await the customer's reply (a ticket already awaiting it stays so).
 * @throws TicketClosedError when the ticket is closed; InvalidChangeError when a note asks to await
 * the customer or the type never awaits them; WorkflowOwnsStatusError when a workflow is still
 * deciding the ticket's status; TransitionNotAllowedError when the awaiting status cannot be reached
 * from the current one.
 */
export function replyAsAgent(ticket: Ticket, reply: AgentReply, actor: Actor, now: string, ids: IdSource): Change {
  refuseIfClosed(ticket);
  if (reply.internal && reply.awaitReply) {
    throw new InvalidChangeError('An internal note is not shown to the customer, so it cannot await their reply. Send a public reply to ask the customer for something.', [
      { path: 'awaitReply', message: 'Only a public reply can await the customer.' },
    ]);
  }
  const { message, event } = messageOf(reply.body, reply.internal, actor, now, ids);
  if (reply.internal) {
    return { ticket: advance(ticket, {}, now, false), events: eventsOf([event], actor, now, ids), message };
  }
  const drafts: EventDraft[] = [event];
  let status = ticket.status;
  if (reply.awaitReply) {
    status = awaitingStatusFor(ticket);
    if (status !== ticket.status) {
      requireEdge(ticket, status);
      drafts.push(statusEvent('status', ticket.status, status));
    }
  }
  const next = advance(ticket, { status, lastReply: { at: now, by: 'support' } }, now);
  return { ticket: next, events: eventsOf(drafts, actor, now, ids), message };
}

function awaitingStatusFor(ticket: Ticket): string {
  if (isWorkflowType(ticket.type) && ticket.phase !== 'solved') {
    throw new WorkflowOwnsStatusError(
      `Ticket ${ticket.number} is a ${typeName(ticket.type)} ticket whose status is set by its workflow, so a reply cannot make it await the customer. Send the reply without awaitReply.`,
    );
  }
  const awaiting = awaitingStatus(ticket.type);
  if (awaiting === undefined) {
    throw new InvalidChangeError(`A ${typeName(ticket.type)} ticket never awaits the customer’s reply. Send the reply without awaitReply.`, [
      { path: 'awaitReply', message: `A ${typeName(ticket.type)} ticket has no status that awaits the customer.` },
    ]);
  }
  return awaiting;
}

/**
 * The customer considers their ticket done: it moves to the type's customer-solve status.
 * @throws TransitionNotAllowedError when the ticket is already solved or closed, or the move is not
 * an edge from where it stands; WorkflowOwnsStatusError for refund, KYC and withdrawal tickets,
 * whose process decides the outcome.
 */
export function solveAsCustomer(ticket: Ticket, actor: Actor, now: string, ids: IdSource): Change {
  if (ticket.phase === 'solved' || ticket.phase === 'closed') {
    throw new TransitionNotAllowedError(`Ticket ${ticket.number} is already ${ticket.phase === 'closed' ? 'closed' : `solved (${labelOf(ticket, ticket.status)})`}.`);
  }
  const target = customerSolveStatus(ticket.type);
  if (target === undefined) {
    throw new WorkflowOwnsStatusError(
      `Ticket ${ticket.number} is a ${typeName(ticket.type)} request: the ${typeName(ticket.type)} process decides its outcome, so it cannot be marked solved. We will let you know as soon as it has an outcome.`,
    );
  }
  requireEdge(ticket, target);
  const next = advance(ticket, { status: target }, now);
  return { ticket: next, events: eventsOf([statusEvent('solved', ticket.status, target)], actor, now, ids) };
}

/**
 * The customer closes their solved ticket, whatever solved it (support, their own solve, or a
 * workflow's outcome such as Refund approved or KYC Declined: the workflow has ended, so closing
 * takes nothing from it).
 * @throws TicketClosedError when it is already closed; TransitionNotAllowedError when it is not
 * solved (naming where it stands).
 */
export function closeAsCustomer(ticket: Ticket, actor: Actor, now: string, ids: IdSource): Change {
  refuseIfClosed(ticket);
  if (ticket.phase !== 'solved') {
    throw new TransitionNotAllowedError(
      `Only a solved ticket can be closed; ticket ${ticket.number} is ${labelOf(ticket, ticket.status)} and still being worked on. You can mark it solved, or wait for its outcome.`,
    );
  }
  const closed = closedStatusOf(ticket.type);
  requireEdge(ticket, closed);
  const next = advance(ticket, { status: closed }, now);
  return { ticket: next, events: eventsOf([statusEvent('status', ticket.status, closed)], actor, now, ids) };
}

/**
 * Reopens a solved ticket (to the type's reopen status).
 * @throws TicketClosedError when it is closed; TransitionNotAllowedError when it is not solved, or
 * its outcome is final (a completed account deletion).
 */
export function reopen(ticket: Ticket, actor: Actor, now: string, ids: IdSource): Change {
  refuseIfClosed(ticket);
  if (ticket.phase !== 'solved') {
    throw new TransitionNotAllowedError(`Only a solved ticket can be reopened; ticket ${ticket.number} is ${labelOf(ticket, ticket.status)} and still being worked on.`);
  }
  const target = reopenStatus(ticket.type);
  if (!canTransition(ticket.type, ticket.status, target)) {
    throw new TransitionNotAllowedError(
      `Ticket ${ticket.number} is ${labelOf(ticket, ticket.status)}, which is final, so it cannot be reopened. If you need more help, please open a new ticket.`,
    );
  }
  const next = advance(ticket, { status: target }, now);
  return { ticket: next, events: eventsOf([statusEvent('reopened', ticket.status, target)], actor, now, ids) };
}

/**
 * Moves a ticket along its type's transition table, with an optional note.
 * @throws InvalidChangeError for a status the type does not have (naming those it has);
 * TicketClosedError when the ticket is closed; WorkflowOwnsStatusError when an agent moves a
 * workflow's ticket before its outcome; TransitionNotAllowedError when the table has no such edge
 * (naming the allowed targets).
 */
export function changeStatus(
  ticket: Ticket,
  change: { readonly to: string; readonly note?: RedactedText | undefined },
  actor: Actor,
  now: string,
  ids: IdSource,
  options: StatusChangeOptions,
): Change {
  if (!isStatusOf(ticket.type, change.to)) {
    const codes = statusesOf(ticket.type).map((status) => status.code);
    throw new InvalidChangeError(`A ${typeName(ticket.type)} ticket has no status "${change.to}". Its statuses are: ${codes.join(', ')}.`, [
      { path: 'status', message: `Must be one of: ${codes.join(', ')}.` },
    ]);
  }
  refuseIfClosed(ticket);
  if (isWorkflowType(ticket.type) && !options.byWorkflow && ticket.phase !== 'solved') {
    throw new WorkflowOwnsStatusError(
      `Ticket ${ticket.number} is a ${typeName(ticket.type)} ticket: its workflow sets the status until it reaches an outcome. You can reopen or close it once it has one.`,
    );
  }
  requireEdge(ticket, change.to);
  const next = advance(ticket, { status: change.to }, now);
  const event = statusEvent(statusEventKind(ticket, change.to), ticket.status, change.to, change.note);
  return { ticket: next, events: eventsOf([event], actor, now, ids) };
}

/**
 * Sets priority, assignee and report status. Each field that actually changes gets its event
 * (the assignee's is internal); when nothing changes the ticket is returned as it was, with no
 * events and the same version.
 * @throws TicketClosedError when the ticket is closed; InvalidChangeError when the priority would go
 * below its type's floor (a security ticket below high).
 */
export function updateFields(ticket: Ticket, patch: FieldsPatch, actor: Actor, now: string, ids: IdSource): Change {
  refuseIfClosed(ticket);
  if (patch.priority !== undefined && priorityFor(ticket.type, patch.priority) !== patch.priority) {
    const floor = lowestPriorityOf(ticket.type);
    throw new InvalidChangeError(`Ticket ${ticket.number} is a ${typeName(ticket.type)} ticket, which is handled at ${floor} priority at least, so it cannot be set to ${patch.priority}.`, [
      { path: 'priority', message: `A ${typeName(ticket.type)} ticket's priority is ${floor} or above.` },
    ]);
  }
  const drafts: EventDraft[] = [];
  if (patch.priority !== undefined && patch.priority !== ticket.priority) {
    drafts.push({ kind: 'priority', before: { priority: ticket.priority }, after: { priority: patch.priority } });
  }
  if (patch.assignee !== undefined && patch.assignee !== ticket.assignee) {
    drafts.push({ kind: 'assignee', before: { assignee: ticket.assignee }, after: { assignee: patch.assignee }, internal: true });
  }
  if (patch.reportStatus !== undefined && patch.reportStatus !== ticket.reportStatus) {
    drafts.push({ kind: 'report_status', before: { reportStatus: ticket.reportStatus }, after: { reportStatus: patch.reportStatus } });
  }
  if (drafts.length === 0) return { ticket, events: [] };
  const next = advance(
    ticket,
    {
      ...(patch.priority !== undefined ? { priority: patch.priority } : {}),
      ...(patch.assignee !== undefined ? { assignee: patch.assignee } : {}),
      ...(patch.reportStatus !== undefined ? { reportStatus: patch.reportStatus } : {}),
    },
    now,
    drafts.some((draft) => !draft.internal),
  );
  return { ticket: next, events: eventsOf(drafts, actor, now, ids) };
}

/**
 * When a change to the ticket happens: the clock's time, but never earlier than the ticket's last
 * change, so that the timeline's times never go back and `updatedAt` stays the newest event's
 * time even when the clocks of two writers (or of one writer across a retry) disagree. Read it
 * afresh for every attempt at a change.
 */
export function timeOfChange(ticket: Pick<Ticket, 'updatedAt'>, clock: Date): string {
  const now = clock.toISOString();
  return now > ticket.updatedAt ? now : ticket.updatedAt;
}

/** The timeline as the customer sees it: without internal events (notes, assignee changes). */
export function customerTimeline(events: readonly TicketEvent[]): TicketEvent[] {
  return events.filter((event) => !event.internal);
}

/** The thread as the customer sees it: without internal notes. */
export function publicThread(messages: readonly Message[]): Message[] {
  return messages.filter((message) => !message.internal);
}

// The system, as workflow-rules.ts names it (which imports this module, so cannot be imported here).
const scanActor: Actor = { kind: 'system', id: 'system' };

/**
 * A file of the thread removed because its malware scan found a threat: an `attachment_removed`
 * event naming the file, by the system, internal when the file was (an internal note's file is the
 * agents' only). The customer sees the ticket move on only when the event is theirs to see.
 */
export function removeAttachment(ticket: Ticket, attachment: Pick<Attachment, 'id' | 'name' | 'internal'>, now: string, ids: IdSource): Change {
  const file = { attachmentId: attachment.id, name: attachment.name };
  const event: EventDraft = { kind: 'attachment_removed', before: { ...file, state: 'checking' }, after: { ...file, state: 'removed' }, internal: attachment.internal };
  return { ticket: advance(ticket, {}, now, !attachment.internal), events: eventsOf([event], scanActor, now, ids) };
}
