/**
 * `npm run bench:lists`: shows that a list request reads the same whatever the data. It starts its
 * own DynamoDB Local (the local cloud's, with the table and indexes of infra/system.ts, on a free
 * port, in memory; no `npm start` needed), grows the table to 100 / 1,000 / 10,000 open tickets and
 * one customer's 10 / 100 / 1,000 tickets (written with BatchWriteItem from the data layer's own
 * item builder), and at each size sends every filter of both lists through the same schemas and use
 * cases the handlers use, on a client whose SDK middleware records each Query's ScannedCount and
 * ConsumedCapacity. The unfiltered list is the anchor, measured in the same run. It also measures
 * what one ticket change costs on the queue index (the capacity model of README "Limits"), and
 * what parsing a page of items back with their schema costs beside the request, and what the
 * queue's counts (GET /v1/agent/queue/counts) read at each size, bounded and, for comparison, unbounded.
 * It prints figures; it asserts nothing.
 */
import { parseArgs } from 'node:util';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, PutCommand } from '@aws-sdk/lib-dynamodb';
import { startDynamoDb } from '../infra/local/dynamodb';
import { createTable } from '../infra/local/dynamodb-table';
import { localCredentials } from '../infra/local/credentials';
import { system } from '../infra/system';
import { agentQueueQuery, customerListQuery } from '../functions/api/schemas';
import { ticketFromItem, ticketItem } from '../functions/data/items/ticket';
import { ticketPageResponse } from '../functions/api/ticket-responses';
import { ticketDepsOn } from '../functions/use-cases/tickets/dynamodb';
import { listMyTickets } from '../functions/use-cases/tickets/list-my-tickets';
import { listQueue } from '../functions/use-cases/tickets/list-queue';
import { countQueue } from '../functions/use-cases/tickets/count-queue';
import { countQueuePart } from '../functions/data/queue-counts';
import type { Identity, Phase, Priority, TicketType } from '../functions/domain/types';
import { redact } from '../functions/domain/redaction';
import type { Store } from '../functions/data/store';
import { freePort } from '../test/support/local-cloud-process';
import { meteredStore } from '../test/support/metered-store';
import type { QueryReading } from '../test/support/metered-store';
import { seededTicket, writeTickets } from '../test/support/ticket-seeding';

const { values } = parseArgs({ options: { repeat: { type: 'string', default: '5' } } });
const repeat = Math.min(Math.max(Number(values.repeat) || 5, 1), 50);
const steps = [
  { open: 100, own: 10 },
  { open: 1_000, own: 100 },
  { open: 10_000, own: 1_000 },
];
const region = 'us-east-1';
const tableName = 'ticketflow-bench-lists';
const me: Identity = { sub: 'agent-me', email: 'me@agents.example', emailVerified: true, isAgent: true };
// Seeded tickets belong to `${requester}@example.com` (test/support/ticket-seeding.ts).
const customer: Identity = { sub: 'customer-bench', email: 'customer-bench@example.com', emailVerified: true, isAgent: false };

const agentFilters = [
  '',
  'assignee=me',
  'assignee=nobody',
  'assignee=agent-7',
  'priority=critical',
  'assignee=me&priority=high',
  'type=security',
  'status=in_progress',
  'type=bug_report&priority=low',
  'assignee=nobody&type=security',
];
const customerFilters = ['', 'phase=open', 'phase=solved', 'phase=closed', 'type=security', 'status=in_progress', 'phase=open&type=general'];

// Everyone's open tickets: about 2% the bench agent's, 10% unassigned, the rest spread over 40 agents.
const assigneeOf = (index: number) => (index % 47 === 0 ? me.sub : index % 10 === 1 ? null : `agent-${index % 40}`);
const priorityOf = (index: number): Priority => (index % 100 === 3 ? 'critical' : index % 10 === 4 ? 'high' : index % 3 === 0 ? 'low' : 'normal');
const typeOf = (index: number): TicketType => (['general', 'payments', 'account', 'api', 'bug_report', 'account_deletion'] as const)[index % 6] ?? 'general';
const rareType = (index: number): TicketType => (index % 100 === 7 ? 'security' : typeOf(index));
const openStatusOf = (index: number) => (index % 4 === 0 ? 'in_progress' : undefined);
// One customer's tickets over their life: most closed, some solved, a few still with the team.
const ownPhaseOf = (index: number): Phase => (['closed', 'closed', 'closed', 'closed', 'closed', 'solved', 'solved', 'open', 'awaiting_reply', 'closed'] as const)[index % 10] ?? 'closed';

