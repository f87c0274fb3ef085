import { describe, expect, it } from 'vitest';
import { statusOf } from '../../../functions/domain/catalog';
import {
  InvalidChangeError,
  TicketClosedError,
  TicketNotFoundError,
  TransitionNotAllowedError,
  WorkflowOwnsStatusError,
} from '../../../functions/domain/errors';
import {
  openTicketForCustomer,
  changeStatus,
  closeAsCustomer,
  customerTimeline,
  openTicket,
  publicThread,
  reopen,
  replyAsAgent,
  replyAsCustomer,
  solveAsCustomer,
  timeOfChange,
  updateFields,
} from '../../../functions/domain/ticket';
import type { Actor, Message, Ticket, TicketEvent, TicketType } from '../../../functions/domain/types';
import { DomainError } from '../../../functions/domain/errors';
import { errorResponseOf } from '../../../functions/shared/error-responses';
import { redacted } from '../../support/redacted';
import { ownerOfEmail } from '../../../functions/domain/owner';

const created = '2025-03-01T10:00:00.000Z';
const now = '2025-03-02T12:30:00.000Z';
const customer: Actor = { kind: 'customer', id: 'sub-customer' };
const agent: Actor = { kind: 'agent', id: 'sub-agent' };
const workflow: Actor = { kind: 'system', id: 'system' };
const info = 'additional_information_required_from_the_customer';

function counter(): () => string {
  let next = 0;
  return () => `id-${String(++next).padStart(3, '0')}`;
}

function ticketOf(type: TicketType, status: string, overrides: Partial<Ticket> = {}): Ticket {
  return Object.freeze({
    number: '12345678',
    type,
    subject: redacted('Cannot log in'),
    description: redacted('Since this morning'),
    priority: 'normal',
    status,
    phase: statusOf(type, status).phase,
    reportStatus: null,
    details: {},
    requester: { sub: 'sub-customer', email: 'ana@example.com', owner: ownerOfEmail('ana@example.com'), name: redacted('Ana') },
    assignee: null,
    lastReply: null,
    customerLastWrote: null,
    createdAt: created,
    updatedAt: created,
    activityAt: created,
    version: 4,
    statusSince: created,
    ...overrides,
  });
}

/** The refusal an operation throws, with the status and code the HTTP edge answers it with, to assert them together. */
function refusal(operation: () => unknown): DomainError & { statusCode: number; code: string } {
  try {
    operation();
  } catch (error) {
    const response = errorResponseOf(error);
    if (error instanceof DomainError && response) return Object.assign(error, { statusCode: response.status, code: response.code });
    throw error;
  }
  throw new Error('the operation was not refused');
}

const kinds = (events: readonly TicketEvent[]) => events.map((event) => event.kind);

describe('openTicket', () => {
  it('opens a general ticket in Open with its created event', () => {
    const { ticket, events, message } = openTicket(
      {
        number: '12345678',
        type: 'payments',
        subject: redacted('Payout delayed'),
        description: redacted('Three days now'),
        priority: 'high',
        details: {},
        requester: { sub: 'sub-customer', email: 'ana@example.com', owner: ownerOfEmail('ana@example.com'), name: redacted('Ana') },
        openedBy: { kind: 'customer', id: 'sub-customer' },
      },
      now,
      counter(),
    );
    expect(ticket).toEqual({
      number: '12345678',
      type: 'payments',
      subject: 'Payout delayed',
      description: 'Three days now',
      priority: 'high',
      status: 'open',
      phase: 'open',
      reportStatus: null,
      details: {},
      requester: { sub: 'sub-customer', email: 'ana@example.com', owner: ownerOfEmail('ana@example.com'), name: 'Ana' },
      assignee: null,
      lastReply: null,
      customerLastWrote: null,
      createdAt: now,
      updatedAt: now,
      activityAt: now,
      version: 1,
      statusSince: now,
    });
    expect(events).toEqual([
      { id: 'id-001', kind: 'created', actor: customer, at: now, before: null, after: { type: 'payments', status: 'open', priority: 'high', openedBy: 'customer' }, internal: false },
    ]);
    expect(message).toBeUndefined();
  });

  it('opens a refund in Submitted, keeping its details', () => {
    const details = { provider: 'paddle', transactionId: 'txn_01', amount: '10.00', currency: 'USD' } as const;
    const { ticket } = openTicket(
      { number: '87654321', type: 'refund', subject: redacted('Refund'), description: redacted('Please'), priority: 'normal', details, requester: { sub: 's', email: 'e@x.io', owner: ownerOfEmail('e@x.io'), name: redacted('N') }, openedBy: { kind: 'customer', id: 's' } },
      now,
      counter(),
    );
    expect([ticket.status, ticket.phase, ticket.details]).toEqual(['submitted', 'open', details]);
  });
});

