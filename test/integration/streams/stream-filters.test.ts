import { randomUUID } from 'node:crypto';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, GetCommand, PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { notificationKey } from '../../../functions/data/items/notification';
import { ticketKey } from '../../../functions/data/items/ticket';
import { signIn } from '../../support/api';
import { until } from '../../support/eventually';
import { waitForEmail } from '../notifications/mailbox';
import { agentView, agentWrites, expectStatus, openTicket } from '../tickets/customer-steps';

/*
 * The fixtures `wakeNotifier` and `wakeWorkflowEvents` are the product's two stream consumers as
 * the system description maps them (batching, retries, filters), invoking a function that records
 * every record each invocation brings (test/fixtures/streams/functions/wake-recorder.ts). A record
 * they never received never woke the product's consumer either.
 */

const cloud = inject('localCloud');
const base = new DynamoDBClient({ endpoint: cloud.dynamodb, region: cloud.region, credentials: { accessKeyId: 'local', secretAccessKey: 'local' } });
const db = DynamoDBDocumentClient.from(base);
afterAll(() => base.destroy());

type Consumer = 'wakeNotifier' | 'wakeWorkflowEvents';

/** A record a consumer was invoked with: what it was. */
interface Wake {
  readonly eventName: string;
  readonly recordSk: string;
  readonly entity: string;
  readonly kind: string;
}

async function wakesOf(consumer: Consumer, pk: string): Promise<Wake[]> {
  const { Items = [] } = await db.send(
    new QueryCommand({ TableName: cloud.tableName, KeyConditionExpression: 'pk = :pk', ExpressionAttributeValues: { ':pk': `STREAMWAKE#${consumer}#${pk}` }, ConsistentRead: true }),
  );
  return Items.map((item) => ({ eventName: item['eventName'], recordSk: item['recordSk'], entity: item['entity'], kind: item['kind'] }));
}

/**
 * Waits until the consumer was invoked with an item written now: records of a shard come in
 * order, so by then it has been offered everything written before.
 */
async function caughtUp(consumer: Consumer): Promise<void> {
  const pk = `STREAMTEST#${consumer}#${randomUUID()}`;
  await db.send(new PutCommand({ TableName: cloud.tableName, Item: { pk, sk: 'ITEM' } }));
  await until(`${consumer} to be invoked with ${pk}`, () => wakesOf(consumer, pk), (wakes) => wakes.length > 0);
}

describe('the stream consumers’ filters, on the local poller', () => {
  it('wake no consumer for internal changes, ticket writes or the notifier’s ledger, and the notifier for a new ticket and a public reply', async () => {
    const [customer, agent] = await Promise.all([signIn(), signIn({ agent: true })]);
    const { number } = await openTicket(customer, 'general');
    await agentWrites(agent, number, { body: 'Internal: the customer is a VIP.', internal: true });
    expectStatus(await agent.request('PATCH', `/v1/agent/tickets/${number}`, { body: { priority: 'high', assignee: 'agent-7', reportStatus: 'report_in_progress' } }), 200);
    await agentWrites(agent, number, { body: 'We are on it.' });
    await waitForEmail(customer.email, 'New reply from support');
    const replyEvent = (await agentView(agent, number)).timeline.find((event) => event.kind === 'message' && !event.internal);
    const ledger = notificationKey(replyEvent.id, 'customer');
    await until(
      'the reply marked sent in the ledger',
      async () => (await db.send(new GetCommand({ TableName: cloud.tableName, Key: ledger, ConsistentRead: true }))).Item?.['state'],
      (state) => state === 'sent',
    );
    await Promise.all([caughtUp('wakeNotifier'), caughtUp('wakeWorkflowEvents')]);

    const ticketPartition = ticketKey(number).pk;
    expect(await wakesOf('wakeNotifier', ticketPartition)).toEqual([
      { eventName: 'INSERT', recordSk: expect.stringMatching(/^EVENT#/), entity: 'event', kind: 'created' },
      { eventName: 'INSERT', recordSk: expect.stringMatching(/^EVENT#/), entity: 'event', kind: 'message' },
    ]);
    expect(await wakesOf('wakeNotifier', ledger.pk)).toEqual([]);
    expect(await wakesOf('wakeWorkflowEvents', ticketPartition)).toEqual([]);
    expect(await wakesOf('wakeWorkflowEvents', ledger.pk)).toEqual([]);
  });

  it('wake the workflow starter once for a new withdrawal, and not for the status changes its workflow writes', async () => {
    const customer = await signIn();
    const { number } = await openTicket(customer, 'withdrawal');
    const ticketPartition = ticketKey(number).pk;
    // The workflow moves the ticket to In progress: a status change the notifier tells the customer.
    await waitForEmail(customer.email, ': In progress');
    await Promise.all([caughtUp('wakeNotifier'), caughtUp('wakeWorkflowEvents')]);

    expect(await wakesOf('wakeWorkflowEvents', ticketPartition)).toEqual([{ eventName: 'INSERT', recordSk: ticketKey(number).sk, entity: 'ticket', kind: '' }]);
    expect((await wakesOf('wakeNotifier', ticketPartition)).map((wake) => `${wake.entity} ${wake.kind}`)).toEqual(
      expect.arrayContaining(['event status']),
    );
    expect((await wakesOf('wakeNotifier', ticketPartition)).every((wake) => wake.eventName === 'INSERT' && wake.entity === 'event')).toBe(true);
  });
});
