import type { DynamoDBStreamsClient } from '@aws-sdk/client-dynamodb-streams';
import type { DynamoDBRecord } from 'aws-lambda';
import type { StreamConsumerSpec } from '../../system';
import type { InvokeOutcome, LocalFunctions } from '../functions';
import { judgeInvocation, nextStep, type NextStep, type RetryState } from './batch-rules';
import { recordFilter, type RecordFilter } from './event-filter';
import { toLambdaRecord } from './lambda-event';
import { listShards, shardsReadyToStart } from './shard-lineage';
import { ShardReader, type StartingPosition } from './shard-reader';

/** Records a mapping gave up on, as its on-failure destination receives them. */
export interface StreamFailure {
  /** The consumer's function name. */
  readonly consumer: string;
  readonly records: DynamoDBRecord[];
  readonly reason: string;
  readonly streamArn: string;
  readonly shardId: string;
  /** Failed invocations counted against the consumer's retry attempts. */
  readonly attempts: number;
  /** Whether the last attempt ended in a function error (rather than records reported as failed). */
  readonly functionError: boolean;
}

/** What every mapping of one poller shares. */
export interface MappingContext {
  readonly client: DynamoDBStreamsClient;
  readonly streamArn: string;
  readonly region: string;
  readonly functions: Pick<LocalFunctions, 'invoke'>;
  readonly pollIntervalMs: number;
  readonly startingPosition: StartingPosition;
  readonly onFailure: (failure: StreamFailure) => Promise<void> | void;
  readonly log: (line: string) => void;
  readonly stopSignal: AbortSignal;
}

/** How often a mapping looks for new shards while none of its shards has finished. */
const discoveryIntervalMs = 1000;
/** The longest wait between retries of a failing batch. */
const maxRetryDelayMs = 5000;

