import { randomUUID } from 'node:crypto';
import { DescribeTableCommand, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { BatchWriteCommand, DeleteCommand, DynamoDBDocumentClient, PutCommand, QueryCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { DynamoDBRecord } from 'aws-lambda';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { startStreamPoller, type StreamFailure } from '../../../infra/local/streams';
import { streamsFixtures } from '../../fixtures/streams/system';
import { until } from '../../support/eventually';
import { sharedCloudEnvironment, startTestFunctions } from '../../support/local-functions';

const cloud = inject('localCloud');
const credentials = { accessKeyId: 'local', secretAccessKey: 'local' };
const base = new DynamoDBClient({ endpoint: cloud.dynamodb, region: cloud.region, credentials });
const db = DynamoDBDocumentClient.from(base);
const run = randomUUID().slice(0, 8);

/** What the fixture consumer wrote for one delivery of one record. */
interface Receipt {
  readonly sequenceNumber: string;
  readonly delivery: number;
  readonly batchId: string;
  readonly batchSize: number;
  readonly batchIndex: number;
  readonly outcome: 'processed' | 'threw' | 'reported';
  /** How the invocation that brought it ended: thrown, with batchItemFailures, or a success. */
  readonly batchOutcome: 'threw' | 'reported' | 'succeeded';
  readonly record: string;
}

/** An item key the named fixture consumer watches, unique to this run. */
const itemKey = (consumer: string, name: string) => `STREAMTEST#${consumer}#${run}-${name}`;

async function receiptsOf(pk: string): Promise<Receipt[]> {
  const { Items } = await db.send(
    new QueryCommand({ TableName: cloud.tableName, KeyConditionExpression: 'pk = :pk', ExpressionAttributeValues: { ':pk': `STREAMRECEIPT#${pk}` }, ConsistentRead: true }),
  );
  return (Items ?? []) as Receipt[];
}

/**
 * Waits until the consumer succeeded with a batch holding a record written after everything
 * before it: records of a shard are delivered in order, so nothing earlier is left to retry.
 */
async function consumerCaughtUp(consumer: string): Promise<void> {
  const pk = itemKey(consumer, `sentinel-${randomUUID().slice(0, 4)}`);
  await db.send(new PutCommand({ TableName: cloud.tableName, Item: { pk, sk: 'ITEM' } }));
  await until('the consumer to see the records', () => receiptsOf(pk), (receipts) => receipts.some((receipt) => receipt.batchOutcome === 'succeeded'));
}

const put = (pk: string, attributes: Record<string, unknown> = {}) => ({ PutRequest: { Item: { pk, sk: 'ITEM', ...attributes } } });

afterAll(() => base.destroy());

describe('the stream poller of the local cloud', () => {
  it('delivers every change of an item in order, as a DynamoDB stream event with new and old images', async () => {
    const pk = itemKey('streamBatcher', 'changes');
    const key = { pk, sk: 'ITEM' };
    await db.send(new PutCommand({ TableName: cloud.tableName, Item: { ...key, status: 'OPEN' } }));
    await db.send(new UpdateCommand({ TableName: cloud.tableName, Key: key, UpdateExpression: 'SET #s = :s', ExpressionAttributeNames: { '#s': 'status' }, ExpressionAttributeValues: { ':s': 'PENDING' } }));
    await db.send(new UpdateCommand({ TableName: cloud.tableName, Key: key, UpdateExpression: 'SET #s = :s', ExpressionAttributeNames: { '#s': 'status' }, ExpressionAttributeValues: { ':s': 'SOLVED' } }));
    await db.send(new DeleteCommand({ TableName: cloud.tableName, Key: key }));

    const receipts = await until('the consumer to see the records', () => receiptsOf(pk), (found) => found.length >= 4);
    const records = receipts.map((receipt) => JSON.parse(receipt.record) as DynamoDBRecord);
    const { Table } = await base.send(new DescribeTableCommand({ TableName: cloud.tableName }));

    expect(records.map((record) => record.eventName)).toEqual(['INSERT', 'MODIFY', 'MODIFY', 'REMOVE']);
    expect(records.map((record) => record.dynamodb?.OldImage?.['status'])).toEqual([undefined, { S: 'OPEN' }, { S: 'PENDING' }, { S: 'SOLVED' }]);
    expect(records.map((record) => record.dynamodb?.NewImage?.['status'])).toEqual([{ S: 'OPEN' }, { S: 'PENDING' }, { S: 'SOLVED' }, undefined]);
    const sequence = records.map((record) => BigInt(record.dynamodb?.SequenceNumber ?? '0'));
    expect([...sequence].sort((a, b) => (a < b ? -1 : 1))).toEqual(sequence);
    expect(records[0]).toMatchObject({
      eventVersion: '1.1',
      eventSource: 'aws:dynamodb',
      awsRegion: cloud.region,
      eventSourceARN: Table?.LatestStreamArn,
      dynamodb: { Keys: { pk: { S: pk }, sk: { S: 'ITEM' } }, StreamViewType: 'NEW_AND_OLD_IMAGES', SizeBytes: expect.any(Number) },
    });
    expect(records[0]?.dynamodb?.ApproximateCreationDateTime).toBeCloseTo(Date.now() / 1000, -3);
  });

  it('delivers each record once, in batches of at most its batch size, when nothing fails', async () => {
    const pks = Array.from({ length: 7 }, (_, index) => itemKey('streamBatcher', `once-${index}`));
    await db.send(new BatchWriteCommand({ RequestItems: { [cloud.tableName]: pks.map((pk) => put(pk)) } }));
    await consumerCaughtUp('streamBatcher');

    const receipts = (await Promise.all(pks.map(receiptsOf))).flat();

    expect(receipts).toHaveLength(7);
    expect(receipts.every((receipt) => receipt.delivery === 1 && receipt.batchSize <= 3)).toBe(true);
  });

  it('retries a batch whose invocation fails until it succeeds, then never again', async () => {
    const pk = itemKey('streamRetrier', 'flaky');
    await db.send(new PutCommand({ TableName: cloud.tableName, Item: { pk, sk: 'ITEM', failTimes: 2 } }));
    await until('the consumer to see the records', () => receiptsOf(pk), (found) => found.some((receipt) => receipt.batchOutcome === 'succeeded'));
    await consumerCaughtUp('streamRetrier');

    const receipts = await receiptsOf(pk);

    expect(receipts.map((receipt) => [receipt.delivery, receipt.batchOutcome])).toEqual([
      [1, 'threw'],
      [2, 'threw'],
      [3, 'succeeded'],
    ]);
  });

  it('redelivers from the first record reported in batchItemFailures, not the ones before it', async () => {
    const [before, reported, after] = [itemKey('streamRetrier', 'partial-before'), itemKey('streamRetrier', 'partial-reported'), itemKey('streamRetrier', 'partial-after')];
    await db.send(
      new BatchWriteCommand({ RequestItems: { [cloud.tableName]: [put(before), put(reported, { reportFailTimes: 1 }), put(after)] } }),
    );
    await consumerCaughtUp('streamRetrier');

    const [beforeReceipts, reportedReceipts, afterReceipts] = await Promise.all([receiptsOf(before), receiptsOf(reported), receiptsOf(after)]);

    const [first, retry] = reportedReceipts;
    expect(reportedReceipts.map((receipt) => receipt.outcome)).toEqual(['reported', 'processed']);
    // Written together, the three came in one batch (the consumer gathers for a second).
    expect(beforeReceipts.map((receipt) => receipt.batchId)).toEqual([first?.batchId]);
    expect(afterReceipts.map((receipt) => receipt.batchId)).toEqual([first?.batchId, retry?.batchId]);
    expect(retry?.batchIndex).toBe(0);
  });

  it('stops retrying a record that keeps failing after its retry attempts, and goes on with the next ones', async () => {
    const [good, bad, next] = [itemKey('streamGiveUp', 'good'), itemKey('streamGiveUp', 'bad'), itemKey('streamGiveUp', 'next')];
    await db.send(new BatchWriteCommand({ RequestItems: { [cloud.tableName]: [put(good), put(bad, { failTimes: 99 }), put(next)] } }));
    await consumerCaughtUp('streamGiveUp');

    const [goodReceipts, badReceipts, nextReceipts] = await Promise.all([receiptsOf(good), receiptsOf(bad), receiptsOf(next)]);

    // Bisected down to the bad record, which is then tried alone once and retried once (retryAttempts: 1).
    expect(badReceipts.filter((receipt) => receipt.batchSize === 1)).toHaveLength(2);
    expect(badReceipts.every((receipt) => receipt.outcome === 'threw')).toBe(true);
    expect(goodReceipts.at(-1)?.batchOutcome).toBe('succeeded');
    expect(nextReceipts.at(-1)?.batchOutcome).toBe('succeeded');
  });
});

describe('a stream poller with an on-failure destination', () => {
  it('hands it the records of a batch given up on, with the reason', async () => {
    const name = 'streamOnFailure';
    const spec = { ...streamsFixtures.functions['streamGiveUp']!, description: 'on-failure test consumer' };
    const environment = sharedCloudEnvironment(name, spec);
    const consumer = await startTestFunctions({ [name]: { entry: spec.entry, environment, timeoutSeconds: 10, memoryMb: 256 } }, cloud.region);
    const failures: StreamFailure[] = [];
    const poller = await startStreamPoller({
      dynamodbEndpoint: cloud.dynamodb,
      region: cloud.region,
      tableName: cloud.tableName,
      consumers: [{ function: name, batchSize: 10, maxBatchingWindowSeconds: 0, bisectBatchOnError: false, retryAttempts: 1, reportBatchItemFailures: false }],
      functions: consumer.functions,
      // The shared table's stream already holds every other test's writes: start after them.
      startingPosition: 'LATEST',
      onFailure: (failure) => void failures.push(failure),
    });
    try {
      const pk = itemKey(name, 'doomed');
      await db.send(new PutCommand({ TableName: cloud.tableName, Item: { pk, sk: 'ITEM', failTimes: 99 } }));
      const keysGivenUp = () => failures.flatMap((failure) => failure.records.map((record) => record.dynamodb?.Keys?.['pk']?.S));

      await until('the consumer to see the records', async () => keysGivenUp(), (keys) => keys.includes(pk));

      const failure = failures.find((candidate) => candidate.records.some((record) => record.dynamodb?.Keys?.['pk']?.S === pk));
      expect(failure).toMatchObject({ consumer: name, attempts: 2, reason: expect.stringContaining('fails on purpose') });
      expect(await receiptsOf(pk)).toHaveLength(2);
    } finally {
      await poller.stop();
      await consumer.stop();
    }
  });
});
