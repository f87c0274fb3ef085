import { GetRecordsCommand, GetShardIteratorCommand, type DynamoDBStreamsClient, type _Record as SdkStreamRecord } from '@aws-sdk/client-dynamodb-streams';
import { DeleteMessageCommand, ReceiveMessageCommand, type SQSClient } from '@aws-sdk/client-sqs';
import type { Notifier } from './notifier';
import type { StreamImage } from '../data/stream-images';
import type { StreamChange } from './stream-changes';

/*
 * Redrive: the notifier's on-failure queue holds, for each batch Lambda gave up on, where its
 * records are in the stream (Lambda's on-failure record, DDBStreamBatchInfo), not the records.
 * This reads them back from the stream, while it keeps them (24 hours), and hands them to the
 * notifier again. The ledger makes that safe: what was sent meanwhile is skipped, what was not is
 * sent once. A message is deleted only once every record of it is done.
 */

/** The part of Lambda's on-failure record that says where the batch is. */
interface BatchInfo {
  readonly shardId: string;
  readonly startSequenceNumber: string;
  readonly endSequenceNumber: string;
  readonly batchSize: number;
  readonly streamArn: string;
}

/** What a redrive needs: the queue, the stream and the notifier to hand the records to. */
export interface RedriveDeps {
  readonly sqs: SQSClient;
  readonly queueUrl: string;
  readonly streams: DynamoDBStreamsClient;
  readonly notifier: Notifier;
}

/** What a redrive did. */
export interface RedriveReport {
  /** On-failure records read from the queue. */
  readonly messages: number;
  /** Of those, the ones whose records are all done now; they were deleted from the queue. */
  readonly redriven: number;
  /** Why the others were left in the queue (they come back after their visibility timeout). */
  readonly problems: readonly string[];
}

/** How long a message being redriven stays hidden from another redrive. */
const visibilitySeconds = 120;
const maxPages = 200;

function batchInfoOf(body: string | undefined): BatchInfo {
  const parsed = JSON.parse(body ?? '') as { DDBStreamBatchInfo?: Partial<BatchInfo> };
  const info = parsed.DDBStreamBatchInfo;
  if (!info?.shardId || !info.startSequenceNumber || !info.endSequenceNumber || !info.streamArn) {
    throw new Error('the message is not a DynamoDB stream on-failure record (no DDBStreamBatchInfo)');
  }
  return info as BatchInfo;
}

function changeOfSdkRecord(record: SdkStreamRecord): StreamChange {
  return {
    sequenceNumber: record.dynamodb?.SequenceNumber ?? '',
    eventName: record.eventName,
    newImage: record.dynamodb?.NewImage as StreamImage | undefined,
  };
}

/**
 * The records of a batch, read from its shard from the first sequence number to the last.
 * @throws Error when none can be read any more (the stream trimmed them after 24 hours).
 */
export async function readBatch(streams: DynamoDBStreamsClient, info: BatchInfo): Promise<StreamChange[]> {
  const end = BigInt(info.endSequenceNumber);
  let { ShardIterator: iterator } = await streams.send(
    new GetShardIteratorCommand({ StreamArn: info.streamArn, ShardId: info.shardId, ShardIteratorType: 'AT_SEQUENCE_NUMBER', SequenceNumber: info.startSequenceNumber }),
  );
  const changes: StreamChange[] = [];
  for (let page = 0; iterator && page < maxPages; page++) {
    const { Records = [], NextShardIterator } = await streams.send(new GetRecordsCommand({ ShardIterator: iterator, Limit: 1000 }));
    for (const record of Records) {
      const sequence = BigInt(record.dynamodb?.SequenceNumber ?? '0');
      if (sequence > end) return changes;
      changes.push(changeOfSdkRecord(record));
      if (sequence === end) return changes;
    }
    iterator = NextShardIterator;
  }
  if (changes.length === 0) throw new Error(`the records of shard ${info.shardId} from ${info.startSequenceNumber} are no longer in the stream`);
  return changes;
}

/**
 * Redrives the notifier's on-failure queue once through: every message visible now is read, its
 * records handed to the notifier, and the message deleted when all of them are done.
 * @throws the SQS client's errors on receive or delete.
 */
export async function redriveNotificationFailures(deps: RedriveDeps, options: { readonly maxMessages?: number } = {}): Promise<RedriveReport> {
  const maxMessages = options.maxMessages ?? 1000;
  let messages = 0;
  let redriven = 0;
  const problems: string[] = [];
  while (messages < maxMessages) {
    const { Messages = [] } = await deps.sqs.send(
      new ReceiveMessageCommand({ QueueUrl: deps.queueUrl, MaxNumberOfMessages: Math.min(10, maxMessages - messages), VisibilityTimeout: visibilitySeconds, WaitTimeSeconds: 0 }),
    );
    if (Messages.length === 0) break;
    for (const message of Messages) {
      messages += 1;
      try {
        const changes = await readBatch(deps.streams, batchInfoOf(message.Body));
        const { failed } = await deps.notifier.process(changes);
        if (failed.length > 0) {
          problems.push(`message ${message.MessageId}: ${failed.length} of ${changes.length} record(s) could not be sent yet (${failed.join(', ')})`);
          continue;
        }
        await deps.sqs.send(new DeleteMessageCommand({ QueueUrl: deps.queueUrl, ReceiptHandle: message.ReceiptHandle }));
        redriven += 1;
      } catch (error) {
        problems.push(`message ${message.MessageId}: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
  }
  return { messages, redriven, problems };
}
