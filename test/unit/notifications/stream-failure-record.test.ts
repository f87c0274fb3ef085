import { describe, expect, it } from 'vitest';
import { streamOnFailureRecord } from '../../../infra/local/stream-failure-record';

describe('the local on-failure record of a stream batch', () => {
  it('has the shape Lambda sends: where the records are, not the records', () => {
    const failure = {
      consumer: 'notifier',
      records: [
        { dynamodb: { SequenceNumber: '100', ApproximateCreationDateTime: 1_893_456_000 } },
        { dynamodb: { SequenceNumber: '105', ApproximateCreationDateTime: 1_893_456_002 } },
      ],
      reason: 'Error: boom',
      streamArn: 'arn:aws:dynamodb:us-east-1:000000000000:table/t/stream/2030',
      shardId: 'shardId-1',
      attempts: 6,
      functionError: true,
    };

    const record = streamOnFailureRecord(failure, { functionArn: 'arn:aws:lambda:us-east-1:000000000000:function:notifier', requestId: 'r-1', now: new Date('2030-01-01T00:01:00.000Z') });

    expect(record).toEqual({
      requestContext: { requestId: 'r-1', functionArn: 'arn:aws:lambda:us-east-1:000000000000:function:notifier', condition: 'RetryAttemptsExhausted', approximateInvokeCount: 6 },
      responseContext: { statusCode: 200, executedVersion: '$LATEST', functionError: 'Unhandled' },
      version: '1.0',
      timestamp: '2030-01-01T00:01:00.000Z',
      DDBStreamBatchInfo: {
        shardId: 'shardId-1',
        startSequenceNumber: '100',
        endSequenceNumber: '105',
        approximateArrivalOfFirstRecord: '2030-01-01T00:00:00Z',
        approximateArrivalOfLastRecord: '2030-01-01T00:00:02Z',
        batchSize: 2,
        streamArn: 'arn:aws:dynamodb:us-east-1:000000000000:table/t/stream/2030',
      },
    });
    expect(streamOnFailureRecord({ ...failure, functionError: false }, { functionArn: 'f', requestId: 'r', now: new Date() }).responseContext).not.toHaveProperty('functionError');
  });
});