describe('openTicketForCustomer', () => {
  const agent: Actor = { kind: 'agent', id: 'sub-agent' };
  const input = {
    number: '30418862',
    type: 'account_restoration',
    subject: redacted('Restoring access'),
    description: redacted('Called in'),
    priority: 'normal',
    details: {},
    requester: { sub: null, email: 'alice@pay.example', owner: ownerOfEmail('alice@pay.example'), name: redacted('Alice') },
    openedBy: agent,
  } as const;

  it('opens the ticket with support’s first public message in one change, by the agent, saying support opened it', () => {
    const [first, ...later] = openTicketForCustomer(input, { message: redacted('We opened this case for you.') }, now, counter());
    expect(later).toEqual([]);
    expect(first.ticket).toMatchObject({ version: 1, requester: input.requester, lastReply: { at: now, by: 'support' } });
    expect(first.events.map((event) => [event.kind, event.actor, event.internal])).toEqual([
      ['created', agent, false],
      ['message', agent, false],
    ]);
    expect(first.events[0]?.after).toMatchObject({ openedBy: 'support' });
    expect(first.message).toMatchObject({ body: 'We opened this case for you.', internal: false, author: agent });
  });

  it('adds the internal note as the next change, unseen by the customer', () => {
    const [first, note] = openTicketForCustomer(input, { message: redacted('We opened this case for you.'), note: redacted('Identity checked.') }, now, counter());
    expect(note?.ticket.version).toBe(2);
    expect(note?.message).toMatchObject({ body: 'Identity checked.', internal: true });
    expect(note?.ticket.activityAt).toBe(first.ticket.activityAt);
  });
});

