import { describe, expect, it } from 'vitest';
import { system } from '../../../infra/system';
import { byAssignee, byCustomer, byDue, queue, ticketItem, timers } from '../../../functions/data/items/ticket';
import { complaintsIndex } from '../../../functions/data/items/complaint';
import type { Ticket } from '../../../functions/domain/types';
import { redacted } from '../../support/redacted';
import { ownerOfEmail } from '../../../functions/domain/owner';

const ticket: Ticket = {
  number: '12345678',
  type: 'general',
  subject: redacted('Payout delayed'),
  description: redacted('Since Monday.'),
  priority: 'high',
  status: 'in_progress',
  phase: 'open',
  reportStatus: null,
  details: {},
  requester: { sub: 'customer-1', email: 'c@example.com', owner: ownerOfEmail('c@example.com'), name: redacted('C') },
  assignee: 'agent-1',
  lastReply: null,
  customerLastWrote: null,
  createdAt: '2026-03-01T10:00:00.000Z',
  updatedAt: '2026-03-02T10:00:00.000Z',
  activityAt: '2026-03-02T09:00:00.000Z',
  version: 3,
};

describe('the index keys the data layer writes and reads', () => {
  it('are the indexes infra/system.ts creates, with the same attributes', () => {
    for (const index of [byCustomer, queue, byAssignee, timers, byDue, complaintsIndex]) {
      expect(system.table.indexes).toContainEqual({
        name: index.index,
        partitionKey: { name: index.partitionAttribute, type: 'S' },
        sortKey: { name: index.sortAttribute, type: 'S' },
      });
    }
  });

  it('put a ticket that is not closed in its phase’s queue and its assignee’s partition, in the queue’s order', () => {
    expect(ticketItem(ticket)).toMatchObject({
      gsi1pk: 'CUSTOMER#EMAIL#c@example.com',
      gsi1sk: '2026-03-02T09:00:00.000Z#12345678',
      gsi2pk: 'QUEUE#open',
      gsi2sk: '1#2026-03-01T10:00:00.000Z#12345678',
      gsi3pk: 'ASSIGNEE#open#agent-1',
    });
    expect(ticketItem({ ...ticket, assignee: null, phase: 'solved', status: 'resolved' })).toMatchObject({ gsi2pk: 'QUEUE#solved', gsi3pk: 'UNASSIGNED#solved' });
  });

  it('put a ticket with a next timer in its shard of the timers index, by that instant, and leave one without out', () => {
    const item = ticketItem({ ...ticket, nextTimerAt: '2026-03-06T10:00:00.000Z' });
    expect(item).toMatchObject({ gsi4pk: `TIMERS#${timers.shardOf(ticket.number)}`, gsi4sk: '2026-03-06T10:00:00.000Z#12345678' });
    expect(ticketItem({ ...ticket, nextTimerAt: null })).not.toHaveProperty('gsi4pk');
    expect(ticketItem(ticket)).not.toHaveProperty('gsi4sk');
  });

  it('put a ticket with a service level counting in its phase’s byDue partition by the nearest due time, and leave others out', () => {
    const serviceLevels = { events: [], fired: [], nearestDueAt: '2026-03-02T12:00:00.000Z' };
    expect(ticketItem({ ...ticket, serviceLevels })).toMatchObject({ gsi5pk: 'DUE#open', gsi5sk: '2026-03-02T12:00:00.000Z#12345678' });
    expect(ticketItem({ ...ticket, serviceLevels: { ...serviceLevels, nearestDueAt: null } })).not.toHaveProperty('gsi5pk');
    expect(ticketItem({ ...ticket, serviceLevels, phase: 'closed', status: 'closed' })).not.toHaveProperty('gsi5sk');
  });

  it('put a complaint in the partition of its month of receipt, by receipt then number, and leave other tickets out', () => {
    const complaint = {
      receivedAt: '2026-03-31T23:30:00.000Z',
      markedAt: '2026-04-01T08:00:00.000Z',
      markedBy: 'agent',
      reason: null,
      rule: 'none',
      deadlines: null,
      acknowledgedAt: null,
      holdingReplyAt: null,
      finalResponseAt: null,
      alerts: [],
    } as const;
    expect(ticketItem({ ...ticket, complaint })).toMatchObject({ gsi7pk: 'COMPLAINTS#2026-03', gsi7sk: '2026-03-31T23:30:00.000Z#12345678' });
    expect(ticketItem(ticket)).not.toHaveProperty('gsi7pk');
  });

  it('leave a closed ticket out of the queue and byAssignee indexes', () => {
    const item = ticketItem({ ...ticket, phase: 'closed', status: 'closed' });
    expect(item).not.toHaveProperty('gsi2pk');
    expect(item).not.toHaveProperty('gsi2sk');
    expect(item).not.toHaveProperty('gsi3pk');
    expect(item).toHaveProperty('gsi1pk', 'CUSTOMER#EMAIL#c@example.com');
  });

  it('never give an assignee, whatever they are called, the unassigned partition', () => {
    const unassigned = byAssignee.partition(null, 'open');
    for (const name of ['none', 'nobody', 'null', '', 'open', 'UNASSIGNED#open', '#open']) expect(byAssignee.partition(name, 'open')).not.toBe(unassigned);
  });

  it('start every sort key of one priority with that priority’s prefix, and no other', () => {
    expect(queue.sort('critical', ticket.createdAt, ticket.number).startsWith(queue.priorityPrefix('critical'))).toBe(true);
    expect(queue.sort('low', ticket.createdAt, ticket.number).startsWith(queue.priorityPrefix('high'))).toBe(false);
  });
});
