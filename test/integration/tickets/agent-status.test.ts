import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { signIn, ticketForm } from '../../support/api';
import type { ApiUser } from '../../support/api';

let customer: ApiUser;
let agent: ApiUser;

async function openTicket(type: string): Promise<string> {
  const response = await customer.post('/v1/tickets', ticketForm(type));
  expect(response.status).toBe(201);
  return response.body.ticket.number;
}

const moveTo = (number: string, status: string, note?: string) =>
  agent.post(`/v1/agent/tickets/${number}/status`, { status, ...(note !== undefined ? { note } : {}) });

/** Walks a ticket along `steps`, checking each answer carries the seed's label and meaning and the phase. */
async function walk(number: string, steps: readonly [code: string, label: string, meaning: string, phase: string][]) {
  for (const [code, label, meaning, phase] of steps) {
    const moved = await moveTo(number, code);
    expect(moved.status, JSON.stringify(moved.body)).toBe(200);
    expect(moved.body.ticket.status).toEqual({ code, label, meaning });
    expect(moved.body.ticket.phase).toBe(phase);
  }
}

beforeAll(async () => {
  [customer, agent] = await Promise.all([signIn(), signIn({ agent: true })]);
});

describe('an agent moving a ticket’s status', () => {
  it('walks a bug report from submitted to resolved, answering each seed label and meaning', async () => {
    const number = await openTicket('bug_report');
    await walk(number, [
      ['in_progress', 'In progress - 3Commas', 'Your request is being processed', 'open'],
      ['with_engineering', 'With Engineering', 'Engineers working on diagnosis or fix', 'open'],
      ['monitoring_fix', 'Monitoring fix', 'Fix deployed - Monitoring impact and customer reports', 'open'],
      ['resolved', 'Resolved', 'Resolved', 'solved'],
    ]);
    const mine = await customer.get(`/v1/tickets/${number}`);
    expect(mine.body.ticket.status).toEqual({ code: 'resolved', label: 'Resolved', meaning: 'Resolved' });
    expect(mine.body.timeline.map((event: { kind: string; after: unknown }) => [event.kind, event.after])).toEqual([
      ['created', expect.anything()],
      ['status', { status: 'in_progress' }],
      ['status', { status: 'with_engineering' }],
      ['status', { status: 'monitoring_fix' }],
      ['solved', { status: 'resolved' }],
    ]);
  });

  it('takes an account deletion through “With Developers” to “Deletion completed”', async () => {
    const number = await openTicket('account_deletion');
    await walk(number, [
      ['in_progress', 'In progress - 3Commas', 'Under review', 'open'],
      ['with_developers', 'With Developers', 'Our technical team is processing your request', 'open'],
      ['deletion_completed', 'Deletion completed', 'Your account has been permanently deleted', 'solved'],
    ]);
  });

  it('takes an account restoration through “Restoration: need more time” to “Account Restored”', async () => {
    const number = await openTicket('account_restoration');
    await walk(number, [
      ['restoration_in_progress', 'Restoration in progress', 'Restoration in progress', 'open'],
      ['restoration_need_more_time', 'Restoration: need more time', 'Restoration is taking longer than expected', 'open'],
      ['account_restored', 'Account Restored', 'Account Restored', 'solved'],
    ]);
  });

  it('refuses a move the type’s transitions lack with 409, naming where the ticket may go', async () => {
    const number = await openTicket('bug_report');
    const refused = await moveTo(number, 'monitoring_fix');
    expect(refused.status).toBe(409);
    expect(refused.body.error.code).toBe('transition_not_allowed');
    expect(refused.body.error.message).toContain('It can move to: in_progress, resolved, closed.');
    const theirs = await agent.get(`/v1/agent/tickets/${number}`);
    expect(theirs.body.ticket).toMatchObject({ status: { code: 'submitted' }, version: 1 });
  });

  it('refuses a status the type does not have with 422, listing the type’s statuses', async () => {
    const number = await openTicket('bug_report');
    const refused = await moveTo(number, 'with_paddle');
    expect(refused.status).toBe(422);
    expect(refused.body.error.code).toBe('invalid_change');
    expect(refused.body.error.fields).toEqual([
      { path: 'status', message: 'Must be one of: submitted, in_progress, with_engineering, monitoring_fix, resolved, closed.' },
    ]);
  });

  it.each([
    ['refund', 'in_progress'],
    ['kyc', 'in_progress'],
    ['withdrawal', 'withdrawal_cancelled'],
  ])('refuses to move a %s ticket, whose workflow owns the status, with 409 workflow_owns_status', async (type, status) => {
    const number = await openTicket(type);
    const refused = await moveTo(number, status);
    expect(refused.status).toBe(409);
    expect(refused.body.error.code).toBe('workflow_owns_status');
    expect(refused.body.error.message).toContain('workflow');
    // The workflow moves the ticket meanwhile; the agent's refused move left no trace.
    const theirs = await agent.get(`/v1/agent/tickets/${number}`);
    expect(theirs.body.timeline.filter((event: { actor: { kind: string } }) => event.actor.kind === 'agent')).toEqual([]);
  });

  it('keeps the note of a change on the agent’s timeline and out of the customer’s', async () => {
    const number = await openTicket('bug_report');
    const moved = await moveTo(number, 'in_progress', 'Reproduced on Safari 17, escalating.');
    expect(moved.status).toBe(200);

    const theirs = await agent.get(`/v1/agent/tickets/${number}`);
    expect(theirs.body.timeline.at(-1)).toMatchObject({ kind: 'status', note: 'Reproduced on Safari 17, escalating.', after: { status: 'in_progress' } });
    const mine = await customer.get(`/v1/tickets/${number}`);
    expect(mine.body.timeline.at(-1)).toMatchObject({ kind: 'status', after: { status: 'in_progress' } });
    expect(JSON.stringify(mine.body)).not.toContain('Safari 17');
  });

  it('closes a ticket: it leaves the queue and the customer’s reply answers 409, saying to open a new ticket', async () => {
    const number = await openTicket('general');
    const assignee = `agent-${randomUUID()}`;
    expect((await agent.request('PATCH', `/v1/agent/tickets/${number}`, { body: { assignee } })).status).toBe(200);
    const queued = async (phase: string) =>
      (await agent.get(`/v1/agent/tickets?phase=${phase}&assignee=${assignee}`)).body.tickets.map((row: { number: string }) => row.number);
    expect(await queued('open')).toEqual([number]);

    const closed = await moveTo(number, 'closed');
    expect(closed.status).toBe(200);
    expect(closed.body.ticket).toMatchObject({ phase: 'closed', status: { code: 'closed', label: 'Closed' } });
    expect(await Promise.all(['open', 'awaiting_reply', 'solved'].map(queued))).toEqual([[], [], []]);

    const reply = await customer.post(`/v1/tickets/${number}/messages`, { body: 'One more thing.' });
    expect(reply.status).toBe(409);
    expect(reply.body.error.code).toBe('ticket_closed');
    expect(reply.body.error.message).toMatch(/open a new ticket/);
    const again = await moveTo(number, 'open');
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('ticket_closed');
  });
});
