import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { metrics } from '../../../functions/shared/observability';
import { IdempotencyKeyReusedError, TicketClosedError, TicketNotFoundError } from '../../../functions/domain/errors';
import { statusOf } from '../../../functions/domain/catalog';
import type { Identity, Ticket } from '../../../functions/domain/types';
import { fingerprintOf } from '../../../functions/use-cases/idempotency';
import { parseClockSettings } from '../../../functions/domain/clock/settings';
import { listMyTickets } from '../../../functions/use-cases/tickets/list-my-tickets';
import { listQueue } from '../../../functions/use-cases/tickets/list-queue';
import { countQueue, queueCountBound } from '../../../functions/use-cases/tickets/count-queue';
import { createTicket } from '../../../functions/use-cases/tickets/open-ticket';
import type { TicketRequest } from '../../../functions/use-cases/tickets/open-ticket';
import { replyAsSupport } from '../../../functions/use-cases/tickets/reply-as-support';
import { replyToMyTicket } from '../../../functions/use-cases/tickets/reply-to-my-ticket';
import { setStatus } from '../../../functions/use-cases/tickets/set-status';
import { ticketDetail } from '../../../functions/use-cases/tickets/ticket-detail';
import { updateTicket } from '../../../functions/use-cases/tickets/update-ticket';
import { FakeTicketTable, fakeDeps } from './fake-ticket-table';

const alice: Identity = { sub: 'sub-alice', email: 'alice@example.com', emailVerified: true, isAgent: false };
const bob: Identity = { sub: 'sub-bob', email: 'bob@example.com', emailVerified: true, isAgent: false };
const agent: Identity = { sub: 'sub-agent', email: 'agent@support.example', emailVerified: true, isAgent: true };
const form: TicketRequest = { type: 'general', name: 'Alice', subject: 'Payout delayed', description: 'Since Monday.', priority: 'normal', details: {} };

let table: FakeTicketTable;
let deps: ReturnType<typeof fakeDeps>;

beforeEach(() => {
  table = new FakeTicketTable();
  deps = fakeDeps(table, { numbers: ['40000001', '40000002', '40000003'] });
});

async function opened(identity: Identity = alice): Promise<Ticket> {
  return (await createTicket(deps, identity, form, undefined)).ticket;
}

describe('opening a ticket', () => {
  it('draws another number when the one drawn is taken, and stores the ticket once', async () => {
    const other = await opened(bob);
    expect(other.number).toBe('40000001');
    deps = fakeDeps(table, { numbers: ['40000001', '40000002'] });
    const { ticket } = await createTicket(deps, alice, form, undefined);
    expect(ticket.number).toBe('40000002');
    expect(table.tickets.get('40000001')?.requester.sub).toBe(bob.sub);
    expect(table.tickets.get('40000002')?.requester.sub).toBe(alice.sub);
  });

  it('stores only redacted text and says which kinds it removed', async () => {
    const { ticket, redacted } = await createTicket(deps, alice, { ...form, description: 'My card 4111 1111 1111 1111, password: hunter2' }, undefined);
    expect(table.tickets.get(ticket.number)?.description).toBe('My card [card ending 1111], password: [REDACTED]');
    expect(redacted).toEqual(['card_number', 'password']);
  });
});

