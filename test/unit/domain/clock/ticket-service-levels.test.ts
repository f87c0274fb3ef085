import { describe, expect, it } from 'vitest';
import { parseClockSettings } from '../../../../functions/domain/clock/settings';
import { dueClockStep, fireClockStep, withClock } from '../../../../functions/domain/clock/ticket-clock';
import { ticketClocks } from '../../../../functions/domain/clock/ticket-service-levels';
import { changeStatus, openTicket, openTicketForCustomer, replyAsAgent, replyAsCustomer, updateFields, type NewTicket as NewTicketInput } from '../../../../functions/domain/ticket';
import { redact } from '../../../../functions/domain/redaction';
import type { Actor, Change, Ticket, TicketEvent } from '../../../../functions/domain/types';

/*
 * The service levels as every write stores them: each change goes through withClock, as the
 * repositories do. The default calendar is UTC, Monday to Friday 09:00-17:00; 2026-11-02 is a Monday.
 */

const settings = parseClockSettings(undefined);
let counter = 0;
const ids = () => `id-${++counter}`;
const agent: Actor = { kind: 'agent', id: 'agent-1' };
const customer: Actor = { kind: 'customer', id: 'customer-1' };
const workflow: Actor = { kind: 'system', id: 'system' };
const text = (value: string) => redact(value).text;
const stored = (change: Change) => withClock(change, settings);

const input = (openedBy: Actor, priority: NewTicketInput['priority'] = 'high'): NewTicketInput => ({
  openedBy,
  number: '12345678',
  type: 'general',
  subject: text('Card declined'),
  description: text('It was declined'),
  priority,
  details: {},
  requester: { sub: 'customer-1', email: 'c@example.com', owner: 'EMAIL#c@example.com', name: text('C') },
});

const monday = (time: string) => `2026-11-02T${time}:00.000Z`;
const tuesday = (time: string) => `2026-11-03T${time}:00.000Z`;

/** The service-level events of a change's timeline, as `target state`. */
const recorded = (change: Change) =>
  change.events.filter((event: TicketEvent) => event.kind === 'service_level').map((event: TicketEvent) => {
    const after = event.after as { target: string; state: string };
    return `${after.target} ${after.state}`;
  });

const clock = (ticket: Ticket, target: string, now: string) => ticketClocks(ticket, settings, now).find((candidate) => candidate.target === target);

function openedByCustomer(priority: NewTicketInput['priority'] = 'high', at = monday('09:00')): Change {
  return stored(openTicket(input(customer, priority), at, ids));
}

const reply = (ticket: Ticket, at: string, options: { internal?: boolean; awaitReply?: boolean } = {}) =>
  stored(replyAsAgent(ticket, { body: text('Looking into it'), internal: options.internal ?? false, awaitReply: options.awaitReply ?? false }, agent, at, ids));
const customerWrites = (ticket: Ticket, at: string) => stored(replyAsCustomer(ticket, text('Any news?'), customer, at, ids));

