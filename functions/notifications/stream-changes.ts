import type { DynamoDBRecord } from 'aws-lambda';
import type { StreamAttributeValue, StreamChange } from './stream-image';

/** A record of Lambda's DynamoDB stream event as a change the notifier handles. */
export function changeOfLambdaRecord(record: DynamoDBRecord): StreamChange {
  return {
    sequenceNumber: record.dynamodb?.SequenceNumber ?? '',
    eventName: record.eventName,
    newImage: record.dynamodb?.NewImage as Record<string, StreamAttributeValue> | undefined,
  };
}