describe('replyAsCustomer', () => {
  it('adds a public message and records the customer’s reply on an open ticket', () => {
    const before = ticketOf('general', 'in_progress');
    const { ticket, events, message } = replyAsCustomer(before, redacted('Any news?'), customer, now, counter());
    expect(message).toEqual({ id: 'id-001', body: 'Any news?', internal: false, author: customer, at: now });
    expect(events).toEqual([
      { id: 'id-002', kind: 'message', actor: customer, at: now, before: null, after: { messageId: 'id-001', internal: false }, internal: false },
    ]);
    expect(ticket).toEqual({ ...before, customerLastWrote: now, updatedAt: now, activityAt: now, version: 5 });
  });

  it.each([
    ['general', 'awaiting_your_reply', 'open'],
    ['account_restoration', info, 'restoration_in_progress'],
    ['kyc', info, 'with_j2tx'],
  ] as const)('moves a %s ticket awaiting the customer back to the team', (type, from, to) => {
    const { ticket, events } = replyAsCustomer(ticketOf(type, from), redacted('Here it is'), customer, now, counter());
    expect([ticket.status, ticket.phase]).toEqual([to, 'open']);
    expect(kinds(events)).toEqual(['message', 'status']);
    expect(events[1]).toMatchObject({ before: { status: from }, after: { status: to }, actor: customer, internal: false });
  });

  it.each([
    ['general', 'resolved', 'open'],
    ['bug_report', 'resolved', 'in_progress'],
    ['account_restoration', 'account_restored', 'restoration_in_progress'],
  ] as const)('reopens a solved %s ticket when the customer replies', (type, from, to) => {
    const { ticket, events } = replyAsCustomer(ticketOf(type, from), redacted('It broke again'), customer, now, counter());
    expect([ticket.status, ticket.phase]).toEqual([to, 'open']);
    expect(kinds(events)).toEqual(['message', 'reopened']);
    expect(events[1]).toMatchObject({ before: { status: from }, after: { status: to } });
  });

  it('refuses a closed ticket and tells the customer to open a new one', () => {
    const error = refusal(() => replyAsCustomer(ticketOf('general', 'closed'), redacted('Hello?'), customer, now, counter()));
    expect(error).toBeInstanceOf(TicketClosedError);
    expect([error.statusCode, error.code]).toEqual([409, 'ticket_closed']);
    expect(error.message).toBe('Ticket 12345678 is closed and can no longer be changed. If you need more help, please open a new ticket.');
  });

  it.each([
    ['refund', 'refund_rejected', '“Refund rejected”'],
    ['kyc', 'kyc_declined', '“KYC Declined”'],
    ['withdrawal', 'withdrawal_completed', '“Withdrawal completed”'],
  ] as const)('keeps a %s outcome final: the workflow has ended, so a new request is a new ticket', (type, from, label) => {
    const error = refusal(() => replyAsCustomer(ticketOf(type, from), redacted('Please look again'), customer, now, counter()));
    expect(error).toBeInstanceOf(TransitionNotAllowedError);
    expect(error.message).toContain(`${label}, which is final`);
    expect(refusal(() => reopen(ticketOf(type, from), customer, now, counter()))).toBeInstanceOf(TransitionNotAllowedError);
  });

  it('refuses to reopen a completed account deletion', () => {
    const error = refusal(() => replyAsCustomer(ticketOf('account_deletion', 'deletion_completed'), redacted('Undo!'), customer, now, counter()));
    expect(error).toBeInstanceOf(TransitionNotAllowedError);
    expect(error.message).toMatch(/“Deletion completed”, which is final.*open a new ticket/);
  });

  it('leaves the ticket it was given untouched', () => {
    const before = ticketOf('general', 'awaiting_your_reply');
    const copy = structuredClone(before);
    replyAsCustomer(before, redacted('Here'), customer, now, counter());
    expect(before).toEqual(copy);
  });
});

