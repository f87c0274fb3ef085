import { describe, expect, it } from 'vitest';
import { alertInboxForThisFile, anyReason } from '../../support/alert-inbox';
import { signIn } from '../../support/api';
import { agentView, agentWrites, customerView, expectStatus, openTicket } from '../tickets/customer-steps';

// The team's email subscription, played by a queue of this test's own on the local topic.
const inbox = alertInboxForThisFile('team-alerts-test');
/** Waits for the alerts about a ticket until `count` arrived. */
const alertsAbout = (number: string, count: number) => inbox.alertsAbout(number, anyReason, (alerts) => alerts.length >= count);

describe('the support team', () => {
  it('reads the ticket’s status in the platform’s words in the alert', async () => {
    const [customer, agent] = await Promise.all([signIn(), signIn({ agent: true })]);
    const { number } = await openTicket(customer, 'bug_report', { subject: 'Orders fail to place' });
    expect((await agent.post(`/v1/agent/tickets/${number}/status`, { status: 'in_progress' })).status).toBe(200);

    expectStatus(await agent.request('PATCH', `/v1/agent/tickets/${number}`, { body: { priority: 'critical' } }), 200);

    const [alert] = await alertsAbout(number, 1);
    expect(alert!.Message).toContain('Status: In progress - 3Commas');
  });

  it('is alerted when a ticket is opened with critical priority', async () => {
    const customer = await signIn();
    const { number } = await openTicket(customer, 'security', { subject: 'My account was taken over', priority: 'critical' });

    const [alert] = await alertsAbout(number, 1);

    expect(alert).toMatchObject({
      Subject: `Critical ticket ${number}: My account was taken over`,
      MessageAttributes: { priority: { Value: 'critical' }, reason: { Value: 'openedCritical' } },
    });
    expect(alert!.Message).toContain(`Ticket ${number} was opened with critical priority.`);
  });

  it('is alerted once when an agent raises a ticket to critical, and not for lesser changes', async () => {
    const [customer, agent] = await Promise.all([signIn(), signIn({ agent: true })]);
    const { number } = await openTicket(customer, 'payments');

    expectStatus(await agent.request('PATCH', `/v1/agent/tickets/${number}`, { body: { priority: 'high' } }), 200);
    await agentWrites(agent, number, { body: 'Looks urgent.', internal: true });
    expectStatus(await agent.request('PATCH', `/v1/agent/tickets/${number}`, { body: { priority: 'critical' } }), 200);
    expectStatus(await agent.request('PATCH', `/v1/agent/tickets/${number}`, { body: { priority: 'low' } }), 200);
    expectStatus(await agent.request('PATCH', `/v1/agent/tickets/${number}`, { body: { priority: 'critical' } }), 200);

    const alerts = await alertsAbout(number, 2);

    expect(alerts.map((alert) => alert.MessageAttributes['reason']?.Value)).toEqual(['raisedToCritical', 'raisedToCritical']);
    expect(alerts[0]!.Message).toContain(`Ticket ${number} was raised to critical priority.`);
  });

  it('is alerted when a security ticket is opened at normal priority, and finds it among the high tickets of the queue', async () => {
    const [alice, bob, agent] = await Promise.all([signIn(), signIn(), signIn({ agent: true })]);
    const bobs = await openTicket(bob, 'payments', { subject: 'Card payment failed' });
    const opened = await openTicket(alice, 'security', { subject: 'Someone logged in from abroad', priority: 'normal' });
    const { number } = opened;

    expect(opened.priority).toBe('high');
    const [alert] = await alertsAbout(number, 1);
    expect(alert).toMatchObject({
      Subject: `Security ticket ${number}: Someone logged in from abroad`,
      MessageAttributes: { priority: { Value: 'high' }, reason: { Value: 'openedSecurity' } },
    });
    expect(alert!.Message).toContain(`Ticket ${number} is a security ticket, opened at high priority.`);

    // The timeline says what Alice chose; the queue holds it with the high tickets, above Bob's older normal one.
    expect((await customerView(alice, number)).timeline[0]).toMatchObject({ kind: 'created', after: { priority: 'high', requestedPriority: 'normal' } });
    const high = await queueNumbers(agent, 'priority=high');
    expect(high).toContain(number);
    const queue = await queueNumbers(agent, '');
    expect(queue.indexOf(number)).toBeLessThan(queue.indexOf(bobs.number));

    // Bob's ticket keeps the priority he chose, and Alice's is not his to see.
    expect(bobs.priority).toBe('normal');
    expect(await queueNumbers(agent, 'priority=normal')).toContain(bobs.number);
    expectStatus(await bob.get(`/v1/tickets/${number}`), 404);
  });

  it('keeps a security ticket at high priority at least: an agent cannot lower it, and nothing changes', async () => {
    const [customer, agent] = await Promise.all([signIn(), signIn({ agent: true })]);
    const { number } = await openTicket(customer, 'security', { priority: 'critical' });

    const lowered = await agent.request('PATCH', `/v1/agent/tickets/${number}`, { body: { priority: 'normal' } });

    expectStatus(lowered, 422);
    expect(lowered.body.error).toMatchObject({ code: 'invalid_change', message: expect.stringContaining('handled at high priority at least') });
    expect((await agentView(agent, number)).ticket).toMatchObject({ priority: 'critical', version: 1 });
    expectStatus(await agent.request('PATCH', `/v1/agent/tickets/${number}`, { body: { priority: 'high' } }), 200);
  });
});

/** The numbers of every ticket of the agents' queue for the query, in queue order, following cursors to the end. */
async function queueNumbers(agent: Awaited<ReturnType<typeof signIn>>, query: string): Promise<string[]> {
  const numbers: string[] = [];
  let cursor: string | null = null;
  do {
    const params = new URLSearchParams(query);
    params.set('limit', '100');
    if (cursor) params.set('cursor', cursor);
    const page = await agent.get(`/v1/agent/tickets?${params}`);
    expectStatus(page, 200);
    numbers.push(...page.body.tickets.map((row: { number: string }) => row.number));
    cursor = page.body.cursor;
  } while (cursor);
  return numbers;
}
