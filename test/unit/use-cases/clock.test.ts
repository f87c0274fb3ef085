import { describe, expect, it } from 'vitest';
import { timerShards } from '../../../functions/data/items/ticket';
import { changeStatus, openTicket, replyAsCustomer } from '../../../functions/domain/ticket';
import { defaultTimerSettings, nextTimerAt } from '../../../functions/domain/timers';
import { redact } from '../../../functions/domain/redaction';
import type { Actor, Ticket } from '../../../functions/domain/types';
import { fireDueTimers, type ClockDeps } from '../../../functions/use-cases/clock/fire-due-timers';
import { parseClockSettings } from '../../../functions/domain/clock/settings';
import { withClock } from '../../../functions/domain/clock/ticket-clock';
import { FakeTicketTable } from './fake-ticket-table';

let counter = 0;
const ids = () => `id-${++counter}`;
const agent: Actor = { kind: 'agent', id: 'agent-1' };
const text = (value: string) => redact(value).text;
const solvedAt = '2026-11-02T10:00:00.000Z';
const clockSettings = parseClockSettings(undefined);

function solvedTicket(number: string): Ticket {
  const opened = openTicket(
    {
      openedBy: { kind: 'customer', id: 'c' },
      number,
      type: 'general',
      subject: text('Card declined'),
      description: text('Declined'),
      priority: 'normal',
      details: {},
      requester: { sub: 'c', email: 'c@example.com', owner: 'EMAIL#c@example.com', name: text('C') },
    },
    '2026-11-02T09:00:00.000Z',
    ids,
  ).ticket;
  return withClock(changeStatus(opened, { to: 'resolved' }, agent, solvedAt, ids, { byWorkflow: false }), clockSettings).ticket;
}

/** The clock on the fake table: its index lists tickets by their stored next timer, as the table's does. */
function clockOn(table: FakeTicketTable, shardReads: number[] = []): ClockDeps {
  const tickets: ClockDeps['tickets'] = {
    currentTicket: (number, conflict) => table.currentTicket(number, conflict),
    saveChange: (change, version) => table.saveChange(withClock(change, clockSettings), version),
  };
  return {
    tickets,
    dueInShard: async (shard, now) => {
      shardReads.push(shard);
      return [...table.tickets.values()].filter((ticket) => ticket.nextTimerAt && ticket.nextTimerAt <= now && Number(ticket.number) % timerShards === shard).map((ticket) => ticket.number);
    },
    settings: clockSettings,
    newId: ids,
    remainingMs: () => 10_000,
  };
}

describe('the clock’s tick', () => {
  it('reads every shard of the index and fires the due timers of the tickets it lists, and only those', async () => {
    const table = new FakeTicketTable();
    for (const number of ['10000001', '10000002', '10000003']) table.put(solvedTicket(number));
    const reads: number[] = [];
    expect(await fireDueTimers(clockOn(table, reads), '2026-11-01T00:00:00.000Z')).toEqual([]);
    expect(reads.sort()).toEqual([0, 1, 2, 3]);
    const fired = await fireDueTimers(clockOn(table), '2026-11-05T10:00:00.000Z');
    expect(fired.map((each) => each.action)).toEqual(['close_warning', 'close_warning', 'close_warning']);
    expect(table.tickets.get('10000001')?.nextTimerAt).toBe('2026-11-06T10:00:00.000Z');
  });

  it('fires once when the same tick comes twice at once', async () => {
    const table = new FakeTicketTable();
    table.put(solvedTicket('10000001'));
    const at = '2026-11-06T10:00:00.000Z';
    const both = await Promise.all([fireDueTimers(clockOn(table), at), fireDueTimers(clockOn(table), at)]);
    expect(both.flat()).toEqual([{ number: '10000001', concern: 'timers', action: 'auto_close' }]);
    expect(table.events.get('10000001')?.filter((event) => event.actor.kind === 'system')).toHaveLength(1);
  });

  it('leaves a ticket that moved on since the index listed it, and stores its next timer afresh', async () => {
    const table = new FakeTicketTable();
    const listed = solvedTicket('10000001');
    // The customer reopened it, by a writer whose timer settings had no timer for it: the index still lists it.
    table.put({ ...replyAsCustomer(listed, text('Still broken'), { kind: 'customer', id: 'c' }, '2026-11-03T10:00:00.000Z', ids).ticket, nextTimerAt: listed.nextTimerAt ?? null });
    expect(await fireDueTimers(clockOn(table), '2026-11-09T00:00:00.000Z')).toEqual([]);
    const ticket = table.tickets.get('10000001')!;
    expect(ticket.status).toBe('open');
    expect(ticket.nextTimerAt).toBeNull();
    expect(nextTimerAt(ticket, defaultTimerSettings)).toBeNull();
  });
});