describe('replyAsAgent', () => {
  it('keeps an internal note from changing the status or the last reply', () => {
    const before = ticketOf('general', 'open', { lastReply: { at: created, by: 'support' }, customerLastWrote: created });
    const { ticket, events, message } = replyAsAgent(before, { body: redacted('Checked logs'), internal: true, awaitReply: false }, agent, now, counter());
    expect(message).toMatchObject({ body: 'Checked logs', internal: true, author: agent });
    expect(events).toEqual([
      { id: 'id-002', kind: 'message', actor: agent, at: now, before: null, after: { messageId: 'id-001', internal: true }, internal: true },
    ]);
    expect(ticket).toEqual({ ...before, updatedAt: now, version: 5 });
  });

  it('counts what the customer can see as activity, and leaves notes and assignments out of it', () => {
    const before = ticketOf('general', 'open');
    expect(replyAsAgent(before, { body: redacted('Looking'), internal: false, awaitReply: false }, agent, now, counter()).ticket.activityAt).toBe(now);
    expect(replyAsAgent(before, { body: redacted('Note'), internal: true, awaitReply: false }, agent, now, counter()).ticket.activityAt).toBe(created);
    expect(updateFields(before, { assignee: 'sub-agent' }, agent, now, counter()).ticket.activityAt).toBe(created);
    expect(updateFields(before, { priority: 'high' }, agent, now, counter()).ticket.activityAt).toBe(now);
  });

  it('records a public reply as support’s last reply without moving the status', () => {
    const { ticket, events, message } = replyAsAgent(ticketOf('bug_report', 'with_engineering'), { body: redacted('On it'), internal: false, awaitReply: false }, agent, now, counter());
    expect(message?.internal).toBe(false);
    expect(kinds(events)).toEqual(['message']);
    expect([ticket.status, ticket.lastReply]).toEqual(['with_engineering', { at: now, by: 'support' }]);
  });

  it.each([
    ['general', 'in_progress', 'awaiting_your_reply'],
    ['account_restoration', 'restoration_in_progress', info],
  ] as const)('sets a %s ticket to await the customer’s reply', (type, from, to) => {
    const { ticket, events } = replyAsAgent(ticketOf(type, from), { body: redacted('Send a photo'), internal: false, awaitReply: true }, agent, now, counter());
    expect([ticket.status, ticket.phase]).toEqual([to, 'awaiting_reply']);
    expect(kinds(events)).toEqual(['message', 'status']);
    expect(events[1]).toMatchObject({ before: { status: from }, after: { status: to }, actor: agent });
  });

  it('keeps a ticket already awaiting the customer as it is when asked again', () => {
    const { ticket, events } = replyAsAgent(ticketOf('general', 'awaiting_your_reply'), { body: redacted('Reminder'), internal: false, awaitReply: true }, agent, now, counter());
    expect(ticket.status).toBe('awaiting_your_reply');
    expect(kinds(events)).toEqual(['message']);
  });

  it('refuses to await the customer from a status without that edge', () => {
    const error = refusal(() => replyAsAgent(ticketOf('general', 'resolved'), { body: redacted('x'), internal: false, awaitReply: true }, agent, now, counter()));
    expect(error).toBeInstanceOf(TransitionNotAllowedError);
    expect([error.statusCode, error.code]).toEqual([409, 'transition_not_allowed']);
    expect(error.message).toBe('Ticket 12345678 cannot move from “Resolved” (resolved) to “Awaiting Your Reply” (awaiting_your_reply). It can move to: open, closed.');
  });

  it('refuses to await the customer on a type that never does', () => {
    const error = refusal(() => replyAsAgent(ticketOf('bug_report', 'in_progress'), { body: redacted('x'), internal: false, awaitReply: true }, agent, now, counter()));
    expect(error).toBeInstanceOf(InvalidChangeError);
    expect([error.statusCode, error.code]).toEqual([422, 'invalid_change']);
    expect(error.message).toBe('A bug report ticket never awaits the customer’s reply. Send the reply without awaitReply.');
  });

  it('refuses to await the customer while a workflow owns the status', () => {
    const error = refusal(() => replyAsAgent(ticketOf('kyc', 'with_j2tx'), { body: redacted('x'), internal: false, awaitReply: true }, agent, now, counter()));
    expect(error).toBeInstanceOf(WorkflowOwnsStatusError);
    expect([error.statusCode, error.code]).toEqual([409, 'workflow_owns_status']);
  });

  it('refuses an internal note that asks to await the customer', () => {
    const error = refusal(() => replyAsAgent(ticketOf('general', 'open'), { body: redacted('x'), internal: true, awaitReply: true }, agent, now, counter()));
    expect(error).toBeInstanceOf(InvalidChangeError);
  });

  it('refuses a reply or a note on a closed ticket', () => {
    for (const internal of [false, true]) {
      const error = refusal(() => replyAsAgent(ticketOf('general', 'closed'), { body: redacted('x'), internal, awaitReply: false }, agent, now, counter()));
      expect(error).toBeInstanceOf(TicketClosedError);
    }
  });
});

describe('solveAsCustomer', () => {
  it.each([
    ['general', 'awaiting_your_reply', 'resolved', 'solved'],
    ['bug_report', 'monitoring_fix', 'resolved', 'solved'],
    ['account_deletion', 'with_developers', 'deletion_cancelled', 'solved'],
    ['account_restoration', info, 'closed', 'closed'],
  ] as const)('moves a %s ticket to the customer’s outcome', (type, from, to, phase) => {
    const { ticket, events } = solveAsCustomer(ticketOf(type, from), customer, now, counter());
    expect([ticket.status, ticket.phase, ticket.version, ticket.updatedAt]).toEqual([to, phase, 5, now]);
    expect(events).toEqual([{ id: 'id-001', kind: 'solved', actor: customer, at: now, before: { status: from }, after: { status: to }, internal: false }]);
  });

  it('leaves the outcome of a workflow ticket to its process', () => {
    const error = refusal(() => solveAsCustomer(ticketOf('refund', 'with_paddle'), customer, now, counter()));
    expect(error).toBeInstanceOf(WorkflowOwnsStatusError);
    expect(error.message).toMatch(/the refund process decides its outcome/);
  });

  it.each(['resolved', 'closed'])('refuses a ticket that is already %s', (status) => {
    const error = refusal(() => solveAsCustomer(ticketOf('general', status), customer, now, counter()));
    expect(error).toBeInstanceOf(TransitionNotAllowedError);
    expect(error.message).toMatch(/^Ticket 12345678 is already (solved \(“Resolved”\)|closed)\.$/);
  });
});

