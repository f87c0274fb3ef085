import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { newTicketNumber } from '../../../functions/domain/ids';
import type { Priority, Ticket, TicketType } from '../../../functions/domain/types';
import { ownerOfEmail } from '../../../functions/domain/owner';
import { itemsReadPerRequest, listTicketsOfCustomer, queueByPhase } from '../../../functions/data/tickets';
import type { Page } from '../../../functions/data/tickets';
import { meteredStore } from '../../support/metered-store';
import type { MeteredStore, QueryReading } from '../../support/metered-store';
import { seededTicket, writeTickets } from '../../support/ticket-seeding';

/*
 * The list functions the handlers call, on the local cloud's DynamoDB, through a client that
 * records every Query: what a request reads is counted, not guessed.
 */

let metered: MeteredStore;
beforeAll(() => {
  const cloud = inject('localCloud');
  metered = meteredStore({ endpoint: cloud.dynamodb, region: cloud.region, table: cloud.tableName });
});
afterAll(() => metered.destroy());

const epoch = Date.parse('2026-02-01T00:00:00.000Z');
const distinctNumbers = (count: number) => {
  const numbers = new Set<string>();
  while (numbers.size < count) numbers.add(newTicketNumber());
  return [...numbers];
};

/** Every page of a list, following its cursor, with the Queries each request made. */
async function everyPage(list: (cursor: string | undefined) => Promise<Page<Ticket>>): Promise<{ pages: Ticket[][]; requests: QueryReading[][] }> {
  const pages: Ticket[][] = [];
  const requests: QueryReading[][] = [];
  metered.take();
  let cursor: string | undefined;
  do {
    const page = await list(cursor);
    pages.push([...page.items]);
    requests.push(metered.take());
    cursor = page.cursor ?? undefined;
    // A hang guard only: the longest list here needs a few dozen pages.
    expect(pages.length).toBeLessThan(500);
  } while (cursor);
  return { pages, requests };
}

function expectBoundedReads(requests: readonly QueryReading[][]): void {
  for (const queries of requests) {
    expect(queries).toHaveLength(1);
    expect(queries[0]?.scanned).toBeLessThanOrEqual(itemsReadPerRequest);
  }
}

describe('a customer’s list when most tickets do not match the filter', () => {
  const sub = `customer-${randomUUID()}`;
  const numbers = distinctNumbers(260);
  // Ticket i was last active at minute i: the list shows the highest i first.
  const tickets = numbers.map((number, i) =>
    seededTicket({ number, requester: sub, at: new Date(epoch + i * 60_000), type: i % 60 === 5 ? 'security' : 'general', phase: i % 3 === 0 ? 'open' : 'closed' }),
  );
  const newestFirst = [...tickets].reverse();
  beforeAll(() => writeTickets(metered.store, tickets));

  it('returns every match once, in order, across pages that may be short or empty, reading at most the bound per request', async () => {
    const { pages, requests } = await everyPage((cursor) => listTicketsOfCustomer(metered.store, ownerOfEmail(`${sub}@example.com`), { type: 'security' }, 3, cursor));

    const expected = newestFirst.filter((ticket) => ticket.type === 'security').map((ticket) => ticket.number);
    expect(pages.flat().map((ticket) => ticket.number)).toEqual(expected);
    expectBoundedReads(requests);
    // 5 matches among 260 tickets, at most 100 read per request: at least three requests, their pages short.
    expect(requests.length).toBeGreaterThanOrEqual(Math.ceil(tickets.length / itemsReadPerRequest));
    expect(pages.some((page) => page.length < 3)).toBe(true);
    expect(requests.reduce((sum, queries) => sum + (queries[0]?.scanned ?? 0), 0)).toBeLessThan(tickets.length * 2);
  });

  it('cuts a page at the limit when more match than it holds, and goes on from the last ticket returned', async () => {
    const { pages, requests } = await everyPage((cursor) => listTicketsOfCustomer(metered.store, ownerOfEmail(`${sub}@example.com`), { phase: 'open' }, 7, cursor));

    const expected = newestFirst.filter((ticket) => ticket.phase === 'open').map((ticket) => ticket.number);
    expect(pages.flat().map((ticket) => ticket.number)).toEqual(expected);
    expect(pages.slice(0, -1).every((page) => page.length === 7)).toBe(true);
    expectBoundedReads(requests);
  });

  it('reads exactly the page when unfiltered', async () => {
    metered.take();
    const page = await listTicketsOfCustomer(metered.store, ownerOfEmail(`${sub}@example.com`), {}, 20);
    expect(page.items.map((ticket) => ticket.number)).toEqual(newestFirst.slice(0, 20).map((ticket) => ticket.number));
    expect(metered.take()).toMatchObject([{ index: 'byCustomer', scanned: 20, returned: 20 }]);
  });
});

