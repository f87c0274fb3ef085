import { Duration, Validations } from 'aws-cdk-lib';
import type { ITable } from 'aws-cdk-lib/aws-dynamodb';
import { SqsDlq, DynamoEventSource } from 'aws-cdk-lib/aws-lambda-event-sources';
import { FilterCriteria, StartingPosition } from 'aws-cdk-lib/aws-lambda';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import { Queue, QueueEncryption } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import type { StreamConsumerSpec } from '../system';

/** What the stream consumers are built from. */
export interface StreamConsumersProps {
  readonly consumers: readonly StreamConsumerSpec[];
  readonly table: ITable;
  readonly functionOf: (name: string) => IFunction;
}

/**
 * One event source mapping from the table's stream per consumer, with the consumer's filters (the
 * same patterns the local poller applies), each with its own on-failure queue: a batch that still
 * fails after its retries is recorded there (shard and sequence numbers) instead of blocking the
 * shard or vanishing.
 */
export class StreamConsumers extends Construct {
  /** The on-failure queue of each consumer, by function name. */
  readonly failureQueues: ReadonlyMap<string, Queue>;

  constructor(scope: Construct, id: string, props: StreamConsumersProps) {
    super(scope, id);
    const queues = new Map<string, Queue>();
    for (const consumer of props.consumers) {
      const queue = failureQueue(this, `${consumer.function}Failures`);
      props.functionOf(consumer.function).addEventSource(
        new DynamoEventSource(props.table, {
          startingPosition: StartingPosition.LATEST,
          batchSize: consumer.batchSize,
          maxBatchingWindow: Duration.seconds(consumer.maxBatchingWindowSeconds),
          bisectBatchOnError: consumer.bisectBatchOnError,
          retryAttempts: consumer.retryAttempts,
          reportBatchItemFailures: consumer.reportBatchItemFailures,
          onFailure: new SqsDlq(queue),
          ...(consumer.filters?.length ? { filters: consumer.filters.map((pattern) => FilterCriteria.filter(pattern)) } : {}),
        }),
      );
      queues.set(consumer.function, queue);
    }
    this.failureQueues = queues;
  }
}

function failureQueue(scope: Construct, id: string): Queue {
  const queue = new Queue(scope, id, {
    encryption: QueueEncryption.SQS_MANAGED,
    enforceSSL: true,
    retentionPeriod: Duration.days(14),
  });
  const reason = 'This queue is itself the on-failure destination of a stream consumer; nothing consumes it automatically.';
  Validations.of(queue).acknowledge({ id: 'AwsSolutions-SQS3', reason }, { id: 'Serverless-SQSRedrivePolicy', reason });
  return queue;
}
