import { describe, expect, it } from 'vitest';
import type { TicketEvent } from '../../../functions/domain/types';
import { noticeOf, noticesOf } from '../../../functions/notifications/notices';

const event = (overrides: Partial<TicketEvent>): TicketEvent => ({
  id: 'E1',
  kind: 'status',
  actor: { kind: 'agent', id: 'agent-1' },
  at: '2030-01-01T00:00:00.000Z',
  before: null,
  after: null,
  internal: false,
  ...overrides,
});

describe('what an event of the timeline sends', () => {
  it.each(['status', 'solved', 'reopened'] as const)('emails the requester the new status of a %s event, whoever made it', (kind) => {
    for (const actor of ['agent', 'customer', 'system', 'provider'] as const) {
      expect(noticeOf(event({ kind, actor: { kind: actor, id: 'x' }, before: { status: 'a' }, after: { status: 'b' } }))).toEqual({ audience: 'customer', kind: 'status', status: 'b', byCustomer: actor === 'customer' });
    }
  });

  it('emails the requester a public message from support, from an agent, a workflow or a provider', () => {
    for (const actor of ['agent', 'system', 'provider'] as const) {
      expect(noticeOf(event({ kind: 'message', actor: { kind: actor, id: 'x' }, after: { messageId: 'M1', internal: false } }))).toEqual({ audience: 'customer', kind: 'reply', messageId: 'M1' });
    }
  });

  it('sends nothing for an internal note, the customer’s own message, an assignee or a report status change', () => {
    expect(noticeOf(event({ kind: 'message', internal: true, after: { messageId: 'M1', internal: true } }))).toBeUndefined();
    expect(noticeOf(event({ kind: 'message', actor: { kind: 'customer', id: 'c' }, after: { messageId: 'M1', internal: false } }))).toBeUndefined();
    expect(noticeOf(event({ kind: 'assignee', internal: true, after: { assignee: 'a' } }))).toBeUndefined();
    expect(noticeOf(event({ kind: 'report_status', after: { reportStatus: 'report_in_progress' } }))).toBeUndefined();
    expect(noticeOf(event({ kind: 'created', actor: { kind: 'customer', id: 'c' }, after: { type: 'general', status: 'open', priority: 'high' } }))).toBeUndefined();
  });

  it('alerts the team about a service level’s warning and breach, with the target and its due time, and about nothing else of its clock', () => {
    const serviceLevel = (state: string) => event({ kind: 'service_level', internal: true, actor: { kind: 'system', id: 'clock' }, after: { target: 'firstReply', state, dueAt: '2030-01-01T10:00:00.000Z', priority: 'high' } });
    expect(noticeOf(serviceLevel('warning'))).toEqual({ audience: 'team', kind: 'alert', reason: 'serviceLevelWarning', priority: 'high', serviceLevel: { target: 'firstReply', dueAt: '2030-01-01T10:00:00.000Z' } });
    expect(noticeOf(serviceLevel('breached'))).toMatchObject({ reason: 'serviceLevelBreached' });
    for (const state of ['started', 'paused', 'resumed', 'met']) expect(noticesOf(serviceLevel(state))).toEqual([]);
  });

  it('alerts the team about a ticket opened critical or raised to critical, not about other priority changes', () => {
    expect(noticeOf(event({ kind: 'created', after: { type: 'security', status: 'open', priority: 'critical' } }))).toEqual({ audience: 'team', kind: 'alert', reason: 'openedCritical', priority: 'critical' });
    expect(noticeOf(event({ kind: 'priority', before: { priority: 'normal' }, after: { priority: 'critical' } }))).toMatchObject({ reason: 'raisedToCritical' });
    expect(noticeOf(event({ kind: 'priority', before: { priority: 'normal' }, after: { priority: 'high' } }))).toBeUndefined();
    expect(noticeOf(event({ kind: 'priority', before: { priority: 'critical' }, after: { priority: 'low' } }))).toBeUndefined();
  });

  it('alerts the team about every security ticket opened, at the priority it was opened with', () => {
    expect(noticeOf(event({ kind: 'created', after: { type: 'security', status: 'open', priority: 'high', requestedPriority: 'normal' } }))).toEqual({
      audience: 'team',
      kind: 'alert',
      reason: 'openedSecurity',
      priority: 'high',
    });
    expect(noticeOf(event({ kind: 'created', after: { type: 'payments', status: 'open', priority: 'high' } }))).toBeUndefined();
  });

  it('alerts the team when a workflow escalates a ticket by raising its priority', () => {
    const system = { kind: 'system' as const, id: 'system' };
    expect(noticeOf(event({ kind: 'priority', actor: system, before: { priority: 'normal' }, after: { priority: 'high' } }))).toEqual({ audience: 'team', kind: 'alert', reason: 'escalatedByWorkflow', priority: 'high' });
    expect(noticeOf(event({ kind: 'priority', actor: system, before: { priority: 'high' }, after: { priority: 'critical' } }))).toMatchObject({ reason: 'escalatedByWorkflow', priority: 'critical' });
  });
});

describe('what a new ticket sends', () => {
  it('confirms it to the requester whoever opened it, saying whether support did', () => {
    const created = { kind: 'created' as const, before: null, after: { type: 'general', status: 'open', priority: 'normal' } };
    expect(noticesOf(event({ ...created, actor: { kind: 'customer', id: 'c' } }))).toEqual([{ audience: 'customer', kind: 'created', openedBySupport: false }]);
    expect(noticesOf(event({ ...created, actor: { kind: 'agent', id: 'agent-1' } }))).toEqual([{ audience: 'customer', kind: 'created', openedBySupport: true }]);
  });

  it('confirms a ticket opened critical to the requester and alerts the team', () => {
    expect(noticesOf(event({ kind: 'created', actor: { kind: 'customer', id: 'c' }, after: { priority: 'critical' } })).map((notice) => notice.audience)).toEqual(['customer', 'team']);
  });

  it('sends nothing more than noticeOf for any other event', () => {
    expect(noticesOf(event({ kind: 'assignee', internal: true, after: { assignee: 'a' } }))).toEqual([]);
    expect(noticesOf(event({ before: { status: 'a' }, after: { status: 'b' } }))).toEqual([{ audience: 'customer', kind: 'status', status: 'b', byCustomer: false }]);
  });
});