describe('a ticket’s service levels, as its changes start, pause and meet them', () => {
  it('start first reply and resolution when the customer opens the ticket, with started events for agents only', () => {
    const opened = openedByCustomer();
    expect(recorded(opened)).toEqual(['firstReply started', 'resolution started']);
    expect(opened.events.filter((event) => event.kind === 'service_level').every((event) => event.internal)).toBe(true);
    // High: first reply within 2 business hours, resolution within 16.
    expect(clock(opened.ticket, 'firstReply', monday('09:00'))).toMatchObject({ state: 'running', dueAt: monday('11:00'), warningAt: monday('10:30') });
    expect(clock(opened.ticket, 'resolution', monday('09:00'))).toMatchObject({ state: 'running', dueAt: tuesday('17:00') });
    expect(opened.ticket.serviceLevels?.nearestDueAt).toBe(monday('11:00'));
  });

  it('start resolution only when support opens the ticket for the customer (support wrote first)', () => {
    const [first] = openTicketForCustomer(input(agent), { message: text('We noticed a failed payout.') }, monday('09:00'), ids);
    const opened = stored(first);
    expect(recorded(opened)).toEqual(['resolution started']);
    expect(clock(opened.ticket, 'firstReply', monday('09:00'))).toBeUndefined();
  });

  it('meet first reply with support’s first public reply, and nothing with an internal note', () => {
    const opened = openedByCustomer();
    const noted = reply(opened.ticket, monday('09:30'), { internal: true });
    expect(recorded(noted)).toEqual([]);
    const replied = reply(noted.ticket, monday('10:00'));
    expect(recorded(replied)).toEqual(['firstReply met']);
    expect(clock(replied.ticket, 'firstReply', monday('12:00'))).toMatchObject({ state: 'met', metAt: monday('10:00') });
    expect(replied.ticket.serviceLevels?.nearestDueAt).toBe(tuesday('17:00'));
  });

  it('meet first reply with a workflow’s public message like an agent’s', () => {
    const opened = openedByCustomer();
    const fromWorkflow = stored(replyAsAgent(opened.ticket, { body: text('Refund requested.'), internal: false, awaitReply: false }, workflow, monday('09:05'), ids));
    expect(recorded(fromWorkflow)).toEqual(['firstReply met']);
  });

  it('start next reply with the customer’s message after support replied, ignore a second one, and meet it with support’s next reply', () => {
    const replied = reply(openedByCustomer().ticket, monday('10:00'));
    const asked = customerWrites(replied.ticket, monday('11:00'));
    expect(recorded(asked)).toEqual(['nextReply started']);
    const askedAgain = customerWrites(asked.ticket, monday('12:00'));
    expect(recorded(askedAgain)).toEqual([]);
    // Next reply for high is 4 business hours from the first message, not the second.
    expect(clock(askedAgain.ticket, 'nextReply', monday('12:00'))).toMatchObject({ state: 'running', dueAt: monday('15:00') });
    const answered = reply(askedAgain.ticket, monday('13:00'));
    expect(recorded(answered)).toEqual(['nextReply met']);
  });

  it('start no next reply while support has not replied yet (first reply is still running)', () => {
    const opened = openedByCustomer();
    expect(recorded(customerWrites(opened.ticket, monday('09:30')))).toEqual([]);
  });

  it('pause every running target while the ticket awaits the customer, and resume them when the customer answers', () => {
    const asked = reply(openedByCustomer().ticket, monday('10:00'), { awaitReply: true });
    expect(recorded(asked)).toEqual(['firstReply met', 'resolution paused']);
    expect(clock(asked.ticket, 'resolution', tuesday('16:00'))).toMatchObject({ state: 'paused', dueAt: null });
    expect(asked.ticket.serviceLevels?.nearestDueAt).toBeNull();
    const answered = customerWrites(asked.ticket, tuesday('10:00'));
    expect(recorded(answered)).toEqual(['nextReply started', 'resolution resumed']);
    // Resolution had used 1 of its 16 hours: 15 are left from Tuesday 10:00, to Wednesday 17:00.
    expect(clock(answered.ticket, 'resolution', tuesday('10:00'))).toMatchObject({ state: 'running', dueAt: '2026-11-04T17:00:00.000Z' });
  });

  it('meet every running target when the ticket is solved, and start resolution anew when it is reopened', () => {
    const asked = customerWrites(reply(openedByCustomer().ticket, monday('10:00')).ticket, monday('11:00'));
    const solved = stored(changeStatus(asked.ticket, { to: 'resolved' }, agent, monday('12:00'), ids, { byWorkflow: false }));
    expect(recorded(solved)).toEqual(['nextReply met', 'resolution met']);
    expect(solved.ticket.serviceLevels?.nearestDueAt).toBeNull();
    const reopened = customerWrites(solved.ticket, tuesday('09:00'));
    expect(recorded(reopened)).toEqual(['nextReply started', 'resolution started']);
    expect(clock(reopened.ticket, 'resolution', tuesday('09:00'))).toMatchObject({ state: 'running', startedAt: tuesday('09:00'), dueAt: '2026-11-04T17:00:00.000Z' });
    // Only the latest cycle of each target is kept.
    expect(reopened.ticket.serviceLevels?.events.filter((event) => event.target === 'resolution')).toEqual([{ target: 'resolution', kind: 'started', at: tuesday('09:00') }]);
  });

  it('measure against the ticket’s priority as it stands, so a raised priority brings the due time nearer', () => {
    const opened = openedByCustomer('normal');
    expect(opened.ticket.serviceLevels?.nearestDueAt).toBe(monday('17:00'));
    const raised = stored(updateFields(opened.ticket, { priority: 'critical' }, agent, monday('09:10'), ids));
    expect(recorded(raised)).toEqual([]);
    expect(raised.ticket.serviceLevels?.nearestDueAt).toBe(monday('10:00'));
  });
});

