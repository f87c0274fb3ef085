import { describe, expect, inject, it } from 'vitest';
import { complaintDeadlines } from '../../../functions/domain/clock/complaint-deadlines';
import { parseClockSettings } from '../../../functions/domain/clock/settings';
import { warningAt } from '../../../functions/domain/clock/ticket-complaints';
import { signIn, type ApiUser } from '../../support/api';
import { alertInboxForThisFile, type Alert } from '../../support/alert-inbox';
import { clockForThisFile, day, later, minute } from '../../support/clock';
import { waitForEmail } from '../notifications/mailbox';
import { agentView, customerView, expectStatus, openTicket } from '../tickets/customer-steps';

/*
 * Complaints on the shared test cloud, which runs PSD2 with a business calendar made from when it
 * started (test/support/test-deployment.ts): two weekday holidays from the third day after the start,
 * so a complaint received during the run has a holiday and a weekend inside its 15 business days.
 * Expected deadlines are computed with the domain's own arithmetic from the instants the product
 * stored, under the settings the cloud runs with; time passes only by ticks of the product's clock
 * function given an instant of the test's choosing, for the test's own ticket.
 */

const settings = parseClockSettings(inject('testClock'));
const clock = clockForThisFile();
// The ticket's other clocks (its service levels) fire at the same ticks; this file is about the complaint's.
const tickAt = (time: string, number: string) => clock.tickAt(time, number, 'complaints');
// The team's subscription to the alert topic, played by a queue of this file's own.
const inbox = alertInboxForThisFile('complaint-alerts-test');
/** The team's alerts about a ticket, read until `enough` holds for them; its service-level alerts (its targets warn and breach at the same ticks) are left aside. */
const alertsAbout = (number: string, enough: (alerts: Alert[]) => boolean) => inbox.alertsAbout(number, (reason) => !reason.startsWith('serviceLevel'), enough);

/** The day `count` weekdays after the UTC day of `instant`, holidays not left out: what the deadline would be without the calendar. */
function weekdaysAfter(instant: string, count: number): string {
  let date = Date.parse(`${instant.slice(0, 10)}T00:00:00Z`);
  for (let left = count; left > 0; ) {
    date += day;
    const weekday = new Date(date).getUTCDay();
    if (weekday !== 0 && weekday !== 6) left -= 1;
  }
  return new Date(date).toISOString().slice(0, 10);
}

/** A customer's payments ticket they made a complaint about, with an agent. */
async function complaint(): Promise<{ customer: ApiUser; agent: ApiUser; number: string; receivedAt: string }> {
  const [customer, agent] = await Promise.all([signIn(), signIn({ agent: true })]);
  const { number } = await openTicket(customer, 'payments', { subject: 'Card payment taken twice' });
  const marked = await customer.post(`/v1/tickets/${number}/complaint`, { reason: 'Two weeks and no refund of the double charge.' });
  expectStatus(marked, 200);
  return { customer, agent, number, receivedAt: marked.body.ticket.complaint.receivedAt };
}

/** An agent's public reply given as a response to the complaint. */
async function respond(agent: ApiUser, number: string, complaintResponse: string, body: string) {
  const response = await agent.post(`/v1/agent/tickets/${number}/messages`, { body, complaintResponse });
  expectStatus(response, 201);
  return response.body;
}

