import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { signIn, ticketForm } from '../../support/api';
import type { ApiUser } from '../../support/api';

interface Row {
  readonly number: string;
  readonly type: string;
  readonly phase: string;
  readonly priority: string;
  readonly status: { readonly code: string; readonly label: string };
  readonly assignee: string | null;
}

let customer: ApiUser;
let agent: ApiUser;

async function openTicket(type: string, overrides: Record<string, unknown> = {}): Promise<string> {
  const response = await customer.post('/v1/tickets', ticketForm(type, overrides));
  expect(response.status).toBe(201);
  return response.body.ticket.number;
}

async function expectOk(response: Promise<{ status: number; body: unknown }>, status = 200) {
  const answer = await response;
  expect(answer.status, JSON.stringify(answer.body)).toBe(status);
}

/** Every row of the queue for this query, following cursors to the end (other tests share the queue). */
async function wholeQueue(query = ''): Promise<Row[]> {
  const rows: Row[] = [];
  let cursor: string | null = null;
  do {
    const params = new URLSearchParams(query);
    params.set('limit', '100');
    if (cursor) params.set('cursor', cursor);
    const page = await agent.get(`/v1/agent/tickets?${params}`);
    expect(page.status, JSON.stringify(page.body)).toBe(200);
    rows.push(...page.body.tickets);
    cursor = page.body.cursor;
  } while (cursor);
  return rows;
}

const numbersAmong = (rows: readonly Row[], mine: readonly string[]) => rows.map((row) => row.number).filter((number) => mine.includes(number));

beforeAll(async () => {
  [customer, agent] = await Promise.all([signIn(), signIn({ agent: true })]);
});

