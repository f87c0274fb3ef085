import { describe, expect, inject, it } from 'vitest';
import { businessDuration } from '../../../functions/domain/clock/business-time';
import { serviceLevelClocks, type ClockEvent } from '../../../functions/domain/clock/service-levels';
import { parseClockSettings } from '../../../functions/domain/clock/settings';
import { signIn, type ApiResponse, type ApiUser } from '../../support/api';
import { alertInboxForThisFile } from '../../support/alert-inbox';
import { clockForThisFile, hour, later } from '../../support/clock';
import { agentView, agentWrites, customerView, expectStatus, openTicket } from '../tickets/customer-steps';

/*
 * Service levels on the shared test cloud, with controlled time: the product's clockTick runs
 * beside the cloud on its table and its clock settings (closed for the first hours after the cloud
 * started, see test/support/test-deployment.ts), and is given the instants the test chooses. Every
 * expected instant is computed by the domain's own arithmetic from the ticket's stored instants.
 */

const settings = parseClockSettings(inject('testClock'));
const clock = clockForThisFile();
// The team's subscription, played by a queue of this test's own on the local alert topic.
const alerts = alertInboxForThisFile('service-level-alerts');

interface ServiceLevelEvent {
  readonly at: string;
  readonly internal: boolean;
  readonly after: { readonly target: string; readonly state: string; readonly dueAt: string | null };
}

/** The service-level events of the agent's timeline, as `target state`, and the events themselves. */
async function serviceLevelTimeline(agent: ApiUser, number: string): Promise<{ said: string[]; events: ServiceLevelEvent[] }> {
  const { timeline } = await agentView(agent, number);
  const events = timeline.filter((event: { kind: string }) => event.kind === 'service_level') as ServiceLevelEvent[];
  return { said: events.map((event) => `${event.after.target} ${event.after.state}`), events };
}

async function clockOf(agent: ApiUser, number: string, target: string) {
  const { ticket } = await agentView(agent, number);
  return ticket.serviceLevels.find((candidate: { target: string }) => candidate.target === target);
}

describe('a high-priority ticket opened outside business hours', () => {
  it('warns at 75 % and breaches its first reply only two business hours after the next opening, each alert once however often the tick comes', async () => {
    const [customer, agent] = await Promise.all([signIn(), signIn({ agent: true })]);
    const { number, createdAt } = await openTicket(customer, 'general', { subject: 'Card declined at checkout', priority: 'high' });
    const started: ClockEvent[] = [{ target: 'firstReply', kind: 'started', at: createdAt }];
    const [expected] = serviceLevelClocks(settings.calendar, settings.serviceLevels, 'high', started, createdAt);
    const opening = later(expected!.dueAt!, -2 * hour);
    // The test cloud is closed for hours after it starts: the ticket waits for the next opening.
    expect(Date.parse(opening)).toBeGreaterThan(Date.parse(createdAt) + 2 * hour);
    expect(expected!.warningAt).toBe(later(opening, 1.5 * hour));
    expect(await clockOf(agent, number, 'firstReply')).toMatchObject({ state: 'running', startedAt: createdAt, dueAt: expected!.dueAt, warningAt: expected!.warningAt });

    expect(await clock.tickAt(later(createdAt, 2 * hour), number)).toEqual([]);
    expect(await clock.tickAt(opening, number)).toEqual([]);
    expect(await clock.tickAt(later(expected!.warningAt!, -60_000), number)).toEqual([]);
    expect(await clock.tickAt(expected!.warningAt!, number)).toEqual([{ number, concern: 'serviceLevels', action: 'firstReply.warning' }]);
    expect(await clock.tickAt(later(expected!.dueAt!, -60_000), number)).toEqual([]);
    const twice = (await Promise.all([clock.tickAt(expected!.dueAt!, number), clock.tickAt(expected!.dueAt!, number)])).flat();
    expect([...twice, ...(await clock.tickAt(expected!.dueAt!, number))]).toEqual([{ number, concern: 'serviceLevels', action: 'firstReply.breached' }]);

    const { said, events } = await serviceLevelTimeline(agent, number);
    expect(said).toEqual(['firstReply started', 'resolution started', 'firstReply warning', 'firstReply breached']);
    expect(events.every((event) => event.internal)).toBe(true);
    expect(events.at(-1)).toMatchObject({ at: expected!.dueAt, after: { dueAt: expected!.dueAt } });
    expect(await clockOf(agent, number, 'firstReply')).toMatchObject({ state: 'breached', dueAt: expected!.dueAt });

    const received = await alerts.alertsAbout(number, (reason) => ['serviceLevelWarning', 'serviceLevelBreached'].includes(reason), (found) => found.length >= 2);
    expect(received.map((alert) => alert.MessageAttributes['reason']?.Value)).toEqual(['serviceLevelWarning', 'serviceLevelBreached']);
    expect(received[0]).toMatchObject({ Subject: `Due soon: first reply of ticket ${number}: Card declined at checkout`, MessageAttributes: { priority: { Value: 'high' }, target: { Value: 'firstReply' } } });
    expect(received[1]!.Message).toContain(`Ticket ${number} breached its first reply target, due ${expected!.dueAt!.slice(0, 10)} at ${expected!.dueAt!.slice(11, 16)} UTC (high priority).`);
  });
});