describe('a complaint under PSD2', () => {
  it('gets its 15-business-day deadline across a weekend and a holiday, which agents see and the customer is told', async () => {
    const { customer, agent, number, receivedAt } = await complaint();
    const expected = complaintDeadlines(settings.calendar, settings.complaints, receivedAt)!;

    const { ticket, timeline } = await agentView(agent, number);
    expect(ticket.complaint).toMatchObject({
      receivedAt,
      markedBy: 'customer',
      reason: 'Two weeks and no refund of the double charge.',
      rule: 'psd2',
      deadlines: {
        acknowledgement: { lastDay: expected.acknowledgement.lastDay, dueAt: expected.acknowledgement.dueAt, state: 'running' },
        holdingReply: { lastDay: expected.finalResponse.lastDay, state: 'running' },
        finalResponse: { lastDay: expected.finalResponse.lastDay, dueAt: expected.finalResponse.dueAt, state: 'running' },
        extended: false,
      },
      responses: { acknowledgedAt: null, holdingReplyAt: null, finalResponseAt: null },
      outcome: 'open',
    });
    // The holidays are counted out: later than 15 weekdays would be.
    expect(ticket.complaint.deadlines.finalResponse.lastDay > weekdaysAfter(receivedAt, 15)).toBe(true);
    expect(timeline.filter((event: { kind: string }) => event.kind !== 'service_level').at(-1)).toMatchObject({ kind: 'complaint', actor: { kind: 'customer' }, internal: false, after: { receivedAt, rule: 'psd2', finalResponseBy: expected.finalResponse.lastDay } });

    const mine = await customerView(customer, number);
    expect(mine.ticket.complaint).toEqual({ receivedAt, reason: 'Two weeks and no refund of the double charge.', finalResponseBy: expected.finalResponse.lastDay, finalResponseAt: null });
    const [registered] = (await waitForEmail(customer.email, 'Complaint registered')).filter((email) => email.subject.includes('Complaint registered'));
    expect(registered?.body.text).toContain(`You will have our final response by the end of ${expected.finalResponse.lastDay} at the latest.`);
  });

  it('gets 35 business days after a holding reply in time', async () => {
    const { agent, number, receivedAt } = await complaint();
    const { ticket } = await respond(agent, number, 'holding', 'We need more time to trace the double charge with the card scheme; you will have our answer by then.');
    const heldAt = ticket.complaint.responses.holdingReplyAt;
    const expected = complaintDeadlines(settings.calendar, settings.complaints, receivedAt, heldAt)!;
    expect(expected.extended).toBe(true);
    expect(ticket.complaint.deadlines).toMatchObject({ extended: true, finalResponse: { lastDay: expected.finalResponse.lastDay, state: 'running' }, holdingReply: { state: 'met' } });
    expect(ticket.complaint.deadlines.finalResponse.lastDay > weekdaysAfter(receivedAt, 35)).toBe(true);
    const { timeline } = await agentView(agent, number);
    expect(timeline.filter((event: { kind: string }) => event.kind !== 'service_level').at(-1)).toMatchObject({ kind: 'complaint_response', internal: true, after: { response: 'holding', extended: true, finalResponseBy: expected.finalResponse.lastDay } });
  });

  it('is met by a final response, after which the clock fires nothing for it', async () => {
    const { agent, customer, number } = await complaint();
    const { ticket } = await respond(agent, number, 'final', 'We refunded the second charge; this is our final response.');
    expect(ticket.complaint).toMatchObject({ deadlines: { finalResponse: { state: 'met' }, acknowledgement: { state: 'met' } }, outcome: 'resolved_within_deadline' });
    expect(await tickAt(later(ticket.complaint.deadlines.finalResponse.dueAt, 30 * day), number)).toEqual([]);
    expect((await customerView(customer, number)).ticket.complaint.finalResponseAt).toBe(ticket.complaint.responses.finalResponseAt);

    // A holding reply after the final response would extend a deadline already met: refused, nothing written.
    const holding = await agent.post(`/v1/agent/tickets/${number}/messages`, { body: 'We need more time.', complaintResponse: 'holding' });
    expectStatus(holding, 422);
    expect(holding.body.error.fields.map((field: { path: string }) => field.path)).toEqual(['complaintResponse']);
    const after = await agent.get(`/v1/agent/tickets/${number}`);
    expect(after.body.ticket.complaint).toEqual(ticket.complaint);
    expect(after.body.messages.map((message: { body: string }) => message.body)).not.toContain('We need more time.');
  });

  it('warns the team before its acknowledgement is due, then breaches it once, even with the tick delivered twice', async () => {
    const { customer, agent, number, receivedAt } = await complaint();
    const deadline = complaintDeadlines(settings.calendar, settings.complaints, receivedAt)!.acknowledgement;
    const warnAt = warningAt(settings.calendar, deadline.lastDay, settings.complaints.warningBusinessDays, receivedAt);

    expect(await tickAt(later(warnAt, -minute), number)).toEqual([]);
    expect(await tickAt(warnAt, number)).toEqual([{ number, concern: 'complaints', action: 'acknowledgement_warning' }]);
    const [warning] = await alertsAbout(number, (alerts) => alerts.length >= 1);
    expect(warning).toMatchObject({ Subject: expect.stringContaining(`Complaint acknowledgement due soon: ticket ${number}`), MessageAttributes: { reason: { Value: 'complaintDeadline' } } });
    expect(warning!.Message).toContain(`is due by the end of ${deadline.lastDay}`);

    expect(await tickAt(later(deadline.dueAt, -minute), number)).toEqual([]);
    const fired = (await Promise.all([tickAt(deadline.dueAt, number), tickAt(deadline.dueAt, number)])).flat();
    expect([...fired, ...(await tickAt(deadline.dueAt, number))]).toEqual([{ number, concern: 'complaints', action: 'acknowledgement_breach' }]);

    const { ticket, timeline } = await agentView(agent, number);
    expect(ticket.complaint.deadlines.acknowledgement.state).toBe('breached');
    expect(timeline.filter((event: { kind: string }) => event.kind === 'complaint_deadline').map((event: { after: unknown }) => event.after)).toEqual([
      { deadline: 'acknowledgement', state: 'warning', lastDay: deadline.lastDay, dueAt: deadline.dueAt },
      { deadline: 'acknowledgement', state: 'breached', lastDay: deadline.lastDay, dueAt: deadline.dueAt },
    ]);
    // The customer's timeline does not show the team's deadlines.
    expect((await customerView(customer, number)).timeline.map((event: { kind: string }) => event.kind)).not.toContain('complaint_deadline');

    // A later alert about the same ticket goes through the same stream after the breach's: once it
    // has arrived, a second alert of the breach would have too.
    expectStatus(await agent.request('PATCH', `/v1/agent/tickets/${number}`, { body: { priority: 'critical' } }), 200);
    const alerts = await alertsAbout(number, (all) => all.some((alert) => alert.MessageAttributes['reason']?.Value === 'raisedToCritical'));
    const breaches = alerts.filter((alert) => alert.Subject.includes('overdue'));
    expect(breaches).toHaveLength(1);
    expect(breaches[0]!.Message).toContain(`it was due by the end of ${deadline.lastDay}`);
  });
});