/** Waits `ms`, or less when the signal aborts; leaves no timer behind. */
function pause(ms: number, ...signals: AbortSignal[]): Promise<void> {
  return new Promise((resolve) => {
    if (signals.some((signal) => signal.aborted)) return resolve();
    const done = () => {
      clearTimeout(timer);
      for (const signal of signals) signal.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    for (const signal of signals) signal.addEventListener('abort', done, { once: true });
  });
}

function describeError(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}

/**
 * One stream consumer as Lambda's event source mapping runs it: its own position in every shard,
 * shards read parent before child, records that match none of its filters passed over, one batch
 * in flight per shard, retries and on-failure as configured. A consumer that keeps failing holds
 * back only its own shards.
 */
export class ConsumerMapping {
  private readonly delivers: RecordFilter;
  private readonly started = new Set<string>();
  private readonly finished = new Set<string>();
  private lastError: string | undefined;
  private readonly positioned = Promise.withResolvers<void>();

  /** Settles once the mapping holds its starting position in the shards that existed at start. */
  get ready(): Promise<void> {
    return this.positioned.promise;
  }

  /** @throws Error when a filter of the consumer is not one Lambda's filter syntax (as applied locally) allows. */
  constructor(
    private readonly consumer: StreamConsumerSpec,
    private readonly context: MappingContext,
  ) {
    this.delivers = recordFilter(consumer.filters, `stream consumer ${consumer.function} filters`);
  }

  /** Runs until the stop signal aborts, then waits for its shard loops to end. */
  async run(): Promise<void> {
    const { stopSignal, startingPosition } = this.context;
    const loops: Promise<void>[] = [];
    let shardFinished = new AbortController();
    let firstListing = true;
    while (!stopSignal.aborted) {
      try {
        const shards = await listShards(this.context.client, this.context.streamArn, stopSignal);
        if (firstListing && startingPosition === 'LATEST') {
          for (const shard of shards.filter((candidate) => candidate.closed)) {
            this.started.add(shard.shardId);
            this.finished.add(shard.shardId);
          }
        }
        for (const shard of shardsReadyToStart(shards, this.started, this.finished)) {
          this.started.add(shard.shardId);
          // Shards that appear later are new: all their records are after the mapping began.
          const position = firstListing ? startingPosition : 'TRIM_HORIZON';
          const reader = new ShardReader(this.context.client, this.context.streamArn, shard.shardId, position);
          if (firstListing) await reader.open(stopSignal).catch(() => undefined);
          loops.push(
            this.runShard(reader).then(
              () => {
                this.finished.add(shard.shardId);
                shardFinished.abort();
              },
              // Its children stay unread: starting them would deliver records out of order.
              (error: unknown) => this.context.log(`stream consumer ${this.consumer.function}: shard ${shard.shardId} stopped: ${describeError(error)}`),
            ),
          );
        }
        firstListing = false;
      } catch (error) {
        if (!stopSignal.aborted) this.logOnce(`cannot list the stream's shards: ${describeError(error)}`);
      }
      this.positioned.resolve();
      await pause(discoveryIntervalMs, stopSignal, shardFinished.signal);
      if (shardFinished.signal.aborted) shardFinished = new AbortController();
    }
    this.positioned.resolve();
    await Promise.all(loops);
  }

  private async runShard(reader: ShardReader): Promise<void> {
    const { stopSignal, pollIntervalMs } = this.context;
    const { batchSize } = this.consumer;
    const windowMs = this.consumer.maxBatchingWindowSeconds * 1000;
    const source = { region: this.context.region, streamArn: this.context.streamArn };
    let pending: DynamoDBRecord[] = [];
    let gatheringSince = 0;
    let retry: RetryState | undefined;

    while (!stopSignal.aborted) {
      let readSome = false;
      if (retry === undefined && pending.length < batchSize && !reader.ended) {
        try {
          // As Lambda does, each record is filtered as it is read, before it joins a batch: one that
          // matches no filter is passed over and never invokes the function.
          const read = await reader.read(stopSignal);
          const fresh = read.map((record) => toLambdaRecord(record, source)).filter(this.delivers);
          if (fresh.length > 0 && pending.length === 0) gatheringSince = Date.now();
          pending = pending.concat(fresh);
          readSome = read.length > 0;
        } catch (error) {
          if (stopSignal.aborted) return;
          this.logOnce(`cannot read shard ${reader.shardId}: ${describeError(error)}`);
          await pause(pollIntervalMs, stopSignal);
          continue;
        }
      }
      if (pending.length === 0) {
        if (reader.ended) return;
        // Records read and all passed over: read on at once, there may be more behind them.
        if (!readSome) await pause(pollIntervalMs, stopSignal);
        continue;
      }
      const waited = Date.now() - gatheringSince;
      const due = retry !== undefined || pending.length >= batchSize || reader.ended || waited >= windowMs;
      if (!due) {
        if (!readSome) await pause(Math.min(pollIntervalMs, windowMs - waited), stopSignal);
        continue;
      }

      const size = retry?.size ?? Math.min(pending.length, batchSize);
      const step = await this.deliver(reader.shardId, pending, size, retry);
      // After stop nothing is checkpointed: the batch is abandoned, as a poller that dies would.
      if (step === undefined) return;
      pending = pending.slice(step.advance + step.discard);
      if (step.retry) await pause(this.retryDelay(step.retry, retry), stopSignal);
      retry = step.retry;
    }
  }

  /** Invokes the function with the first `size` pending records and settles the outcome. */
  private async deliver(shardId: string, pending: DynamoDBRecord[], size: number, retry: RetryState | undefined): Promise<NextStep | undefined> {
    const batch = pending.slice(0, size);
    const outcome = await this.invoke(batch);
    if (this.context.stopSignal.aborted) return undefined;
    const verdict = judgeInvocation(outcome, batch, this.consumer.reportBatchItemFailures);
    const step = nextStep(verdict, size, retry, this.consumer);
    if (verdict.kind === 'succeeded') return step;
    this.context.log(`stream consumer ${this.consumer.function}: a batch of ${size} record(s) failed: ${verdict.reason}`);
    if (step.discard > 0) await this.giveUp(shardId, pending.slice(step.advance, step.advance + step.discard), verdict.reason, step.attempts, !outcome.ok);
    return step;
  }

  private async invoke(batch: DynamoDBRecord[]): Promise<InvokeOutcome> {
    try {
      return await this.context.functions.invoke(this.consumer.function, { Records: batch });
    } catch (error) {
      return { ok: false, error: { errorType: 'Lambda.ServiceException', errorMessage: describeError(error), trace: [] } };
    }
  }

  private async giveUp(shardId: string, records: DynamoDBRecord[], reason: string, attempts: number, functionError: boolean): Promise<void> {
    const first = records[0]?.dynamodb?.SequenceNumber;
    const last = records.at(-1)?.dynamodb?.SequenceNumber;
    this.context.log(
      `stream consumer ${this.consumer.function}: gave up on ${records.length} record(s) of shard ${shardId} ` +
        `(sequence numbers ${first} to ${last}) after ${attempts} failed attempt(s); sent to on-failure: ${reason}`,
    );
    try {
      await this.context.onFailure({ consumer: this.consumer.function, records, reason, streamArn: this.context.streamArn, shardId, attempts, functionError });
    } catch (error) {
      this.context.log(`stream consumer ${this.consumer.function}: the on-failure destination failed: ${describeError(error)}`);
    }
  }

  /**
   * A half split off a batch, or the batch after one given up on, is tried at once; a retry backs
   * off as Lambda's do, though within seconds locally.
   */
  private retryDelay(next: RetryState, previous: RetryState | undefined): number {
    if (next.retriesUsed <= (previous?.retriesUsed ?? 0)) return 0;
    return Math.min(this.context.pollIntervalMs * 2 ** (next.retriesUsed - 1), maxRetryDelayMs);
  }

  private logOnce(line: string): void {
    if (line === this.lastError) return;
    this.lastError = line;
    this.context.log(`stream consumer ${this.consumer.function}: ${line}`);
  }
}
