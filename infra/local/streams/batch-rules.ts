import type { DynamoDBRecord } from 'aws-lambda';
import type { InvokeOutcome } from '../functions';

/** How an invocation went, as the event source mapping judges it. */
export type BatchVerdict =
  | { readonly kind: 'succeeded' }
  | { readonly kind: 'failed'; readonly reason: string }
  /** The records before `firstFailed` (an index into the batch) are done; the rest are to retry. */
  | { readonly kind: 'partlyFailed'; readonly firstFailed: number; readonly reason: string };

/** The parts of a mapping's configuration that decide what happens after an invocation. */
export interface RetryPolicy {
  readonly bisectBatchOnError: boolean;
  /** Retries of a failing batch before it is given up; negative means until it succeeds. */
  readonly retryAttempts: number;
  readonly reportBatchItemFailures: boolean;
}

/** A run of pending records to invoke as one batch, and the retries it has used. */
export interface Segment {
  readonly size: number;
  readonly retriesUsed: number;
}

/**
 * A batch being retried, and the halves split off it (in stream order) that follow it as batches
 * of their own once it is settled.
 */
export interface RetryState extends Segment {
  readonly following: readonly Segment[];
}

/** What the mapping does next: checkpoint past `advance` records, then discard, retry or read on. */
export interface NextStep {
  readonly advance: number;
  /** How many records after the advanced ones go to the on-failure destination, then past. */
  readonly discard: number;
  /** Failed attempts counted against the retry quota, when records are discarded. */
  readonly attempts: number;
  readonly retry: RetryState | undefined;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Judges an invocation as Lambda does for a stream. A function error fails the whole batch. With
 * ReportBatchItemFailures, a null or empty response or an empty `batchItemFailures` list is
 * success; otherwise every `itemIdentifier` must be the SequenceNumber of a record of the batch
 * (an empty, null, mistyped or unknown one fails the whole batch), and the lowest one is where the
 * retry starts. Without ReportBatchItemFailures the response is ignored.
 */
export function judgeInvocation(outcome: InvokeOutcome, batch: readonly DynamoDBRecord[], reportBatchItemFailures: boolean): BatchVerdict {
  if (!outcome.ok) return { kind: 'failed', reason: `${outcome.error.errorType}: ${outcome.error.errorMessage}` };
  if (!reportBatchItemFailures) return { kind: 'succeeded' };
  const response = outcome.payload;
  if (response === null || response === undefined) return { kind: 'succeeded' };
  if (!isRecord(response)) return { kind: 'failed', reason: 'the function returned a response that is not a batch item failure report' };
  const failures = response['batchItemFailures'];
  if (failures === null || failures === undefined) return { kind: 'succeeded' };
  if (!Array.isArray(failures)) return { kind: 'failed', reason: 'batchItemFailures is not a list' };
  if (failures.length === 0) return { kind: 'succeeded' };
  const positions = new Map(batch.map((record, index) => [record.dynamodb?.SequenceNumber, index]));
  let firstFailed = batch.length;
  for (const failure of failures) {
    const identifier = isRecord(failure) ? failure['itemIdentifier'] : undefined;
    const index = typeof identifier === 'string' && identifier !== '' ? positions.get(identifier) : undefined;
    if (index === undefined) {
      return { kind: 'failed', reason: `batchItemFailures names ${JSON.stringify(failure)}, which is no sequence number of the batch` };
    }
    firstFailed = Math.min(firstFailed, index);
  }
  const identifier = batch[firstFailed]?.dynamodb?.SequenceNumber ?? '?';
  return { kind: 'partlyFailed', firstFailed, reason: `the function reported record ${identifier} as failed` };
}

function settle(advance: number, discard: number, attempts: number, following: readonly Segment[]): NextStep {
  const [next, ...rest] = following;
  return { advance, discard, attempts, retry: next ? { ...next, following: rest } : undefined };
}

/**
 * Decides what follows an invocation of a batch of `size` records. Success checkpoints past the
 * batch. A partial failure checkpoints before the lowest failed record and retries the rest of the
 * batch, using a retry. A function error on a batch of two or more with BisectBatchOnFunctionError
 * retries its two halves as batches of their own, first one then the other; splitting uses no
 * retry, as AWS documents, so a bad record is cornered before its own retries run out. Otherwise a
 * failure uses a retry, and once more retries than `retryAttempts` have failed the records go to
 * the on-failure destination. Halves split off earlier come next, before any new records.
 */
export function nextStep(verdict: BatchVerdict, size: number, retry: RetryState | undefined, policy: RetryPolicy): NextStep {
  const retriesUsed = retry?.retriesUsed ?? 0;
  const following = retry?.following ?? [];
  const exhausted = (used: number) => policy.retryAttempts >= 0 && used > policy.retryAttempts;
  switch (verdict.kind) {
    case 'succeeded':
      return settle(size, 0, 0, following);
    case 'partlyFailed': {
      const rest = size - verdict.firstFailed;
      const used = retriesUsed + 1;
      if (exhausted(used)) return settle(verdict.firstFailed, rest, used, following);
      return { advance: verdict.firstFailed, discard: 0, attempts: used, retry: { size: rest, retriesUsed: used, following } };
    }
    case 'failed': {
      if (policy.bisectBatchOnError && size > 1) {
        const first = Math.ceil(size / 2);
        return { advance: 0, discard: 0, attempts: retriesUsed, retry: { size: first, retriesUsed, following: [{ size: size - first, retriesUsed }, ...following] } };
      }
      const used = retriesUsed + 1;
      if (exhausted(used)) return settle(0, size, used, following);
      return { advance: 0, discard: 0, attempts: used, retry: { size, retriesUsed: used, following } };
    }
  }
}