describe('the complaints export', () => {
  it('lists a complaint received in the period with its columns, as a CSV file', async () => {
    const { agent, number, receivedAt } = await complaint();
    await respond(agent, number, 'acknowledgement', 'We have your complaint and are looking into it.');
    const expected = complaintDeadlines(settings.calendar, settings.complaints, receivedAt)!;
    const dayOfReceipt = receivedAt.slice(0, 10);

    const response = await agent.request('GET', `/v1/agent/reports/complaints?from=${dayOfReceipt}&to=${dayOfReceipt}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/csv/);
    expect(response.headers.get('content-disposition')).toBe(`attachment; filename="complaints-${dayOfReceipt}-to-${dayOfReceipt}.csv"`);
    const [header, ...rows] = (response.body as string).split('\r\n');
    expect(header).toBe('number,type,received_at,rule,acknowledgement_due,acknowledgement_sent,final_response_due,final_response_sent,holding_reply_sent,extended,state');
    const row = rows.find((line) => line.startsWith(`${number},`))?.split(',');
    const acknowledgedAt = (await agentView(agent, number)).ticket.complaint.responses.acknowledgedAt;
    expect(row).toEqual([number, 'payments', receivedAt, 'psd2', expected.acknowledgement.lastDay, acknowledgedAt, expected.finalResponse.lastDay, '', '', 'false', 'open']);

    const before = await agent.request('GET', `/v1/agent/reports/complaints?from=${later(receivedAt, -40 * day).slice(0, 10)}&to=${later(receivedAt, -day).slice(0, 10)}`);
    expect(before.status).toBe(200);
    expect(before.body).not.toContain(`${number},`);
  });

  it('refuses a period longer than a year, or one that ends before it starts, naming `to`', async () => {
    const agent = await signIn({ agent: true });
    for (const query of ['from=2026-01-01&to=2027-01-02', 'from=2026-03-02&to=2026-03-01']) {
      const response = await agent.request('GET', `/v1/agent/reports/complaints?${query}`);
      expect(response.status).toBe(400);
      expect(response.body.error.fields.map((field: { path: string }) => field.path)).toEqual(['to']);
    }
    const malformed = await agent.request('GET', '/v1/agent/reports/complaints?from=March&to=2026-03-01');
    expect(malformed.status).toBe(400);
    expect(malformed.body.error.fields.map((field: { path: string }) => field.path)).toEqual(['from']);
  });
});

describe('marking a complaint', () => {
  it('answers another customer’s complaint on your ticket like a missing ticket', async () => {
    const [owner, stranger] = await Promise.all([signIn(), signIn()]);
    const { number } = await openTicket(owner, 'payments');
    const theirs = await stranger.post(`/v1/tickets/${number}/complaint`, {});
    const missing = await stranger.post('/v1/tickets/99999999/complaint', {});
    expect(theirs.status).toBe(404);
    expect(theirs.body.error).toEqual({ ...missing.body.error, message: missing.body.error.message.replace('99999999', number) });
    expect((await customerView(owner, number)).ticket.complaint).toBeUndefined();
  });

  it('answers bad input with a 4xx naming the problem, and writes nothing', async () => {
    const [customer, agent] = await Promise.all([signIn(), signIn({ agent: true })]);
    const { number, createdAt } = await openTicket(customer, 'payments');
    const fieldsOf = (response: { body: { error: { fields: { path: string }[] } } }) => response.body.error.fields.map((field) => field.path);

    const blank = await customer.post(`/v1/tickets/${number}/complaint`, { reason: '   ' });
    expect(blank.status).toBe(400);
    expect(fieldsOf(blank)).toEqual(['reason']);
    const unknown = await customer.post(`/v1/tickets/${number}/complaint`, { receivedAt: createdAt });
    expect(unknown.status).toBe(400);
    const future = await agent.post(`/v1/agent/tickets/${number}/complaint`, { receivedAt: later(new Date().toISOString(), day) });
    expect(future.status).toBe(422);
    expect(fieldsOf(future)).toEqual(['receivedAt']);
    const beforeOpening = await agent.post(`/v1/agent/tickets/${number}/complaint`, { receivedAt: later(createdAt, -minute) });
    expect(beforeOpening.status).toBe(422);
    expect(fieldsOf(beforeOpening)).toEqual(['receivedAt']);
    const notADate = await agent.post(`/v1/agent/tickets/${number}/complaint`, { receivedAt: 'yesterday' });
    expect(notADate.status).toBe(400);
    expect(fieldsOf(notADate)).toEqual(['receivedAt']);
    const noComplaint = await agent.post(`/v1/agent/tickets/${number}/messages`, { body: 'Our final answer.', complaintResponse: 'final' });
    expect(noComplaint.status).toBe(422);
    expect(fieldsOf(noComplaint)).toEqual(['complaintResponse']);
    const unknownKind = await agent.post(`/v1/agent/tickets/${number}/messages`, { body: 'Our final answer.', complaintResponse: 'closing' });
    expect(unknownKind.status).toBe(400);
    expect(fieldsOf(unknownKind)).toEqual(['complaintResponse']);

    const { ticket, messages } = await agentView(agent, number);
    expect(ticket).toMatchObject({ version: 1 });
    expect(ticket.complaint).toBeUndefined();
    expect(messages).toEqual([]);
  });

  it('lets an agent mark it received at the ticket’s opening, once: marking again answers the same complaint', async () => {
    const [customer, agent] = await Promise.all([signIn(), signIn({ agent: true })]);
    const { number, createdAt } = await openTicket(customer, 'payments');
    const marked = await agent.post(`/v1/agent/tickets/${number}/complaint`, { receivedAt: createdAt, note: 'The description is a complaint.' });
    expectStatus(marked, 200);
    expect(marked.body.ticket.complaint).toMatchObject({ receivedAt: createdAt, markedBy: 'agent', rule: 'psd2' });
    const again = await customer.post(`/v1/tickets/${number}/complaint`, { reason: 'And another thing.' });
    expectStatus(again, 200);
    expect(again.body.ticket.complaint).toMatchObject({ receivedAt: createdAt, reason: null });
    const { timeline } = await agentView(agent, number);
    expect(timeline.filter((event: { kind: string }) => event.kind === 'complaint')).toEqual([expect.objectContaining({ note: 'The description is a complaint.', actor: expect.objectContaining({ kind: 'agent' }) })]);
  });
});
