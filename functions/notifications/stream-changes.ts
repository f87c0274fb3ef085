import type { DynamoDBRecord } from 'aws-lambda';
import type { StreamImage } from '../data/stream-images';

/** One change of the table as the notifier needs it, whichever way it was read. */
export interface StreamChange {
  /** The record's sequence number: what a batch item failure names. */
  readonly sequenceNumber: string;
  readonly eventName: 'INSERT' | 'MODIFY' | 'REMOVE' | undefined;
  readonly newImage: StreamImage | undefined;
}

/** A record of Lambda's DynamoDB stream event as a change the notifier handles. */
export function changeOfLambdaRecord(record: DynamoDBRecord): StreamChange {
  return {
    sequenceNumber: record.dynamodb?.SequenceNumber ?? '',
    eventName: record.eventName,
    newImage: record.dynamodb?.NewImage,
  };
}