const epoch = Date.parse('2026-01-01T00:00:00.000Z');
let nextNumber = 10_000_000;
let othersOpen = 0;
let ownCount = 0;
let ownOpen = 0;

async function growTo(store: Store, step: { open: number; own: number }): Promise<void> {
  const own = Array.from({ length: step.own - ownCount }, () => {
    const index = ownCount++;
    const phase = ownPhaseOf(index);
    if (phase === 'open') ownOpen++;
    const type = index % 13 === 5 ? 'security' : 'general';
    return seededTicket({ number: String(nextNumber++), requester: customer.sub, at: new Date(epoch + index * 60_000), type, phase, status: phase === 'open' && index % 20 === 7 ? 'in_progress' : undefined, assignee: phase === 'closed' ? 'agent-1' : null });
  });
  const others = Array.from({ length: step.open - ownOpen - othersOpen }, () => {
    const index = othersOpen++;
    const type = rareType(index);
    return seededTicket({
      number: String(nextNumber++),
      requester: `customer-${index % 500}`,
      at: new Date(epoch + index * 1_000),
      type,
      priority: priorityOf(index),
      phase: 'open',
      status: openStatusOf(index),
      assignee: assigneeOf(index),
    });
  });
  await writeTickets(store, [...own, ...others]);
}

interface Measurement {
  readonly queries: number;
  readonly read: number;
  readonly returned: number;
  readonly capacity: number;
  readonly ms: number;
  readonly walkRequests: number;
  readonly walkRead: number;
}

type ListCall = (query: Record<string, string>) => Promise<{ tickets: unknown[]; cursor: string | null }>;

async function measure(metered: ReturnType<typeof meteredStore>, call: ListCall, query: string): Promise<Measurement> {
  const params = Object.fromEntries(new URLSearchParams(query));
  await call(params);
  metered.take();
  const times: number[] = [];
  let readings: QueryReading[] = [];
  let returned = 0;
  for (let run = 0; run < repeat; run++) {
    const started = performance.now();
    const page = await call(params);
    times.push(performance.now() - started);
    readings = metered.take();
    returned = page.tickets.length;
  }
  // What it takes to list every match: the client follows the cursor to the end.
  let walkRequests = 0;
  let cursor: string | null = null;
  do {
    const page: { cursor: string | null } = await call({ ...params, limit: '100', ...(cursor ? { cursor } : {}) });
    walkRequests++;
    cursor = page.cursor;
  } while (cursor);
  const walkRead = metered.take().reduce((sum, reading) => sum + reading.scanned, 0);
  times.sort((a, b) => a - b);
  return {
    queries: readings.length,
    read: readings.reduce((sum, reading) => sum + reading.scanned, 0),
    returned,
    capacity: readings.reduce((sum, reading) => sum + reading.capacityUnits, 0),
    ms: times[Math.floor(times.length / 2)] ?? Number.NaN,
    walkRequests,
    walkRead,
  };
}

function table(title: string, filters: readonly string[], sizeLabel: (step: (typeof steps)[number]) => string, results: Map<string, Measurement[]>): void {
  console.log(`\n${title}`);
  const header = ['filter', 'size', 'Queries', 'items read', 'returned', 'read units', 'ms (median)', '| to walk all: requests', 'items read'];
  const widths = [30, 14, 8, 11, 9, 11, 12, 24, 11];
  const row = (cells: readonly string[]) => console.log(cells.map((cell, index) => (index < 2 ? cell.padEnd(widths[index] ?? 0) : cell.padStart(widths[index] ?? 0))).join(' '));
  row(header);
  for (const filter of filters) {
    (results.get(filter) ?? []).forEach((m, index) => {
      const step = steps[index];
      row([
        index === 0 ? (filter === '' ? '(none): the anchor' : filter) : '',
        step ? sizeLabel(step) : '',
        String(m.queries),
        String(m.read),
        String(m.returned),
        m.capacity.toFixed(1),
        m.ms.toFixed(1),
        String(m.walkRequests),
        String(m.walkRead),
      ]);
    });
  }
}