describe('reopen', () => {
  it.each([
    ['security', 'resolved', 'open'],
    ['account_deletion', 'deletion_cancelled', 'in_progress'],
    ['account_restoration', 'restoration_request_rejected', 'restoration_in_progress'],
  ] as const)('reopens a solved %s ticket', (type, from, to) => {
    const { ticket, events } = reopen(ticketOf(type, from), customer, now, counter());
    expect([ticket.status, ticket.phase]).toEqual([to, 'open']);
    expect(events).toEqual([{ id: 'id-001', kind: 'reopened', actor: customer, at: now, before: { status: from }, after: { status: to }, internal: false }]);
  });

  it('refuses a ticket that is not solved', () => {
    const error = refusal(() => reopen(ticketOf('general', 'in_progress'), customer, now, counter()));
    expect(error).toBeInstanceOf(TransitionNotAllowedError);
    expect(error.message).toBe('Only a solved ticket can be reopened; ticket 12345678 is “In Progress” and still being worked on.');
  });

  it('refuses a closed ticket', () => {
    expect(refusal(() => reopen(ticketOf('general', 'closed'), customer, now, counter()))).toBeInstanceOf(TicketClosedError);
  });

  it('refuses a completed account deletion', () => {
    expect(refusal(() => reopen(ticketOf('account_deletion', 'deletion_completed'), customer, now, counter()))).toBeInstanceOf(TransitionNotAllowedError);
  });
});

describe('closeAsCustomer', () => {
  it.each([
    ['general', 'resolved'],
    ['bug_report', 'resolved'],
    ['account_deletion', 'deletion_completed'],
    ['account_restoration', 'account_restored'],
    ['refund', 'refund_approved'],
    ['refund', 'refund_rejected'],
    ['kyc', 'kyc_approved'],
    ['kyc', 'kyc_declined'],
    ['kyc', 'residence_address_changed'],
    ['withdrawal', 'withdrawal_completed'],
    ['withdrawal', 'withdrawal_cancelled'],
  ] as const)('lets the customer close a %s ticket that is %s, recording that they did', (type, from) => {
    const { ticket, events } = closeAsCustomer(ticketOf(type, from), customer, now, counter());
    expect([ticket.status, ticket.phase, ticket.version]).toEqual(['closed', 'closed', 5]);
    expect(events).toEqual([{ id: 'id-001', kind: 'status', actor: customer, at: now, before: { status: from }, after: { status: 'closed' }, internal: false }]);
  });

  it('refuses a ticket that is still being worked on, saying where it stands', () => {
    const error = refusal(() => closeAsCustomer(ticketOf('refund', 'with_paddle'), customer, now, counter()));
    expect(error).toBeInstanceOf(TransitionNotAllowedError);
    expect(error.message).toBe(
      'Only a solved ticket can be closed; ticket 12345678 is “With Paddle” and still being worked on. You can mark it solved, or wait for its outcome.',
    );
  });

  it('refuses a ticket that is already closed', () => {
    expect(refusal(() => closeAsCustomer(ticketOf('general', 'closed'), customer, now, counter()))).toBeInstanceOf(TicketClosedError);
  });
});

