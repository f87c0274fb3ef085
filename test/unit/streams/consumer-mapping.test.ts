import {
  DescribeStreamCommand,
  GetRecordsCommand,
  GetShardIteratorCommand,
  type DynamoDBStreamsClient,
  type _Record as SdkStreamRecord,
} from '@aws-sdk/client-dynamodb-streams';
import type { DynamoDBStreamEvent } from 'aws-lambda';
import { afterEach, describe, expect, it } from 'vitest';
import type { StreamConsumerSpec } from '../../../infra/system';
import type { InvokeOutcome } from '../../../infra/local/functions';
import { ConsumerMapping, type MappingContext, type StreamFailure } from '../../../infra/local/streams/consumer-mapping';
import { hangAfterMs } from '../../support/eventually';

/** DynamoDB Streams in memory, speaking the three calls a mapping makes (outside our code). */
class FakeStreams {
  private readonly shards: { id: string; parent?: string; records: SdkStreamRecord[]; closed: boolean }[] = [];
  private sequence = 0;

  addShard(id: string, parent?: string): void {
    this.shards.push({ id, parent, records: [], closed: false });
  }

  write(shardId: string, key: string): void {
    const shard = this.shards.find((candidate) => candidate.id === shardId);
    if (!shard) throw new Error(shardId);
    this.sequence += 1;
    shard.records.push({ eventID: `e${this.sequence}`, eventName: 'INSERT', dynamodb: { Keys: { pk: { S: key } }, SequenceNumber: String(this.sequence).padStart(5, '0') } });
  }

  close(shardId: string): void {
    const shard = this.shards.find((candidate) => candidate.id === shardId);
    if (shard) shard.closed = true;
  }

  readonly client = {
    send: async (command: unknown): Promise<unknown> => {
      if (command instanceof DescribeStreamCommand) {
        return {
          StreamDescription: {
            Shards: this.shards.map((shard) => ({
              ShardId: shard.id,
              ParentShardId: shard.parent,
              SequenceNumberRange: { StartingSequenceNumber: '0', ...(shard.closed ? { EndingSequenceNumber: '9' } : {}) },
            })),
          },
        };
      }
      if (command instanceof GetShardIteratorCommand) {
        const { ShardId, ShardIteratorType, SequenceNumber } = command.input;
        const shard = this.shards.find((candidate) => candidate.id === ShardId);
        if (!shard) throw new Error(`no shard ${ShardId}`);
        const position =
          ShardIteratorType === 'TRIM_HORIZON'
            ? 0
            : ShardIteratorType === 'LATEST'
              ? shard.records.length
              : shard.records.findIndex((record) => record.dynamodb?.SequenceNumber === SequenceNumber) + 1;
        return { ShardIterator: `${shard.id}|${position}` };
      }
      if (command instanceof GetRecordsCommand) {
        const [id, at] = (command.input.ShardIterator ?? '').split('|');
        const shard = this.shards.find((candidate) => candidate.id === id);
        if (!shard) throw new Error(`no shard ${id}`);
        const records = shard.records.slice(Number(at), Number(at) + (command.input.Limit ?? 1000));
        const next = Number(at) + records.length;
        const ended = shard.closed && next >= shard.records.length;
        return { Records: records, NextShardIterator: ended ? undefined : `${shard.id}|${next}` };
      }
      throw new Error(`unexpected command ${String(command)}`);
    },
  };
}

const consumer = (name: string, overrides: Partial<StreamConsumerSpec> = {}): StreamConsumerSpec => ({
  function: name,
  batchSize: 10,
  maxBatchingWindowSeconds: 0,
  bisectBatchOnError: false,
  retryAttempts: -1,
  reportBatchItemFailures: false,
  ...overrides,
});

const running: { stop: AbortController; done: Promise<void> }[] = [];