describe('a ticket awaiting the customer', () => {
  it('accrues no time: no breach of resolution while paused, and resumes with the time it had left', async () => {
    const [customer, agent] = await Promise.all([signIn(), signIn({ agent: true })]);
    const { number } = await openTicket(customer, 'general', { subject: 'Statement missing', priority: 'high' });
    const before = await clockOf(agent, number, 'resolution');
    expect(before).toMatchObject({ state: 'running' });

    await agentWrites(agent, number, { body: 'Which month is missing?', awaitReply: true });
    expect(await clockOf(agent, number, 'resolution')).toMatchObject({ state: 'paused', dueAt: null });
    const paused = (await serviceLevelTimeline(agent, number)).events.find((event) => event.after.target === 'resolution' && event.after.state === 'paused')!;

    // Three days on, well past when resolution was due: the customer is reminded, and nothing is breached.
    expect(await clock.tickAt(later(paused.at, 72 * hour), number)).toEqual([{ number, concern: 'timers', action: 'reminder' }]);
    expect(await clockOf(agent, number, 'resolution')).toMatchObject({ state: 'paused' });

    // The customer's answer comes after the reminder, so it is stored at the reminder's time or later.
    expectStatus(await customer.post(`/v1/tickets/${number}/messages`, { body: 'October.' }), 201);
    const { said, events } = await serviceLevelTimeline(agent, number);
    expect(said).toEqual(['firstReply started', 'resolution started', 'firstReply met', 'resolution paused', 'nextReply started', 'resolution resumed']);
    const resumed = events.at(-1)!;
    const after = await clockOf(agent, number, 'resolution');
    const expected = serviceLevelClocks(
      settings.calendar,
      settings.serviceLevels,
      'high',
      [
        { target: 'resolution', kind: 'started', at: before.startedAt },
        { target: 'resolution', kind: 'paused', at: paused.at },
        { target: 'resolution', kind: 'resumed', at: resumed.at },
      ],
      resumed.at,
    )[0]!;
    expect(after).toMatchObject({ state: 'running', dueAt: expected.dueAt, elapsedMs: expected.elapsedMs });
    // The due time moved on by exactly the business time the ticket spent awaiting the customer.
    const moved = businessDuration(settings.calendar, Date.parse(before.dueAt), Date.parse(after.dueAt));
    expect(moved).toBe(businessDuration(settings.calendar, Date.parse(paused.at), Date.parse(resumed.at)));
    expect(moved).toBeGreaterThan(0);
    expect(await clock.tickAt(later(resumed.at, 60_000), number)).toEqual([]);
  });
});

/** Every row of the queue of a phase in the due order, each page checked to be in that order. */
async function dueOrder(agent: ApiUser, phase: string): Promise<{ number: string; nearestDueAt: string | null }[]> {
  const rows: { number: string; nearestDueAt: string | null }[] = [];
  let cursor: string | null = null;
  do {
    const response: ApiResponse = await agent.get(`/v1/agent/tickets?phase=${phase}&order=due&limit=100${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`);
    expectStatus(response, 200);
    const page: { number: string; nearestDueAt: string }[] = response.body.tickets;
    expect(page.map((row) => `${row.nearestDueAt}#${row.number}`)).toEqual(page.map((row) => `${row.nearestDueAt}#${row.number}`).sort());
    rows.push(...page);
    cursor = response.body.cursor;
  } while (cursor);
  return rows;
}

describe('the agents’ view of due times', () => {
  it('shows each target’s clock to agents, lists the nearest due first with ?order=due, and shows the customer none of it', async () => {
    const [customer, agent] = await Promise.all([signIn(), signIn({ agent: true })]);
    const low = await openTicket(customer, 'general', { subject: 'Change my statement language', priority: 'low' });
    const high = await openTicket(customer, 'general', { subject: 'Cannot log in', priority: 'high' });
    const answered = await openTicket(customer, 'general', { subject: 'Thanks for the fix', priority: 'high' });
    await agentWrites(agent, answered.number, { body: 'Glad it works.', awaitReply: true });

    const highClocks = (await agentView(agent, high.number)).ticket.serviceLevels;
    expect(highClocks.map((each: { target: string; state: string }) => `${each.target} ${each.state}`)).toEqual(['firstReply running', 'resolution running']);
    expect(highClocks[0]).toMatchObject({ startedAt: high.createdAt, metAt: null, warning: false });
    expect(highClocks[0].remainingMs).toBeGreaterThan(0);

    const open = await dueOrder(agent, 'open');
    const position = (number: string) => open.findIndex((row) => row.number === number);
    expect(position(high.number)).toBeGreaterThanOrEqual(0);
    expect(position(high.number)).toBeLessThan(position(low.number));
    expect(open.find((row) => row.number === high.number)?.nearestDueAt).toBe(highClocks[0].dueAt);
    expect(open.every((row) => row.nearestDueAt !== null)).toBe(true);
    // Awaiting the customer, its clocks are paused: it is not due at all.
    expect((await dueOrder(agent, 'awaiting_reply')).some((row) => row.number === answered.number)).toBe(false);

    const seen = await customerView(customer, high.number);
    expect(seen.ticket).not.toHaveProperty('serviceLevels');
    expect(seen.timeline.some((event: { kind: string }) => event.kind === 'service_level')).toBe(false);
    const customerList = await customer.get('/v1/tickets');
    expect(customerList.body.tickets[0]).not.toHaveProperty('nearestDueAt');
  });
});