describe('changeStatus', () => {
  const byAgent = { byWorkflow: false };
  const byWorkflow = { byWorkflow: true };

  it('moves along an edge with the agent’s note', () => {
    const before = ticketOf('bug_report', 'in_progress');
    const { ticket, events } = changeStatus(before, { to: 'with_engineering', note: redacted('Escalated') }, agent, now, counter(), byAgent);
    expect(ticket).toEqual({ ...before, status: 'with_engineering', phase: 'open', statusSince: now, updatedAt: now, activityAt: now, version: 5 });
    expect(events).toEqual([
      {
        id: 'id-001',
        kind: 'status',
        actor: agent,
        at: now,
        before: { status: 'in_progress' },
        after: { status: 'with_engineering' },
        internal: false,
        note: 'Escalated',
      },
    ]);
  });

  it('names a move to an outcome `solved` and a move out of one `reopened`', () => {
    expect(kinds(changeStatus(ticketOf('general', 'open'), { to: 'resolved' }, agent, now, counter(), byAgent).events)).toEqual(['solved']);
    expect(kinds(changeStatus(ticketOf('general', 'resolved'), { to: 'open' }, agent, now, counter(), byAgent).events)).toEqual(['reopened']);
    expect(kinds(changeStatus(ticketOf('general', 'resolved'), { to: 'closed' }, agent, now, counter(), byAgent).events)).toEqual(['status']);
  });

  it('lets a workflow move its own ticket', () => {
    const { ticket, events } = changeStatus(ticketOf('refund', 'with_paddle'), { to: 'refund_approved', note: redacted('adjustment approved') }, workflow, now, counter(), byWorkflow);
    expect([ticket.status, ticket.phase]).toEqual(['refund_approved', 'solved']);
    expect(events[0]).toMatchObject({ kind: 'solved', actor: workflow, note: 'adjustment approved' });
  });

  it('refuses an agent moving a workflow ticket before its outcome', () => {
    const error = refusal(() => changeStatus(ticketOf('withdrawal', 'with_finance'), { to: 'withdrawal_completed' }, agent, now, counter(), byAgent));
    expect(error).toBeInstanceOf(WorkflowOwnsStatusError);
    expect([error.statusCode, error.code]).toEqual([409, 'workflow_owns_status']);
    expect(error.message).toBe('Ticket 12345678 is a withdrawal ticket: its workflow sets the status until it reaches an outcome. Once it has one, you can close it.');
  });

  it('lets an agent close a workflow ticket once it has an outcome, but not reopen it', () => {
    expect(changeStatus(ticketOf('kyc', 'kyc_approved'), { to: 'closed' }, agent, now, counter(), byAgent).ticket.phase).toBe('closed');
    expect(refusal(() => changeStatus(ticketOf('kyc', 'kyc_approved'), { to: 'in_progress' }, agent, now, counter(), byAgent))).toBeInstanceOf(TransitionNotAllowedError);
  });

  it('refuses a move the table does not have, naming where the ticket can go', () => {
    const error = refusal(() => changeStatus(ticketOf('account_deletion', 'submitted'), { to: 'deletion_completed' }, agent, now, counter(), byAgent));
    expect(error).toBeInstanceOf(TransitionNotAllowedError);
    expect(error.message).toBe(
      'Ticket 12345678 cannot move from “Submitted” (submitted) to “Deletion completed” (deletion_completed). It can move to: in_progress, deletion_cancelled, closed.',
    );
  });

  it('names the statuses in the deployment’s words when it refuses a move', () => {
    const wording = { platformName: 'PayDay', statuses: { general: { resolved: { label: 'Solved' } } } };
    const refused = (ticket: Ticket, to: string) => refusal(() => changeStatus(ticket, { to }, agent, now, counter(), { byWorkflow: false, wording })).message;

    expect(refused(ticketOf('general', 'resolved'), 'awaiting_your_reply')).toBe(
      'Ticket 12345678 cannot move from “Solved” (resolved) to “Awaiting Your Reply” (awaiting_your_reply). It can move to: open, closed.',
    );
    expect(refused(ticketOf('bug_report', 'in_progress'), 'submitted')).toContain('cannot move from “In progress - PayDay” (in_progress)');
    expect(refusal(() => closeAsCustomer(ticketOf('general', 'open'), customer, now, counter(), { statuses: { '*': { open: { label: 'Received' } } } })).message).toContain('is “Received” and still being worked on');
    expect(refusal(() => reopen(ticketOf('general', 'open'), customer, now, counter(), { statuses: { '*': { open: { label: 'Received' } } } })).message).toContain('is “Received” and still being worked on');
    expect(refusal(() => solveAsCustomer(ticketOf('general', 'resolved'), customer, now, counter(), wording)).message).toBe('Ticket 12345678 is already solved (“Solved”).');
    expect(refusal(() => replyAsCustomer(ticketOf('account_deletion', 'deletion_completed'), redacted('x'), customer, now, counter(), { statuses: { account_deletion: { deletion_completed: { label: 'Account deleted' } } } })).message).toContain('is “Account deleted”, which is final');
  });

  it('refuses a move to the status the ticket is already in', () => {
    expect(refusal(() => changeStatus(ticketOf('general', 'open'), { to: 'open' }, agent, now, counter(), byAgent))).toBeInstanceOf(TransitionNotAllowedError);
  });

  it('refuses a status the type does not have, naming the valid ones', () => {
    const error = refusal(() => changeStatus(ticketOf('general', 'open'), { to: 'with_paddle' }, agent, now, counter(), byAgent));
    expect(error).toBeInstanceOf(InvalidChangeError);
    expect([error.statusCode, error.code]).toEqual([422, 'invalid_change']);
    expect(error.message).toBe('A general ticket has no status "with_paddle". Its statuses are: open, in_progress, awaiting_your_reply, resolved, closed.');
    expect(error.fields).toEqual([{ path: 'status', message: 'Must be one of: open, in_progress, awaiting_your_reply, resolved, closed.' }]);
  });

  it('refuses any move of a closed ticket', () => {
    expect(refusal(() => changeStatus(ticketOf('general', 'closed'), { to: 'open' }, agent, now, counter(), byAgent))).toBeInstanceOf(TicketClosedError);
  });
});

