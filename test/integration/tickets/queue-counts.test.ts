import { randomUUID } from 'node:crypto';
import { DeleteTableCommand, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { countQueuePart } from '../../../functions/data/queue-counts';
import type { QueueCountSelection } from '../../../functions/data/queue-counts';
import { newTicketNumber } from '../../../functions/domain/ids';
import type { Phase, Priority } from '../../../functions/domain/types';
import { createTable } from '../../../infra/local/dynamodb-table';
import { localCredentials } from '../../../infra/local/credentials';
import { system } from '../../../infra/system';
import { signIn } from '../../support/api';
import type { ApiUser } from '../../support/api';
import { until } from '../../support/eventually';
import { meteredStore } from '../../support/metered-store';
import type { MeteredStore } from '../../support/metered-store';
import { seededTicket, writeTickets } from '../../support/ticket-seeding';
import { agentMoves, agentWrites, expectStatus, openTicket } from './customer-steps';

/*
 * The queue's counts: the data function on a table of its own (so every count is known exactly,
 * whatever the other tests add to the shared table), and GET /v1/agent/queue/counts through the
 * local cloud for a fresh agent, whose own counts only this test moves.
 */

describe('counting a part of the queue on the table', () => {
  const cloud = inject('localCloud');
  const table = `ticketflow-queue-counts-${randomUUID().slice(0, 8)}`;
  const agent = 'agent-counted';
  let metered: MeteredStore;
  const epoch = Date.parse('2026-03-01T00:00:00.000Z');
  const numbers = new Set<string>();
  const seed = (count: number, phase: Phase, assignee: string | null, priority: Priority) =>
    Array.from({ length: count }, () => {
      let number = newTicketNumber();
      while (numbers.has(number)) number = newTicketNumber();
      numbers.add(number);
      return seededTicket({ number, requester: `customer-${numbers.size % 7}`, at: new Date(epoch + numbers.size * 1_000), phase, assignee, priority });
    });

  beforeAll(async () => {
    await createTable({ endpoint: cloud.dynamodb, region: cloud.region, tableName: table, table: system.table });
    metered = meteredStore({ endpoint: cloud.dynamodb, region: cloud.region, table });
    // More open tickets than one 1 MB page of a Query holds (about 750 of these), so counting them pages.
    await writeTickets(metered.store, [
      ...seed(1_000, 'open', null, 'normal'),
      ...seed(5, 'open', null, 'critical'),
      ...seed(4, 'open', agent, 'high'),
      ...seed(2, 'open', agent, 'low'),
      ...seed(3, 'awaiting_reply', agent, 'normal'),
      ...seed(6, 'solved', 'agent-other', 'normal'),
      ...seed(9, 'closed', agent, 'normal'),
    ]);
  }, 120_000);

  afterAll(async () => {
    metered?.destroy();
    const client = new DynamoDBClient({ endpoint: cloud.dynamodb, region: cloud.region, credentials: localCredentials });
    await client.send(new DeleteTableCommand({ TableName: table })).finally(() => client.destroy());
  });

  const count = (selection: QueueCountSelection, upTo = 10_000) => countQueuePart(metered.store, selection, upTo);

  it('counts a phase, an agent’s part of it, the unassigned and a priority, by key, leaving closed tickets out', async () => {
    expect(await count({ phase: 'open' })).toEqual({ count: 1_011, more: false });
    expect(await count({ phase: 'open', assignee: agent })).toEqual({ count: 6, more: false });
    expect(await count({ phase: 'open', assignee: agent, priority: 'high' })).toEqual({ count: 4, more: false });
    expect(await count({ phase: 'open', assignee: null })).toEqual({ count: 1_005, more: false });
    expect(await count({ phase: 'open', priority: 'critical' })).toEqual({ count: 5, more: false });
    expect(await count({ phase: 'awaiting_reply', assignee: agent })).toEqual({ count: 3, more: false });
    expect(await count({ phase: 'solved', assignee: agent })).toEqual({ count: 0, more: false });
    expect(await count({ phase: 'solved' })).toEqual({ count: 6, more: false });
    metered.take();
    await count({ phase: 'open', assignee: agent, priority: 'high' });
    const [query, ...others] = metered.take();
    expect(others).toEqual([]);
    // Only the part counted is read: the agent's high-priority tickets.
    expect(query).toMatchObject({ index: 'byAssignee', scanned: 4, returned: 4 });
  });

  it('stops at its bound and says there are more, reading one ticket past it', async () => {
    expect(await count({ phase: 'open', assignee: agent }, 5)).toEqual({ count: 5, more: true });
    expect(await count({ phase: 'open', assignee: agent }, 6)).toEqual({ count: 6, more: false });
    metered.take();
    expect(await count({ phase: 'open' }, 1_000)).toEqual({ count: 1_000, more: true });
    const queries = metered.take();
    // Past 1 MB a Query stops with a LastEvaluatedKey: the count goes on from it.
    expect(queries.length).toBeGreaterThan(1);
    expect(queries.reduce((sum, reading) => sum + reading.scanned, 0)).toBe(1_001);
    expect(queries.every((reading) => reading.index === 'queue')).toBe(true);
  });
});

describe('GET /v1/agent/queue/counts', () => {
  let customer: ApiUser;
  let agent: ApiUser;
  let agentSub: string;

  beforeAll(async () => {
    [customer, agent] = await Promise.all([signIn(), signIn({ agent: true })]);
    const me = await agent.get('/v1/me');
    expectStatus(me, 200);
    agentSub = me.body.sub;
  });

  const countsOf = async (query: string) => {
    const response = await agent.get(`/v1/agent/queue/counts${query}`);
    expectStatus(response, 200);
    return response.body as { phases: Record<'open' | 'awaiting_reply' | 'solved', { count: number; more: boolean }>; upTo: number };
  };
  const counted = (phases: { open: { count: number }; awaiting_reply: { count: number }; solved: { count: number } }) => [phases.open.count, phases.awaiting_reply.count, phases.solved.count];
  // The queue is read from indexes, which DynamoDB brings up to date shortly after a write: wait for the counts to follow.
  const untilMine = (expected: number[], query = '') =>
    until(`the counts ${JSON.stringify(expected)} for ${query || 'everything'}`, () => countsOf(`?assignee=me${query}`), (body) => JSON.stringify(counted(body.phases)) === JSON.stringify(expected));

  it('moves an agent’s counts from phase to phase as their ticket does, and drops it when it closes', async () => {
    const initial = await countsOf('?assignee=me');
    expect(initial).toEqual({ phases: { open: { count: 0, more: false }, awaiting_reply: { count: 0, more: false }, solved: { count: 0, more: false } }, upTo: 1_000 });

    const ticket = await openTicket(customer, 'general', { priority: 'high' });
    expectStatus(await agent.request('PATCH', `/v1/agent/tickets/${ticket.number}`, { body: { assignee: agentSub } }), 200);
    await untilMine([1, 0, 0]);
    await untilMine([1, 0, 0], '&priority=high');
    await untilMine([0, 0, 0], '&priority=low');
    // The same agent by their sub, as a lead would ask for someone else's.
    expect(counted((await countsOf(`?assignee=${encodeURIComponent(agentSub)}`)).phases)).toEqual([1, 0, 0]);

    await agentWrites(agent, ticket.number, { body: 'Which account is it about?', awaitReply: true });
    await untilMine([0, 1, 0]);
    await agentMoves(agent, ticket.number, 'resolved');
    await untilMine([0, 0, 1]);
    expectStatus(await customer.post(`/v1/tickets/${ticket.number}/close`), 200);
    await untilMine([0, 0, 0]);
  });

  it('counts everyone’s queue and the unassigned with the same shape, a new ticket among them', async () => {
    await openTicket(customer, 'general', { priority: 'critical' });
    const everyone = await until('a critical ticket in the count', () => countsOf('?priority=critical'), (body) => body.phases.open.count >= 1);
    const unassigned = await countsOf('?assignee=nobody&priority=critical');
    expect(unassigned.phases.open.count).toBeGreaterThanOrEqual(1);
    expect(everyone.upTo).toBe(1_000);
    for (const body of [everyone, unassigned]) for (const phase of Object.values(body.phases)) expect(phase.count).toBeLessThanOrEqual(body.upTo);
  });

  it('refuses a filter the counts cannot read by key, naming it', async () => {
    const response = await agent.get('/v1/agent/queue/counts?type=general');
    expectStatus(response, 400);
    expect(JSON.stringify(response.body.error)).toContain('type');
  });
});