describe('an Idempotency-Key', () => {
  it('gives the first result again for the same key and request, marked replayed, and stores one ticket', async () => {
    const first = await createTicket(deps, alice, { ...form, description: 'Card 4111111111111111' }, 'key-1');
    const again = await createTicket(deps, alice, { ...form, description: 'Card 4111111111111111' }, 'key-1');
    expect(first.replayed).toBe(false);
    expect(again).toEqual({ ...first, replayed: true });
    expect(table.tickets.size).toBe(1);
  });

  it('refuses the same key with another request, storing nothing', async () => {
    await createTicket(deps, alice, form, 'key-1');
    await expect(createTicket(deps, alice, { ...form, subject: 'Something else' }, 'key-1')).rejects.toThrow(IdempotencyKeyReusedError);
    expect(table.tickets.size).toBe(1);
  });

  it('answers with the result of a concurrent request that stored the same key first, storing nothing more', async () => {
    const winner = { ticket: { ...(await opened()), number: '49999999' }, redacted: [], attachments: [] };
    const record = (fingerprint: string) => JSON.stringify({ sub: alice.sub, key: 'key-2', fingerprint, result: winner, createdAt: winner.ticket.createdAt });
    // The concurrent request commits its record between this one's read of the key and its write.
    table.beforeWrite = () => {
      table.beforeWrite = () => {};
      table.records.set(`${alice.sub}#key-2`, record(fingerprintOf({ sub: alice.sub, key: 'key-2', operation: 'createTicket', input: form })));
    };
    expect(await createTicket(deps, alice, form, 'key-2')).toEqual({ ...winner, replayed: true });
    expect([...table.tickets.keys()]).toEqual(['40000001']);
  });

  it('refuses when the concurrent request that stored the key first was another request', async () => {
    await opened();
    table.beforeWrite = () => {
      table.beforeWrite = () => {};
      table.records.set(`${alice.sub}#key-2`, JSON.stringify({ sub: alice.sub, key: 'key-2', fingerprint: 'another', result: { ticket: table.tickets.get('40000001'), redacted: [] }, createdAt: '' }));
    };
    await expect(createTicket(deps, alice, form, 'key-2')).rejects.toThrow(IdempotencyKeyReusedError);
    expect([...table.tickets.keys()]).toEqual(['40000001']);
  });

  it('replays a reply on a ticket, and treats the same key on another ticket as another request', async () => {
    const first = await opened();
    const second = await opened();
    const reply = await replyToMyTicket(deps, alice, first.number, 'Any news?', 'key-3');
    expect(await replyToMyTicket(deps, alice, first.number, 'Any news?', 'key-3')).toEqual({ ...reply, replayed: true });
    await expect(replyToMyTicket(deps, alice, second.number, 'Any news?', 'key-3')).rejects.toThrow(IdempotencyKeyReusedError);
    expect(table.messages.get(first.number)).toHaveLength(1);
    expect(table.messages.get(second.number)).toBeUndefined();
  });
});

describe("another customer's ticket", () => {
  it('is absent, exactly like a missing one, to read and to write', async () => {
    const ticket = await opened(bob);
    await expect(ticketDetail(deps, alice, ticket.number, 'customer')).rejects.toThrow(new TicketNotFoundError(ticket.number));
    await expect(replyToMyTicket(deps, alice, ticket.number, 'Mine now', undefined)).rejects.toThrow(new TicketNotFoundError(ticket.number));
    expect(table.tickets.get(ticket.number)?.version).toBe(1);
  });

  it('is visible to an agent', async () => {
    const ticket = await opened(bob);
    expect((await ticketDetail(deps, agent, ticket.number, 'agent')).ticket.number).toBe(ticket.number);
  });
});

describe('tickets opened before the email was verified', () => {
  const unverified: Identity = { ...alice, emailVerified: false };

  it('join the email’s list at the verified customer’s first list, and stay there', async () => {
    const before = await opened(unverified);
    const bobs = await opened({ ...bob, emailVerified: false });
    expect((await listMyTickets(deps, unverified, {}, 10)).items.map((ticket) => ticket.number)).toEqual([before.number]);

    expect((await listMyTickets(deps, alice, {}, 10)).items.map((ticket) => ticket.number)).toEqual([before.number]);
    expect((await listMyTickets(deps, alice, {}, 10)).items.map((ticket) => ticket.number)).toEqual([before.number]);
    expect(table.tickets.get(bobs.number)?.requester.owner).toBe('SUB#sub-bob');
  });

  it('stay with the token while its email is not verified, reachable by it', async () => {
    const before = await opened(unverified);
    expect((await ticketDetail(deps, unverified, before.number, 'customer')).ticket.number).toBe(before.number);
    expect((await listMyTickets(deps, unverified, {}, 10)).items).toHaveLength(1);
    expect(table.tickets.get(before.number)?.requester.owner).toBe('SUB#sub-alice');
    await expect(ticketDetail(deps, { ...bob, emailVerified: false }, before.number, 'customer')).rejects.toThrow(TicketNotFoundError);
  });
});

describe('a write that loses the race for the ticket', () => {
  it('is decided again on the ticket as it now stands, so both changes land', async () => {
    const ticket = await opened();
    table.beforeWrite = () => {
      table.beforeWrite = () => {};
      // Another agent raised the priority meanwhile.
      const current = table.tickets.get(ticket.number) as Ticket;
      table.put({ ...current, priority: 'high', version: current.version + 1 });
    };
    const { ticket: after } = await replyToMyTicket(deps, alice, ticket.number, 'Any news?', undefined);
    expect(after).toMatchObject({ priority: 'high', version: 3, customerLastWrote: expect.any(String) });
    expect(table.tickets.get(ticket.number)).toEqual(after);
  });

  it('gets the refusal the domain gives on the fresh ticket', async () => {
    const ticket = await opened();
    table.beforeWrite = () => {
      table.beforeWrite = () => {};
      const current = table.tickets.get(ticket.number) as Ticket;
      table.put({ ...current, status: 'closed', phase: statusOf('general', 'closed').phase, version: current.version + 1 });
    };
    await expect(replyToMyTicket(deps, alice, ticket.number, 'Any news?', undefined)).rejects.toThrow(TicketClosedError);
    expect(table.messages.get(ticket.number)).toBeUndefined();
  });
});