describe('a security ticket', () => {
  const opened = (priority: 'low' | 'normal' | 'high' | 'critical') =>
    openTicket(
      {
        number: '12345678',
        type: 'security',
        subject: redacted('Someone logged in from abroad'),
        description: redacted('I did not do this'),
        priority,
        details: {},
        requester: { sub: 'sub-customer', email: 'ana@example.com', owner: ownerOfEmail('ana@example.com'), name: redacted('Ana') },
        openedBy: { kind: 'customer', id: 'sub-customer' },
      },
      now,
      counter(),
    );

  it('is opened at high priority when the customer chose less, and its created event says what they chose', () => {
    const { ticket, events } = opened('normal');

    expect(ticket.priority).toBe('high');
    expect(events.map((event) => event.after)).toEqual([{ type: 'security', status: 'open', priority: 'high', openedBy: 'customer', requestedPriority: 'normal' }]);
    expect(opened('low').ticket.priority).toBe('high');
  });

  it('keeps high or critical as the customer chose it', () => {
    expect(opened('critical').ticket.priority).toBe('critical');
    expect(opened('high').events[0]?.after).toEqual({ type: 'security', status: 'open', priority: 'high', openedBy: 'customer' });
  });

  it('cannot be lowered below high, naming the floor; other types can', () => {
    const error = refusal(() => updateFields(ticketOf('security', 'open', { priority: 'high' }), { priority: 'normal' }, agent, now, counter()));

    expect(error).toBeInstanceOf(InvalidChangeError);
    expect(error.statusCode).toBe(422);
    expect(error.message).toBe('Ticket 12345678 is a security ticket, which is handled at high priority at least, so it cannot be set to normal.');
    expect(updateFields(ticketOf('security', 'open', { priority: 'critical' }), { priority: 'high' }, agent, now, counter()).ticket.priority).toBe('high');
    expect(updateFields(ticketOf('payments', 'open', { priority: 'high' }), { priority: 'low' }, agent, now, counter()).ticket.priority).toBe('low');
  });
});

