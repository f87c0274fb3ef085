import { QueryCommand } from '@aws-sdk/client-dynamodb';
import { describe, expect, inject, it } from 'vitest';
import { timers } from '../../../functions/data/items/ticket';
import { signIn, type ApiUser } from '../../support/api';
import { clockForThisFile, day, later } from '../../support/clock';
import { local } from '../notifications/local-clients';
import { emailsTo, subjects, waitForEmail } from '../notifications/mailbox';
import { agentMoves, agentView, agentWrites, customerView, openTicket } from '../tickets/customer-steps';

/*
 * The timers with controlled time (see test/support/clock.ts): the index the schedule reads is
 * checked on its own, by key.
 */

const cloud = inject('localCloud');
const clock = clockForThisFile();
// The timers' own: the same tick also warns and breaches service levels (test/integration/clock/service-levels.test.ts).
const tickAt = (time: string, number: string) => clock.tickAt(time, number, 'timers');

/** Whether the timers index lists the ticket as due at `now`, read as the schedule reads it. */
async function listedAsDue(number: string, now: string): Promise<boolean> {
  const { Items = [] } = await local.dynamodb.send(
    new QueryCommand({
      TableName: cloud.tableName,
      IndexName: timers.index,
      KeyConditionExpression: '#pk = :pk AND #sk <= :upTo',
      ExpressionAttributeNames: { '#pk': timers.partitionAttribute, '#sk': timers.sortAttribute },
      ExpressionAttributeValues: { ':pk': { S: timers.partition(timers.shardOf(number)) }, ':upTo': { S: `${now}#~` } },
    }),
  );
  return Items.some((item) => item['number']?.S === number);
}

/** When the ticket last moved to `kind` (`solved`, or `status` for a move to awaiting), by its timeline. */
async function lastEventAt(agent: ApiUser, number: string, kind: string): Promise<string> {
  const { timeline } = await agentView(agent, number);
  return timeline.filter((event: { kind: string }) => event.kind === kind).at(-1).at;
}

async function solvedTicket(): Promise<{ customer: ApiUser; agent: ApiUser; number: string; solvedAt: string }> {
  const [customer, agent] = await Promise.all([signIn(), signIn({ agent: true })]);
  const { number } = await openTicket(customer, 'general');
  await agentMoves(agent, number, 'resolved');
  return { customer, agent, number, solvedAt: await lastEventAt(agent, number, 'solved') };
}

async function awaitingTicket(): Promise<{ customer: ApiUser; agent: ApiUser; number: string; askedAt: string }> {
  const [customer, agent] = await Promise.all([signIn(), signIn({ agent: true })]);
  const { number } = await openTicket(customer, 'general');
  await agentWrites(agent, number, { body: 'Which card was declined?', awaitReply: true });
  return { customer, agent, number, askedAt: await lastEventAt(agent, number, 'message') };
}

