import type { StreamFailure } from './streams';

/**
 * What Lambda sends to a DynamoDB stream event source mapping's on-failure destination when it
 * gives up on a batch: not the records, but where they are in the stream (shard and sequence
 * numbers), valid while the stream keeps them (24 hours).
 */
export interface StreamOnFailureRecord {
  readonly requestContext: {
    readonly requestId: string;
    readonly functionArn: string;
    readonly condition: 'RetryAttemptsExhausted';
    readonly approximateInvokeCount: number;
  };
  readonly responseContext: { readonly statusCode: number; readonly executedVersion: string; readonly functionError?: 'Unhandled' };
  readonly version: '1.0';
  readonly timestamp: string;
  readonly DDBStreamBatchInfo: {
    readonly shardId: string;
    readonly startSequenceNumber: string;
    readonly endSequenceNumber: string;
    readonly approximateArrivalOfFirstRecord: string;
    readonly approximateArrivalOfLastRecord: string;
    readonly batchSize: number;
    readonly streamArn: string;
  };
}

function arrival(epochSeconds: number | undefined, fallback: Date): string {
  return (epochSeconds === undefined ? fallback : new Date(epochSeconds * 1000)).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/**
 * The record Lambda would send for a batch the local stream poller gave up on. A batch given up
 * after function errors carries `functionError: "Unhandled"`; one whose records the function kept
 * reporting in batchItemFailures does not.
 */
export function streamOnFailureRecord(failure: StreamFailure, context: { functionArn: string; requestId: string; now: Date }): StreamOnFailureRecord {
  const first = failure.records[0]?.dynamodb;
  const last = failure.records.at(-1)?.dynamodb;
  return {
    requestContext: {
      requestId: context.requestId,
      functionArn: context.functionArn,
      condition: 'RetryAttemptsExhausted',
      approximateInvokeCount: failure.attempts,
    },
    responseContext: { statusCode: 200, executedVersion: '$LATEST', ...(failure.functionError ? { functionError: 'Unhandled' as const } : {}) },
    version: '1.0',
    timestamp: context.now.toISOString(),
    DDBStreamBatchInfo: {
      shardId: failure.shardId,
      startSequenceNumber: first?.SequenceNumber ?? '',
      endSequenceNumber: last?.SequenceNumber ?? '',
      approximateArrivalOfFirstRecord: arrival(first?.ApproximateCreationDateTime, context.now),
      approximateArrivalOfLastRecord: arrival(last?.ApproximateCreationDateTime, context.now),
      batchSize: failure.records.length,
      streamArn: failure.streamArn,
    },
  };
}