function startMappings(
  streams: FakeStreams,
  consumers: StreamConsumerSpec[],
  invoke: (name: string, event: DynamoDBStreamEvent) => InvokeOutcome,
  pollIntervalMs = 5,
) {
  const stop = new AbortController();
  const failures: StreamFailure[] = [];
  const context: MappingContext = {
    client: streams.client as unknown as DynamoDBStreamsClient,
    streamArn: 'arn:aws:dynamodb:us-east-1:000000000000:table/t/stream/x',
    region: 'us-east-1',
    functions: { invoke: async (name, event) => invoke(name, event as DynamoDBStreamEvent) },
    pollIntervalMs,
    startingPosition: 'TRIM_HORIZON',
    onFailure: (failure) => void failures.push(failure),
    log: () => {},
    stopSignal: stop.signal,
  };
  const done = Promise.all(consumers.map((spec) => new ConsumerMapping(spec, context).run())).then(() => {});
  running.push({ stop, done });
  return { failures, stop: async () => (stop.abort(), done) };
}

async function until(condition: () => boolean): Promise<void> {
  const deadline = Date.now() + hangAfterMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('condition not met: the consumer hangs');
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

const keysOf = (event: DynamoDBStreamEvent) => event.Records.map((record) => record.dynamodb?.Keys?.['pk']?.S);

afterEach(async () => {
  for (const { stop, done } of running.splice(0)) {
    stop.abort();
    await done;
  }
});

describe('a stream consumer reading shards', () => {
  it("reads a parent shard to its end before its children, and shards created later from their start", async () => {
    const streams = new FakeStreams();
    streams.addShard('child', 'parent');
    streams.addShard('parent');
    streams.write('parent', 'a1');
    streams.write('parent', 'a2');
    streams.close('parent');
    streams.write('child', 'a3');
    const batches: (string | undefined)[][] = [];
    startMappings(streams, [consumer('reader')], (_name, event) => (batches.push(keysOf(event)), { ok: true, payload: null }));

    await until(() => batches.flat().length === 3);
    streams.close('child');
    streams.addShard('grandchild', 'child');
    streams.write('grandchild', 'a4');
    await until(() => batches.flat().length === 4);

    expect(batches).toEqual([['a1', 'a2'], ['a3'], ['a4']]);
  });

  it('keeps delivering to one consumer while another retries a failing batch', async () => {
    const streams = new FakeStreams();
    streams.addShard('only');
    const delivered: (string | undefined)[] = [];
    let failedAttempts = 0;
    startMappings(streams, [consumer('broken'), consumer('healthy')], (name, event) => {
      if (name === 'broken') return (failedAttempts++, { ok: false, error: { errorType: 'Error', errorMessage: 'down', trace: [] } });
      delivered.push(...keysOf(event));
      return { ok: true, payload: null };
    });

    streams.write('only', 'b1');
    await until(() => delivered.length === 1 && failedAttempts >= 2);
    streams.write('only', 'b2');
    await until(() => delivered.length === 2);

    expect(delivered).toEqual(['b1', 'b2']);
  });

  it('hands the records to on-failure after the last retry and goes on with the next ones', async () => {
    const streams = new FakeStreams();
    streams.addShard('only');
    streams.write('only', 'bad');
    streams.write('only', 'good');
    const delivered: (string | undefined)[] = [];
    const { failures } = startMappings(streams, [consumer('picky', { retryAttempts: 1, bisectBatchOnError: true })], (_name, event) => {
      if (keysOf(event).includes('bad')) return { ok: false, error: { errorType: 'Error', errorMessage: 'bad record', trace: [] } };
      delivered.push(...keysOf(event));
      return { ok: true, payload: null };
    });

    await until(() => delivered.length === 1);

    expect(delivered).toEqual(['good']);
    expect(failures).toHaveLength(1);
    expect(failures[0]).toMatchObject({ consumer: 'picky', reason: 'Error: bad record', shardId: 'only', attempts: 2 });
    expect(failures[0]?.records.map((record) => record.dynamodb?.Keys?.['pk']?.S)).toEqual(['bad']);
  });

  it('stops promptly while a consumer is backing off between retries', async () => {
    const streams = new FakeStreams();
    streams.addShard('only');
    streams.write('only', 'c1');
    let attempts = 0;
    const fail = (): InvokeOutcome => (attempts++, { ok: false, error: { errorType: 'Error', errorMessage: 'down', trace: [] } });
    // With a 10-minute poll interval the first retry would wait far past the test's own timeout:
    // stop() settling at all shows it does not wait for the back-off.
    const mappings = startMappings(streams, [consumer('broken')], fail, 600_000);
    await until(() => attempts >= 1);

    await mappings.stop();

    expect(attempts).toBe(1);
  });
});