/** Write units one Put of the ticket's item costs on the table and on each index (ReturnConsumedCapacity INDEXES). */
async function writeUnits(db: DynamoDBDocumentClient, item: Record<string, unknown>): Promise<Record<string, number>> {
  const answer = await db.send(new PutCommand({ TableName: tableName, Item: item, ReturnConsumedCapacity: 'INDEXES' }));
  const indexes = Object.fromEntries(Object.entries(answer.ConsumedCapacity?.GlobalSecondaryIndexes ?? {}).map(([name, units]) => [name, units.CapacityUnits ?? 0]));
  return { table: answer.ConsumedCapacity?.Table?.CapacityUnits ?? 0, ...indexes };
}

async function capacityOfOneChange(db: DynamoDBDocumentClient): Promise<void> {
  console.log('\nWhat one ticket change writes (PutItem of the ticket item, ReturnConsumedCapacity INDEXES)');
  const longest = 'x'.repeat(10_000);
  for (const [label, description] of [['a typical ticket (the seeded one)', undefined], ['the largest form (10,000-character description)', longest]] as const) {
    const base = seededTicket({ number: '99999999', requester: customer.sub, at: new Date(epoch), assignee: 'agent-1' });
    const ticket = description ? { ...base, description: redact(description).text, subject: redact('s'.repeat(200)).text } : base;
    const bytes = Buffer.byteLength(JSON.stringify(ticketItem(ticket)));
    await writeUnits(db, ticketItem(ticket));
    const inPlace = await writeUnits(db, ticketItem({ ...ticket, version: ticket.version + 1 }));
    const moved = await writeUnits(db, ticketItem({ ...ticket, version: ticket.version + 2, phase: 'solved', status: 'resolved' }));
    console.log(`  ${label}: item about ${(bytes / 1024).toFixed(1)} KB (JSON)`);
    console.log(`    a change within its phase:   ${JSON.stringify(inPlace)}`);
    console.log(`    a change to another phase:   ${JSON.stringify(moved)} (the index deletes from one queue partition and writes to the other)`);
    const perChange = inPlace['queue'] ?? Number.NaN;
    console.log(`    one queue partition (1,000 write units/s) takes about ${Math.floor(1000 / perChange)} such changes per second`);
  }
}

const countFilters = ['', 'assignee=me', 'assignee=nobody', 'priority=critical'];

interface CountMeasurement {
  readonly label: string;
  readonly queries: number;
  readonly read: number;
  readonly capacity: number;
  readonly ms: number;
}

/** Median time and the Queries of one call, after a call that warms it. */
async function measureCount(label: string, call: () => Promise<unknown>): Promise<CountMeasurement> {
  await call();
  metered.take();
  const times: number[] = [];
  let readings: QueryReading[] = [];
  for (let run = 0; run < repeat; run++) {
    const started = performance.now();
    await call();
    times.push(performance.now() - started);
    readings = metered.take();
  }
  times.sort((a, b) => a - b);
  return {
    label,
    queries: readings.length,
    read: readings.reduce((sum, reading) => sum + reading.scanned, 0),
    capacity: readings.reduce((sum, reading) => sum + reading.capacityUnits, 0),
    ms: times[Math.floor(times.length / 2)] ?? Number.NaN,
  };
}

/**
 * The queue's counts at one size: each key-served filter through the use case (three phases, each
 * counted up to its bound), and the open phase counted without a bound, which is what an exact
 * count of everything would cost.
 */
async function measureCounts(deps: ReturnType<typeof ticketDepsOn>, step: (typeof steps)[number]): Promise<CountMeasurement[]> {
  const size = `${step.open.toLocaleString('en')} open`;
  const results: CountMeasurement[] = [];
  for (const filter of countFilters) {
    const request = Object.fromEntries(new URLSearchParams(filter));
    results.push(await measureCount(`${filter || '(none)'} @ ${size}`, () => countQueue(deps, me, request)));
  }
  results.push(await measureCount(`open phase, no bound @ ${size}`, () => countQueuePart(metered.store, { phase: 'open' }, 1_000_000_000)));
  return results;
}