describe('updateFields', () => {
  it('records one event per changed field, the assignee’s internal', () => {
    const before = ticketOf('api', 'open', { assignee: 'sub-old' });
    const { ticket, events } = updateFields(before, { priority: 'critical', assignee: 'sub-agent', reportStatus: 'report_in_progress' }, agent, now, counter());
    expect(ticket).toEqual({ ...before, priority: 'critical', assignee: 'sub-agent', reportStatus: 'report_in_progress', updatedAt: now, activityAt: now, version: 5 });
    expect(events.map(({ kind, before: from, after, internal }) => ({ kind, from, after, internal }))).toEqual([
      { kind: 'priority', from: { priority: 'normal' }, after: { priority: 'critical' }, internal: false },
      { kind: 'assignee', from: { assignee: 'sub-old' }, after: { assignee: 'sub-agent' }, internal: true },
      { kind: 'report_status', from: { reportStatus: null }, after: { reportStatus: 'report_in_progress' }, internal: false },
    ]);
  });

  it('clears a field set to null and leaves an absent one alone', () => {
    const before = ticketOf('api', 'open', { assignee: 'sub-old', reportStatus: 'report_completed', priority: 'high' });
    const { ticket, events } = updateFields(before, { assignee: null }, agent, now, counter());
    expect([ticket.assignee, ticket.reportStatus, ticket.priority]).toEqual([null, 'report_completed', 'high']);
    expect(kinds(events)).toEqual(['assignee']);
  });

  it('returns the ticket unchanged, without events, when nothing changes', () => {
    const before = ticketOf('api', 'open', { priority: 'high' });
    const change = updateFields(before, { priority: 'high', assignee: null }, agent, now, counter());
    expect(change).toEqual({ ticket: before, events: [] });
  });

  it('refuses a closed ticket', () => {
    expect(refusal(() => updateFields(ticketOf('api', 'closed'), { priority: 'low' }, agent, now, counter()))).toBeInstanceOf(TicketClosedError);
  });
});

describe('what the customer sees', () => {
  it('hides internal events and internal notes', () => {
    const note = replyAsAgent(ticketOf('general', 'open'), { body: redacted('internal'), internal: true, awaitReply: false }, agent, now, counter());
    const assigned = updateFields(ticketOf('general', 'open'), { assignee: 'sub-agent', priority: 'high' }, agent, now, counter());
    const reply = replyAsAgent(ticketOf('general', 'open'), { body: redacted('public'), internal: false, awaitReply: false }, agent, now, counter());
    const events = [...note.events, ...assigned.events, ...reply.events];
    const messages = [note.message, reply.message].filter((message): message is Message => message !== undefined);
    expect(kinds(customerTimeline(events))).toEqual(['priority', 'message']);
    expect(publicThread(messages).map((message) => message.body)).toEqual(['public']);
  });
});

describe('the time of a change', () => {
  it('is the clock’s time when the clock is past the ticket’s last change', () => {
    expect(timeOfChange(ticketOf('general', 'open', { updatedAt: created }), new Date(now))).toBe(now);
  });

  it('is never earlier than the ticket’s last change, so the timeline never goes back when clocks disagree', () => {
    const later = '2025-03-02T12:30:00.250Z';
    const ticket = ticketOf('general', 'open', { updatedAt: later });
    expect(timeOfChange(ticket, new Date(now))).toBe(later);
    expect(timeOfChange(ticket, new Date(later))).toBe(later);
    const change = updateFields(ticket, { priority: 'high' }, agent, timeOfChange(ticket, new Date(now)), counter());
    expect([change.ticket.updatedAt, ...change.events.map((event) => event.at)]).toEqual([later, later]);
  });
});

describe('TicketNotFoundError', () => {
  it('says the same for a missing ticket and someone else’s', () => {
    const error = refusal(() => {
      throw new TicketNotFoundError('12345678');
    });
    expect([error.statusCode, error.code, error.message]).toEqual([404, 'ticket_not_found', 'No ticket with number 12345678.']);
  });
});