describe('an agent’s own tickets and the unassigned', () => {
  const agent = `agent-${randomUUID()}`;
  const numbers = distinctNumbers(150);
  const priorities: Priority[] = ['low', 'normal', 'high', 'critical'];
  const rank = (priority: Priority) => ['critical', 'high', 'normal', 'low'].indexOf(priority);
  // One ticket in five is the agent's; created a minute apart so that age orders them.
  const tickets = numbers.map((number, i) =>
    seededTicket({
      number,
      requester: `customer-${randomUUID()}`,
      at: new Date(epoch + i * 60_000),
      type: (i % 10 === 0 ? 'security' : 'general') as TicketType,
      priority: priorities[i % 4] ?? 'normal',
      assignee: i % 5 === 0 ? agent : `agent-${randomUUID()}`,
    }),
  );
  const inQueueOrder = (list: readonly Ticket[]) => [...list].sort((a, b) => rank(a.priority) - rank(b.priority) || a.createdAt.localeCompare(b.createdAt));
  const agents = inQueueOrder(tickets.filter((ticket) => ticket.assignee === agent));
  beforeAll(() => writeTickets(metered.store, tickets));

  it('come from the byAssignee index by key, in queue order, reading nothing that is not returned', async () => {
    const { pages, requests } = await everyPage((cursor) => queueByPhase(metered.store, { phase: 'open', assignee: agent }, 4, cursor));

    expect(pages.flat().map((ticket) => ticket.number)).toEqual(agents.map((ticket) => ticket.number));
    expect(pages.slice(0, -1).every((page) => page.length === 4)).toBe(true);
    expectBoundedReads(requests);
    for (const [query] of requests) {
      expect(query).toMatchObject({ index: 'byAssignee', filter: undefined, keyValues: { ':partition': `ASSIGNEE#open#${agent}` } });
      expect(query?.scanned).toBe(query?.returned);
    }
  });

  it('serves a priority by key within the agent’s tickets', async () => {
    const { pages, requests } = await everyPage((cursor) => queueByPhase(metered.store, { phase: 'open', assignee: agent, priority: 'high' }, 5, cursor));

    expect(pages.flat().map((ticket) => ticket.number)).toEqual(agents.filter((ticket) => ticket.priority === 'high').map((ticket) => ticket.number));
    for (const [query] of requests) {
      expect(query?.keyCondition).toContain('begins_with');
      expect(query?.scanned).toBe(query?.returned);
    }
  });

  it('filters a type within the agent’s tickets with every match once, reading at most the bound', async () => {
    const { pages, requests } = await everyPage((cursor) => queueByPhase(metered.store, { phase: 'open', assignee: agent, type: 'security' }, 2, cursor));

    expect(pages.flat().map((ticket) => ticket.number)).toEqual(agents.filter((ticket) => ticket.type === 'security').map((ticket) => ticket.number));
    expectBoundedReads(requests);
  });

  it('lists the unassigned from their own partition, a full page read by key', async () => {
    // The oldest critical ticket there can be: first of its partition, whatever other tests added.
    const unassigned = seededTicket({ number: distinctNumbers(1)[0] ?? '', requester: `customer-${randomUUID()}`, at: new Date('2000-01-01T00:00:00.000Z'), priority: 'critical', phase: 'awaiting_reply', assignee: null });
    await writeTickets(metered.store, [unassigned]);
    metered.take();

    const page = await queueByPhase(metered.store, { phase: 'awaiting_reply', assignee: null }, 10);

    expect(page.items.every((ticket) => ticket.assignee === null && ticket.phase === 'awaiting_reply')).toBe(true);
    expect(page.items[0]?.number).toBe(unassigned.number);
    const [query, ...others] = metered.take();
    expect(others).toEqual([]);
    expect(query).toMatchObject({ index: 'byAssignee', keyValues: { ':partition': 'UNASSIGNED#awaiting_reply' } });
    expect(query?.scanned).toBe(query?.returned);
  });
});