function countTable(results: readonly CountMeasurement[], anchorMs: number): void {
  console.log(`\nThe queue's counts, GET /v1/agent/queue/counts (three phases, each up to 1,000), median of ${repeat}; the anchor is the unfiltered queue page at the same size (${anchorMs.toFixed(1)} ms at 10,000 open)`);
  const widths = [44, 8, 11, 11, 12];
  const row = (cells: readonly string[]) => console.log(cells.map((cell, index) => (index === 0 ? cell.padEnd(widths[0] ?? 0) : cell.padStart(widths[index] ?? 0))).join(' '));
  row(['filter @ size', 'Queries', 'items read', 'read units', 'ms (median)']);
  for (const m of results) row([m.label, String(m.queries), String(m.read), m.capacity.toFixed(1), m.ms.toFixed(1)]);
}

/**
 * What reading a page back costs now that every item is parsed with its schema: ticketFromItem
 * over a default page of seeded ticket items, beside the whole request it is part of (the anchor).
 */
function parseCostOfAPage(anchorMs: number): void {
  const page = Array.from({ length: 20 }, (_, index) => ticketItem(seededTicket({ number: String(90_000_000 + index), requester: customer.sub, at: new Date(epoch) })));
  const times: number[] = [];
  for (let run = 0; run < 1000; run++) {
    const started = performance.now();
    page.map(ticketFromItem);
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)] ?? Number.NaN;
  console.log(`\nReading a page of ${page.length} tickets back (ticketFromItem, median of ${times.length}): ${median.toFixed(3)} ms, within the unfiltered request's ${anchorMs.toFixed(1)} ms (the anchor, 10,000 open)`);
}

const dynamo = await startDynamoDb({ host: '127.0.0.1', port: await freePort(), dataDir: undefined });
const metered = meteredStore({ endpoint: dynamo.endpoint, region, table: tableName });
try {
  await createTable({ endpoint: dynamo.endpoint, region, tableName, table: system.table });
  const deps = ticketDepsOn(metered.store);
  const agentList: ListCall = async (query) => {
    const { limit, cursor, ...request } = agentQueueQuery.parse(query);
    return ticketPageResponse(200, 'agent', await listQueue(deps, me, request, limit, cursor)).body as { tickets: unknown[]; cursor: string | null };
  };
  const customerList: ListCall = async (query) => {
    const { limit, cursor, ...filters } = customerListQuery.parse(query);
    return ticketPageResponse(200, 'customer', await listMyTickets(deps, customer, filters, limit, cursor)).body as { tickets: unknown[]; cursor: string | null };
  };
  const agentResults = new Map<string, Measurement[]>();
  const customerResults = new Map<string, Measurement[]>();
  const countResults: CountMeasurement[] = [];
  for (const step of steps) {
    const started = performance.now();
    await growTo(metered.store, step);
    console.error(`seeded ${step.open} open tickets and ${step.own} of one customer in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    // DynamoDB Local's JVM answers the first requests slowly while it compiles: warm it before timing.
    if (step === steps[0]) for (let round = 0; round < 10; round++) for (const filter of agentFilters) await agentList(Object.fromEntries(new URLSearchParams(filter)));
    for (const filter of agentFilters) agentResults.set(filter, [...(agentResults.get(filter) ?? []), await measure(metered, agentList, filter)]);
    for (const filter of customerFilters) customerResults.set(filter, [...(customerResults.get(filter) ?? []), await measure(metered, customerList, filter)]);
    countResults.push(...(await measureCounts(deps, step)));
  }
  console.log(`List requests on DynamoDB Local (${dynamo.endpoint}), first page, default limit 20, median of ${repeat}; "to walk all" follows the cursor with limit 100.`);
  table("Agents' queue, GET /v1/agent/tickets (phase open)", agentFilters, (step) => `${step.open.toLocaleString('en')} open`, agentResults);
  table("A customer's tickets, GET /v1/tickets", customerFilters, (step) => `${step.own.toLocaleString('en')} own`, customerResults);
  parseCostOfAPage(agentResults.get('')?.at(-1)?.ms ?? Number.NaN);
  countTable(countResults, agentResults.get('')?.at(-1)?.ms ?? Number.NaN);
  const writer = new DynamoDBClient({ endpoint: dynamo.endpoint, region, credentials: localCredentials });
  await capacityOfOneChange(DynamoDBDocumentClient.from(writer)).finally(() => writer.destroy());
} finally {
  metered.destroy();
  await dynamo.stop();
}
