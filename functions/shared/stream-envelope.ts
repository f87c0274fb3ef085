import type { AttributeValue, DynamoDBBatchResponse } from 'aws-lambda';
import * as z from 'zod/mini';

/*
 * Lambda's DynamoDB stream event, as the stream consumers read it: each record's name, sequence
 * number and images. The images stay DynamoDB JSON here; the item schemas of functions/data/ decode them.
 */

const attributeTypes = new Set(['S', 'N', 'B', 'BOOL', 'NULL', 'SS', 'NS', 'BS', 'L', 'M']);

/** One attribute of an image: an object with exactly one DynamoDB type key (`{ "S": "..." }`). */
function isAttributeValue(value: unknown): value is AttributeValue {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const keys = Object.keys(value);
  return keys.length === 1 && attributeTypes.has(keys[0]!);
}

const image = z.record(z.string(), z.custom<AttributeValue>(isAttributeValue, { message: 'Not a DynamoDB attribute value.' }));

const streamRecordSchema = z.object({
  eventID: z.optional(z.string()),
  eventName: z.enum(['INSERT', 'MODIFY', 'REMOVE']),
  dynamodb: z.object({
    SequenceNumber: z.string().check(z.minLength(1)),
    Keys: z.optional(image),
    NewImage: z.optional(image),
    OldImage: z.optional(image),
    ApproximateCreationDateTime: z.optional(z.number()),
  }),
});

/** A stream record once its envelope parsed: the fields Lambda's DynamoDBRecord names, checked. */
export type StreamRecord = z.output<typeof streamRecordSchema>;

/** Lambda's DynamoDB stream event: the records of one batch, in stream order. */
export const streamEventSchema = z.object({ Records: z.array(streamRecordSchema) });

/** What a stream consumer answers: the records to deliver again (ReportBatchItemFailures). */
export type StreamBatchResponse = DynamoDBBatchResponse;