describe('the agents’ queue', () => {
  it('lists the open phase by default, by priority (critical, high, normal, low) then oldest first', async () => {
    // Created in an order where age alone would sort them differently.
    const low = await openTicket('general', { priority: 'low' });
    const olderNormal = await openTicket('general');
    const olderHigh = await openTicket('api', { priority: 'high' });
    const critical = await openTicket('security', { priority: 'critical' });
    const newerNormal = await openTicket('payments', { priority: 'normal' });
    const newerHigh = await openTicket('bug_report', { priority: 'high' });
    const mine = [low, olderNormal, olderHigh, critical, newerNormal, newerHigh];

    const rows = await wholeQueue();
    expect(numbersAmong(rows, mine)).toEqual([critical, olderHigh, newerHigh, olderNormal, newerNormal, low]);
    expect(rows.every((row) => row.phase === 'open')).toBe(true);
    const priorityOrder = rows.map((row) => ['critical', 'high', 'normal', 'low'].indexOf(row.priority));
    expect(priorityOrder).toEqual([...priorityOrder].sort((a, b) => a - b));
  });

  it('shows on each row what the seeds’ tables show, with the assignee for agents', async () => {
    const number = await openTicket('account_deletion', { subject: 'Please delete my account' });
    const row = (await wholeQueue('type=account_deletion')).find((candidate) => candidate.number === number);
    expect(row).toMatchObject({
      number,
      subject: 'Please delete my account',
      type: 'account_deletion',
      phase: 'open',
      status: { code: 'submitted', label: 'Submitted' },
      priority: 'normal',
      lastReply: null,
      assignee: null,
    });
  });

  it('filters by phase: awaiting the customer’s reply, or solved', async () => {
    const awaiting = await openTicket('general');
    const solved = await openTicket('bug_report');
    const open = await openTicket('general');
    await expectOk(agent.post(`/v1/agent/tickets/${awaiting}/messages`, { body: 'Which browser do you use?', awaitReply: true }), 201);
    await expectOk(agent.post(`/v1/agent/tickets/${solved}/status`, { status: 'resolved' }));
    const mine = [awaiting, solved, open];

    const [awaitingRows, solvedRows, openRows] = await Promise.all([wholeQueue('phase=awaiting_reply'), wholeQueue('phase=solved'), wholeQueue('phase=open')]);
    expect(numbersAmong(awaitingRows, mine)).toEqual([awaiting]);
    expect(awaitingRows.every((row) => row.phase === 'awaiting_reply')).toBe(true);
    expect(numbersAmong(solvedRows, mine)).toEqual([solved]);
    expect(solvedRows.every((row) => row.phase === 'solved')).toBe(true);
    expect(numbersAmong(openRows, mine)).toEqual([open]);
  });

  it('filters by status, type and priority, alone and together', async () => {
    const inProgress = await openTicket('bug_report', { priority: 'low' });
    const submitted = await openTicket('bug_report', { priority: 'low' });
    const otherType = await openTicket('account_deletion', { priority: 'low' });
    const otherPriority = await openTicket('bug_report', { priority: 'high' });
    await expectOk(agent.post(`/v1/agent/tickets/${inProgress}/status`, { status: 'in_progress' }));
    const mine = [inProgress, submitted, otherType, otherPriority];

    const [byStatus, byType, byPriority, byAll] = await Promise.all([
      wholeQueue('status=in_progress'),
      wholeQueue('type=bug_report'),
      wholeQueue('priority=low'),
      wholeQueue('type=bug_report&priority=low&status=submitted'),
    ]);
    expect(numbersAmong(byStatus, mine)).toEqual([inProgress]);
    expect(byStatus.every((row) => row.status.code === 'in_progress')).toBe(true);
    expect(numbersAmong(byType, mine)).toEqual([otherPriority, inProgress, submitted]);
    expect(byType.every((row) => row.type === 'bug_report')).toBe(true);
    expect(numbersAmong(byPriority, mine)).toEqual([inProgress, submitted, otherType]);
    expect(byPriority.every((row) => row.priority === 'low')).toBe(true);
    expect(numbersAmong(byAll, mine)).toEqual([submitted]);
    expect(byAll.every((row) => row.type === 'bug_report' && row.priority === 'low' && row.status.code === 'submitted')).toBe(true);
  });

  it('filters by assignee, and pages with limit and cursor without repeating or skipping a ticket', async () => {
    const assignee = `agent-${randomUUID()}`;
    const numbers = [await openTicket('general'), await openTicket('general'), await openTicket('general')];
    await Promise.all(numbers.map((number) => expectOk(agent.request('PATCH', `/v1/agent/tickets/${number}`, { body: { assignee } }))));

    const first = await agent.get(`/v1/agent/tickets?assignee=${assignee}&limit=2`);
    expect(first.status).toBe(200);
    expect(first.body.tickets.map((row: Row) => row.number)).toEqual(numbers.slice(0, 2));
    expect(first.body.tickets.every((row: Row) => row.assignee === assignee)).toBe(true);
    expect(typeof first.body.cursor).toBe('string');

    const second = await agent.get(`/v1/agent/tickets?assignee=${assignee}&limit=2&cursor=${encodeURIComponent(first.body.cursor)}`);
    expect(second.status).toBe(200);
    expect(second.body.tickets.map((row: Row) => row.number)).toEqual(numbers.slice(2));
    expect(second.body.cursor).toBeNull();
  });

  it('lists the caller’s own tickets with assignee=me and the unassigned with assignee=nobody, by priority then age, in full pages', async () => {
    const [me, colleague] = await Promise.all([signIn({ agent: true }), signIn({ agent: true })]);
    const colleagueSub = (await colleague.get('/v1/me')).body.sub;
    const low = await openTicket('general', { priority: 'low' });
    const olderNormal = await openTicket('general');
    const critical = await openTicket('security', { priority: 'critical' });
    const newerNormal = await openTicket('payments');
    const colleagues = await openTicket('general', { priority: 'critical' });
    const unassigned = await openTicket('general', { priority: 'high' });
    const mySub = (await me.get('/v1/me')).body.sub;
    for (const number of [low, olderNormal, critical, newerNormal]) await expectOk(me.request('PATCH', `/v1/agent/tickets/${number}`, { body: { assignee: mySub } }));
    await expectOk(me.request('PATCH', `/v1/agent/tickets/${colleagues}`, { body: { assignee: colleagueSub } }));

    const first = await me.get('/v1/agent/tickets?assignee=me&limit=3');
    expect(first.status).toBe(200);
    expect(first.body.tickets.map((row: Row) => row.number)).toEqual([critical, olderNormal, newerNormal]);
    const second = await me.get(`/v1/agent/tickets?assignee=me&limit=3&cursor=${encodeURIComponent(first.body.cursor)}`);
    expect(second.body.tickets.map((row: Row) => row.number)).toEqual([low]);
    expect(second.body.cursor).toBeNull();
    expect((await colleague.get('/v1/agent/tickets?assignee=me')).body.tickets.map((row: Row) => row.number)).toEqual([colleagues]);

    const nobodys = await wholeQueue('assignee=nobody');
    expect(numbersAmong(nobodys, [low, olderNormal, critical, newerNormal, colleagues, unassigned])).toEqual([unassigned]);
    expect(nobodys.every((row) => row.assignee === null && row.phase === 'open')).toBe(true);
    const priorityOrder = nobodys.map((row) => ['critical', 'high', 'normal', 'low'].indexOf(row.priority));
    expect(priorityOrder).toEqual([...priorityOrder].sort((a, b) => a - b));
  });

  it('moves a ticket between those lists as it is assigned, unassigned, solved and closed', async () => {
    const me = await signIn({ agent: true });
    const mySub = (await me.get('/v1/me')).body.sub;
    const number = await openTicket('general');
    const mine = async (query: string) => (await me.get(`/v1/agent/tickets?${query}`)).body.tickets.map((row: Row) => row.number);

    await expectOk(me.request('PATCH', `/v1/agent/tickets/${number}`, { body: { assignee: mySub } }));
    expect(await mine('assignee=me')).toEqual([number]);
    expect(numbersAmong(await wholeQueue('assignee=nobody'), [number])).toEqual([]);

    await expectOk(me.post(`/v1/agent/tickets/${number}/status`, { status: 'resolved' }));
    expect(await mine('assignee=me')).toEqual([]);
    expect(await mine('phase=solved&assignee=me')).toEqual([number]);

    await expectOk(me.request('PATCH', `/v1/agent/tickets/${number}`, { body: { assignee: null } }));
    expect(await mine('phase=solved&assignee=me')).toEqual([]);
    expect(numbersAmong(await wholeQueue('phase=solved&assignee=nobody'), [number])).toEqual([number]);

    await expectOk(me.post(`/v1/agent/tickets/${number}/status`, { status: 'closed', note: 'Nothing more to do' }));
    expect(numbersAmong(await wholeQueue('phase=solved&assignee=nobody'), [number])).toEqual([]);
  });

  it('refuses "me" and "nobody" as the name of an assignee, since the list reads them as the caller and the unassigned', async () => {
    const number = await openTicket('general');
    for (const assignee of ['me', 'nobody']) {
      const response = await agent.request('PATCH', `/v1/agent/tickets/${number}`, { body: { assignee } });
      expect(response.status).toBe(400);
      expect(response.body.error.fields.map((field: { path: string }) => field.path)).toEqual(['assignee']);
    }
    expect((await agent.get(`/v1/agent/tickets/${number}`)).body.ticket.assignee).toBeNull();
  });

  it('refuses a cursor of another priority’s list instead of failing on it', async () => {
    await openTicket('general', { priority: 'low' });
    await openTicket('general', { priority: 'low' });
    const lowPage = await agent.get('/v1/agent/tickets?priority=low&limit=1');
    expect(lowPage.body.cursor).toEqual(expect.any(String));

    const bent = await agent.get(`/v1/agent/tickets?priority=high&cursor=${encodeURIComponent(lowPage.body.cursor)}`);
    expect(bent.status).toBe(400);
    expect(bent.body.error.fields.map((field: { path: string }) => field.path)).toEqual(['cursor']);
  });

  it('refuses a limit over 100, an unknown filter value and a cursor of another phase, naming the field', async () => {
    const tooMany = await agent.get('/v1/agent/tickets?limit=101');
    expect(tooMany.status).toBe(400);
    expect(tooMany.body.error.fields.map((field: { path: string }) => field.path)).toEqual(['limit']);

    const badPhase = await agent.get('/v1/agent/tickets?phase=closed');
    expect(badPhase.status).toBe(400);
    expect(badPhase.body.error.fields.map((field: { path: string }) => field.path)).toEqual(['phase']);

    await openTicket('general');
    await openTicket('general');
    const openPage = await agent.get('/v1/agent/tickets?limit=1');
    expect(openPage.body.cursor).toEqual(expect.any(String));
    const bent = await agent.get(`/v1/agent/tickets?phase=solved&cursor=${encodeURIComponent(openPage.body.cursor)}`);
    expect(bent.status).toBe(400);
    expect(bent.body.error.fields.map((field: { path: string }) => field.path)).toEqual(['cursor']);
  });

  it('never lists a closed ticket, in any phase', async () => {
    const closed = await openTicket('general', { priority: 'critical' });
    expect(numbersAmong(await wholeQueue(), [closed])).toEqual([closed]);
    await expectOk(agent.post(`/v1/agent/tickets/${closed}/status`, { status: 'closed', note: 'Duplicate of another ticket' }));

    const phases = await Promise.all(['open', 'awaiting_reply', 'solved'].map((phase) => wholeQueue(`phase=${phase}`)));
    for (const rows of phases) expect(numbersAmong(rows, [closed])).toEqual([]);
    const closedRows = await Promise.all(['open', 'awaiting_reply', 'solved'].map((phase) => wholeQueue(`phase=${phase}&status=closed`)));
    expect(closedRows.flat()).toEqual([]);
  });
});