describe('the clock’s warnings and breaches of a ticket’s service levels', () => {
  const opened = () => openedByCustomer('high', monday('09:00')).ticket;

  /** Fires what is due at `now` as the clock's tick does, stored through withClock. */
  function tick(ticket: Ticket, now: string): { ticket: Ticket; fired: string[] } {
    const fired: string[] = [];
    let current = ticket;
    for (let step = dueClockStep(current, settings, now); step; step = dueClockStep(current, settings, now)) {
      fired.push(`${step.concern} ${step.action}`);
      current = stored(fireClockStep(current, step, settings, now, ids)).ticket;
    }
    return { ticket: current, fired };
  }

  it('are next looked at when the first target warns, then when it is due', () => {
    const ticket = opened();
    expect(ticket.nextTimerAt).toBe(monday('10:30'));
    const warned = tick(ticket, monday('10:30'));
    expect(warned.ticket.nextTimerAt).toBe(monday('11:00'));
  });

  it('warn at the warning share and breach at the due time, each once however often the tick comes', () => {
    const ticket = opened();
    expect(tick(ticket, monday('10:29')).fired).toEqual([]);
    const warned = tick(ticket, monday('10:30'));
    expect(warned.fired).toEqual(['serviceLevels firstReply.warning']);
    expect(tick(warned.ticket, monday('10:45')).fired).toEqual([]);
    const breached = tick(warned.ticket, monday('11:00'));
    expect(breached.fired).toEqual(['serviceLevels firstReply.breached']);
    expect(tick(breached.ticket, monday('11:00')).fired).toEqual([]);
    expect(tick(breached.ticket, monday('16:00')).fired).toEqual([]);
    // Then resolution's warning, at 12 of its 16 business hours.
    expect(breached.ticket.nextTimerAt).toBe(tuesday('13:00'));
  });

  it('record the warning and the breach on the timeline for agents, with the due time', () => {
    const ticket = opened();
    const step = dueClockStep(ticket, settings, monday('10:30'))!;
    const change = fireClockStep(ticket, step, settings, monday('10:30'), ids);
    expect(change.events).toEqual([
      expect.objectContaining({ kind: 'service_level', internal: true, actor: { kind: 'system', id: 'clock' }, after: { target: 'firstReply', state: 'warning', dueAt: monday('11:00'), priority: 'high' } }),
    ]);
    expect(change.ticket.activityAt).toBe(ticket.activityAt);
    expect(() => fireClockStep(change.ticket, step, settings, monday('10:30'), ids)).toThrow(RangeError);
  });

  it('breach without a late warning when the first tick comes after the due time', () => {
    expect(tick(opened(), monday('11:30')).fired).toEqual(['serviceLevels firstReply.breached']);
  });

  it('give nothing for a target met or paused', () => {
    const met = reply(opened(), monday('10:00')).ticket;
    expect(tick(met, monday('12:00')).fired).toEqual([]);
    const paused = reply(opened(), monday('10:00'), { awaitReply: true }).ticket;
    expect(dueClockStep(paused, settings, '2026-11-05T09:00:00.000Z')?.concern).not.toBe('serviceLevels');
  });

  it('warn and breach again in a new cycle: a next reply each time the customer writes after a reply', () => {
    let ticket = reply(opened(), monday('09:30')).ticket;
    ticket = customerWrites(ticket, monday('10:00')).ticket;
    const first = tick(ticket, monday('14:00'));
    expect(first.fired).toEqual(['serviceLevels nextReply.breached']);
    ticket = customerWrites(reply(first.ticket, monday('14:30')).ticket, tuesday('09:00')).ticket;
    // Resolution warns at the same instant: both are given at that tick, one step after the other.
    expect(tick(ticket, tuesday('13:00')).fired).toEqual(['serviceLevels nextReply.breached', 'serviceLevels resolution.warning']);
  });
});