describe('a solved ticket', () => {
  it('is listed by the clock from its warning time, not a minute before', async () => {
    const { number, solvedAt } = await solvedTicket();
    expect(await listedAsDue(number, later(solvedAt, 3 * day - 60_000))).toBe(false);
    expect(await listedAsDue(number, later(solvedAt, 3 * day))).toBe(true);
  });

  it('warns the customer a day before, and closes after four days with the customer told, not a minute before', async () => {
    const { customer, agent, number, solvedAt } = await solvedTicket();

    expect(await tickAt(later(solvedAt, 3 * day - 60_000), number)).toEqual([]);
    expect(await tickAt(later(solvedAt, 3 * day), number)).toEqual([{ number, concern: 'timers', action: 'close_warning' }]);
    const warned = await waitForEmail(customer.email, 'Closing soon');
    expect(warned.find((email) => email.subject.includes('Closing soon'))?.body.text).toContain(`close by itself on ${later(solvedAt, 4 * day).slice(0, 10)}`);

    expect(await tickAt(later(solvedAt, 4 * day - 60_000), number)).toEqual([]);
    expect((await customerView(customer, number)).ticket.status.code).toBe('resolved');
    expect(await tickAt(later(solvedAt, 4 * day), number)).toEqual([{ number, concern: 'timers', action: 'auto_close' }]);

    const { ticket, timeline } = await customerView(customer, number);
    expect(ticket.status.code).toBe('closed');
    expect(timeline.at(-1)).toMatchObject({ kind: 'status', actor: { kind: 'system' }, after: { status: 'closed' } });
    expect((await agentView(agent, number)).timeline.at(-1).note).toBe('Closed automatically 4 days after it was solved.');
    const emails = await waitForEmail(customer.email, ': Closed');
    expect(subjects(emails).filter((subject) => subject.includes('Closing soon') || subject.includes(': Closed'))).toHaveLength(2);
  });

  it('closes once when the same tick is delivered twice at once and again later', async () => {
    const { customer, agent, number, solvedAt } = await solvedTicket();
    const at = later(solvedAt, 5 * day);
    const fired = (await Promise.all([tickAt(at, number), tickAt(at, number)])).flat();
    expect([...fired, ...(await tickAt(at, number))]).toEqual([{ number, concern: 'timers', action: 'auto_close' }]);
    const { timeline } = await agentView(agent, number);
    expect(timeline.filter((event: { after: { status?: string } | null }) => event.after?.status === 'closed')).toHaveLength(1);
    await waitForEmail(customer.email, ': Closed');
    expect(subjects(await emailsTo(customer.email)).filter((subject) => subject.includes(': Closed'))).toHaveLength(1);
  });
});

describe('a ticket awaiting the customer', () => {
  it('reminds the customer after three days and is solved after seven, with the customer told', async () => {
    const { customer, agent, number, askedAt } = await awaitingTicket();

    expect(await tickAt(later(askedAt, 3 * day - 60_000), number)).toEqual([]);
    expect(await tickAt(later(askedAt, 3 * day), number)).toEqual([{ number, concern: 'timers', action: 'reminder' }]);
    await waitForEmail(customer.email, 'Reminder: we are waiting for your reply');
    expect((await customerView(customer, number)).timeline.at(-1)).toMatchObject({ kind: 'reminder', actor: { kind: 'system' } });

    expect(await tickAt(later(askedAt, 7 * day - 60_000), number)).toEqual([]);
    expect(await tickAt(later(askedAt, 7 * day), number)).toEqual([{ number, concern: 'timers', action: 'auto_solve' }]);
    const { ticket } = await customerView(customer, number);
    expect(ticket.status.code).toBe('resolved');
    expect((await agentView(agent, number)).timeline.filter((event: { kind: string }) => event.kind !== 'service_level').at(-1)).toMatchObject({ kind: 'solved', actor: { kind: 'system', id: 'clock' } });
    await waitForEmail(customer.email, `: ${ticket.status.label}`);
  });

  it('gets neither reminder nor solve once the customer answered', async () => {
    const { customer, number, askedAt } = await awaitingTicket();
    const answered = await customer.post(`/v1/tickets/${number}/messages`, { body: 'The visa one.' });
    expect(answered.status).toBe(201);

    expect(await tickAt(later(askedAt, 3 * day), number)).toEqual([]);
    expect(await tickAt(later(askedAt, 8 * day), number)).toEqual([]);
    // Its service levels still run (the customer waits for support), but no timer fires, however far ahead.
    expect(await tickAt(later(askedAt, 365 * day), number)).toEqual([]);
    const { ticket } = await customerView(customer, number);
    expect(ticket.status.code).toBe('open');
    expect(subjects(await emailsTo(customer.email)).some((subject) => subject.includes('Reminder'))).toBe(false);
  });
});

describe('the clock’s event', () => {
  it('is refused, firing nothing, when it has no time', async () => {
    const outcome = await clock.invoke({ 'detail-type': 'Scheduled Event', detail: {} });
    expect(outcome).toMatchObject({ ok: false, error: { errorType: 'InvalidTaskInput', errorMessage: expect.stringContaining('time') } });
  });
});