describe('the agents’ queue', () => {
  it.each([
    ['me', agent.sub],
    ['nobody', null],
    ['agent-7', 'agent-7'],
    [undefined, undefined],
  ])('reads assignee=%s as the assignee %s', async (assignee, whose) => {
    await listQueue(deps, agent, { phase: 'open', assignee }, 20);
    expect(table.queueReads).toEqual([{ selection: { phase: 'open', assignee: whose }, limit: 20, cursor: undefined }]);
  });
});

describe('the queue’s counts', () => {
  it('counts each phase for the agent asking, the unassigned, or everyone, of one priority or all', async () => {
    const ticket = await opened();
    await opened(bob);
    await updateTicket(deps, agent, ticket.number, { assignee: agent.sub, priority: 'high' });
    await setStatus(deps, agent, ticket.number, { status: 'resolved' });

    const phases = async (request: Parameters<typeof countQueue>[2]) => (await countQueue(deps, agent, request)).phases;
    expect(await phases({})).toEqual({ open: { count: 1, more: false }, awaiting_reply: { count: 0, more: false }, solved: { count: 1, more: false } });
    expect(await phases({ assignee: 'me' })).toEqual({ open: { count: 0, more: false }, awaiting_reply: { count: 0, more: false }, solved: { count: 1, more: false } });
    expect((await phases({ assignee: 'nobody' })).open).toEqual({ count: 1, more: false });
    expect((await phases({ priority: 'high' })).open).toEqual({ count: 0, more: false });
    expect((await countQueue(deps, agent, {})).upTo).toBe(queueCountBound);
  });
});

describe('the time of a change', () => {
  it('is never earlier than the ticket’s last change, even when this writer’s clock is behind', async () => {
    const ticket = await opened();
    deps.clock.now = new Date(Date.parse(ticket.updatedAt) - 60_000);
    const { ticket: after } = await setStatus(deps, agent, ticket.number, { status: 'in_progress', note: 'Looking' });
    expect(after.updatedAt).toBe(ticket.updatedAt);
    expect(table.events.get(ticket.number)?.at(-1)).toMatchObject({ kind: 'status', at: ticket.updatedAt, note: 'Looking' });
  });

  it('is the clock’s when that is later', async () => {
    const ticket = await opened();
    deps.clock.now = new Date(Date.parse(ticket.updatedAt) + 60_000);
    const { ticket: after } = await updateTicket(deps, agent, ticket.number, { priority: 'high' });
    expect(after.updatedAt).toBe(deps.clock.now.toISOString());
  });
});

describe('an agent’s note', () => {
  it('is stored redacted, and says what was removed', async () => {
    const ticket = await opened();
    const result = await replyAsSupport({ ...deps, clock: parseClockSettings(undefined) }, agent, ticket.number, { body: 'Key AKIAIOSFODNN7EXAMPLE seen', internal: true, awaitReply: false }, undefined);
    expect(result.message?.body).toBe('Key [REDACTED] seen');
    expect(result.redacted).toEqual(['aws_access_key']);
    expect(table.messages.get(ticket.number)?.[0]?.body).toBe('Key [REDACTED] seen');
  });
});

describe('business metrics', () => {
  afterEach(() => vi.restoreAllMocks());

  it('counts a ticket opened and a status change once each write landed, by type, and nothing for a refused change', async () => {
    const counted: string[] = [];
    const single = metrics.singleMetric.bind(metrics);
    vi.spyOn(metrics, 'singleMetric').mockImplementation(() => {
      const metric = single();
      const dimensions: string[] = [];
      vi.spyOn(metric, 'addDimension').mockImplementation((name: string, value: string) => {
        dimensions.push(`${name}=${value}`);
        return metric;
      });
      vi.spyOn(metric, 'addMetric').mockImplementation((name: string) => {
        counted.push([name, ...dimensions].join(' '));
        return metric;
      });
      return metric;
    });
    const ticket = await opened();
    await setStatus(deps, agent, ticket.number, { status: 'in_progress' });
    await replyToMyTicket(deps, alice, ticket.number, 'Thanks', undefined);
    await expect(setStatus(deps, agent, ticket.number, { status: 'no_such_status' })).rejects.toThrow();
    expect(counted).toEqual(['TicketsOpened type=general', 'StatusChanges type=general']);
  });
});
