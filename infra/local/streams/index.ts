import { DescribeTableCommand, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBStreamsClient } from '@aws-sdk/client-dynamodb-streams';
import type { StreamConsumerSpec } from '../../system';
import { localCredentials } from '../credentials';
import type { LocalFunctions } from '../functions';
import { ConsumerMapping, type StreamFailure } from './consumer-mapping';
import type { StartingPosition } from './shard-reader';

export type { StreamFailure } from './consumer-mapping';
export type { StartingPosition } from './shard-reader';

/** What startStreamPoller needs. */
export interface StreamPollerOptions {
  readonly dynamodbEndpoint: string;
  readonly region: string;
  readonly tableName: string;
  readonly consumers: readonly StreamConsumerSpec[];
  readonly functions: Pick<LocalFunctions, 'invoke'>;
  /** How often an idle shard is read again; 250 ms when absent. */
  readonly pollIntervalMs?: number;
  /**
   * Where the shards that exist at start are read from. TRIM_HORIZON (the default) fits a table
   * created just before the poller: AWS starts a new mapping at LATEST, but locally the table is
   * written to (by `start` or a test) between its creation and the poller's start, and those
   * records must not be lost. LATEST fits a table kept from an earlier run (--data-dir), whose
   * old records the consumers already saw then.
   */
  readonly startingPosition?: StartingPosition;
  /** Lambda's on-failure destination: receives the records of a batch given up on. */
  readonly onFailure?: (failure: StreamFailure) => Promise<void> | void;
  readonly log?: (line: string) => void;
}

/** A running stream poller. */
export interface StreamPoller {
  /** Ends every loop and clears its timers; waits a moment for in-flight invocations, then abandons them. */
  stop(): Promise<void>;
}

/** How long stop() waits for in-flight invocations before abandoning them. */
const stopGraceMs = 2000;

async function latestStreamArn(options: StreamPollerOptions): Promise<string> {
  const client = new DynamoDBClient({ endpoint: options.dynamodbEndpoint, region: options.region, credentials: localCredentials });
  try {
    const { Table } = await client.send(new DescribeTableCommand({ TableName: options.tableName }));
    if (!Table?.LatestStreamArn || Table.StreamSpecification?.StreamEnabled === false) {
      throw new Error(`Table ${options.tableName} has no stream, so its stream consumers cannot run`);
    }
    return Table.LatestStreamArn;
  } finally {
    client.destroy();
  }
}

/**
 * Runs the table's stream consumers as Lambda's DynamoDB event source mappings do: each consumer
 * reads every shard on its own (parents before children, records in order), invokes its function
 * with DynamoDBStreamEvent batches of up to `batchSize` records gathered for up to
 * `maxBatchingWindowSeconds`, retries failed batches (bisecting them, honouring
 * batchItemFailures when configured), and after `retryAttempts` gives the records to `onFailure`
 * and moves past them. A batch that succeeded is never delivered again while the poller runs.
 * With no consumers it does nothing.
 * @throws Error when the table does not exist or has no stream.
 */
export async function startStreamPoller(options: StreamPollerOptions): Promise<StreamPoller> {
  if (options.consumers.length === 0) return { stop: async () => {} };
  const log = options.log ?? (() => {});
  const streamArn = await latestStreamArn(options);
  const client = new DynamoDBStreamsClient({ endpoint: options.dynamodbEndpoint, region: options.region, credentials: localCredentials });
  const stopping = new AbortController();
  const context = {
    client,
    streamArn,
    region: options.region,
    functions: options.functions,
    pollIntervalMs: options.pollIntervalMs ?? 250,
    startingPosition: options.startingPosition ?? 'TRIM_HORIZON',
    onFailure: options.onFailure ?? (() => {}),
    log,
    stopSignal: stopping.signal,
  };
  const mappings = options.consumers.map((consumer) => new ConsumerMapping(consumer, context));
  const runs = mappings.map((mapping, index) =>
    mapping.run().catch((error: unknown) => {
      log(`stream consumer ${options.consumers[index]?.function} stopped on an error: ${error instanceof Error ? error.message : String(error)}`);
    }),
  );
  // Like an event source mapping that is Enabled, the poller is started once it holds its position.
  await Promise.all(mappings.map((mapping) => mapping.ready));
  log(`stream poller: ${options.consumers.map((consumer) => consumer.function).join(', ')} reading ${streamArn}`);

  let stopped: Promise<void> | undefined;
  return {
    stop: () => {
      stopped ??= (async () => {
        stopping.abort();
        let timer: NodeJS.Timeout | undefined;
        const grace = new Promise<void>((resolve) => (timer = setTimeout(resolve, stopGraceMs)));
        await Promise.race([Promise.all(runs), grace]);
        clearTimeout(timer);
        client.destroy();
      })();
      return stopped;
    },
  };
}
