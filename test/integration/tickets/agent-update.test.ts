import { beforeAll, describe, expect, it } from 'vitest';
import { signIn, ticketForm } from '../../support/api';
import type { ApiResponse, ApiUser } from '../../support/api';

let customer: ApiUser;
let agent: ApiUser;

async function openTicket(type: string, overrides: Record<string, unknown> = {}): Promise<string> {
  const response = await customer.post('/v1/tickets', ticketForm(type, overrides));
  expect(response.status).toBe(201);
  return response.body.ticket.number;
}

const patch = (number: string, body: unknown) => agent.request('PATCH', `/v1/agent/tickets/${number}`, { body });

interface QueueRow {
  readonly number: string;
  readonly priority: string;
}

/** The open queue from its front up to and including `number`, following cursors. */
async function queueUpTo(number: string): Promise<QueueRow[]> {
  const rows: QueueRow[] = [];
  let cursor: string | null = null;
  do {
    const page: ApiResponse = await agent.get(`/v1/agent/tickets?limit=100${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`);
    expect(page.status).toBe(200);
    rows.push(...page.body.tickets);
    cursor = page.body.cursor;
  } while (cursor && !rows.some((row) => row.number === number));
  return rows.slice(0, rows.findIndex((row) => row.number === number) + 1);
}

beforeAll(async () => {
  [customer, agent] = await Promise.all([signIn(), signIn({ agent: true })]);
});

describe('an agent changing priority, assignee and report status', () => {
  it('records one timeline event for each field that changes, and none when nothing does', async () => {
    const number = await openTicket('bug_report');
    const changed = await patch(number, { priority: 'high', assignee: 'agent-carol', reportStatus: 'report_in_progress' });
    expect(changed.status).toBe(200);
    expect(changed.body.ticket).toMatchObject({ priority: 'high', assignee: 'agent-carol', reportStatus: { code: 'report_in_progress' }, version: 2 });

    const unchanged = await patch(number, { priority: 'high', assignee: 'agent-carol' });
    expect(unchanged.status).toBe(200);
    expect(unchanged.body.ticket.version).toBe(2);

    const theirs = await agent.get(`/v1/agent/tickets/${number}`);
    expect(theirs.body.timeline.filter((event: { kind: string }) => event.kind !== 'service_level').map((event: { kind: string; before: unknown; after: unknown }) => [event.kind, event.before, event.after])).toEqual([
      ['created', null, expect.anything()],
      ['priority', { priority: 'normal' }, { priority: 'high' }],
      ['assignee', { assignee: null }, { assignee: 'agent-carol' }],
      ['report_status', { reportStatus: null }, { reportStatus: 'report_in_progress' }],
    ]);

    const cleared = await patch(number, { assignee: null });
    expect(cleared.body.ticket.assignee).toBeNull();
    expect((await agent.get(`/v1/agent/tickets/${number}`)).body.timeline.at(-1)).toMatchObject({ kind: 'assignee', after: { assignee: null } });
  });

  it('shows the customer the report status with seed 000’s label and meaning', async () => {
    const number = await openTicket('general');
    expect((await patch(number, { reportStatus: 'awaiting_opening' })).status).toBe(200);
    const mine = await customer.get(`/v1/tickets/${number}`);
    expect(mine.body.ticket.reportStatus).toEqual({
      code: 'awaiting_opening',
      label: 'Awaiting opening',
      meaning: 'Our customer service team has already received your request and is analyzing the existing information to forward it to the responsible team',
    });
    expect(mine.body.timeline.at(-1)).toMatchObject({ kind: 'report_status', actor: { kind: 'support' }, after: { reportStatus: 'awaiting_opening' } });

    expect((await patch(number, { reportStatus: 'no_report_required' })).status).toBe(200);
    expect((await customer.get(`/v1/tickets/${number}`)).body.ticket.reportStatus).toEqual({
      code: 'no_report_required',
      label: 'No report required',
      meaning: 'Your request has been analyzed and it has been identified that it will not be necessary to process it by the technical teams.',
    });
  });

  it('keeps the assignee and its changes from the customer', async () => {
    const number = await openTicket('general');
    expect((await patch(number, { assignee: 'agent-dave' })).status).toBe(200);
    const mine = await customer.get(`/v1/tickets/${number}`);
    expect(mine.body.ticket).not.toHaveProperty('assignee');
    expect(mine.body.timeline.map((event: { kind: string }) => event.kind)).toEqual(['created']);
    expect(JSON.stringify(mine.body)).not.toContain('agent-dave');
    const myRows = await customer.get('/v1/tickets?type=general');
    expect(JSON.stringify(myRows.body)).not.toContain('agent-dave');
  });

  it('refuses an empty patch with 400', async () => {
    const number = await openTicket('general');
    const refused = await patch(number, {});
    expect(refused.status).toBe(400);
    expect(refused.body.error.code).toBe('invalid_request');
    expect(refused.body.error.message).toMatch(/priority, assignee, reportStatus/);
  });

  it.each([
    [{ priority: 'urgent' }, 'priority'],
    [{ reportStatus: 'done' }, 'reportStatus'],
    [{ priority: 'high', status: 'resolved' }, 'status'],
  ])('refuses %j with 400 naming the field %s, and changes nothing', async (body, field) => {
    const number = await openTicket('general');
    const refused = await patch(number, body);
    expect(refused.status).toBe(400);
    expect(refused.body.error.fields.map((problem: { path: string }) => problem.path)).toEqual([field]);
    expect((await agent.get(`/v1/agent/tickets/${number}`)).body.ticket).toMatchObject({ priority: 'normal', version: 1 });
  });

  it('moves a ticket made critical to the front of the queue, ahead of every ticket that is not critical', async () => {
    const older = await openTicket('general', { priority: 'high' });
    const number = await openTicket('general', { priority: 'low' });
    expect((await patch(number, { priority: 'critical' })).status).toBe(200);

    const ahead = await queueUpTo(number);
    expect(ahead.at(-1)).toMatchObject({ number, priority: 'critical' });
    expect(ahead.filter((row) => row.priority !== 'critical')).toEqual([]);
    expect(ahead.map((row) => row.number)).not.toContain(older);
  });
});
