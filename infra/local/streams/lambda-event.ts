import type { AttributeValue as SdkAttributeValue, _Record as SdkStreamRecord } from '@aws-sdk/client-dynamodb-streams';
import type { AttributeValue, DynamoDBRecord } from 'aws-lambda';

/** Where a record came from, as Lambda names it in the event. */
export interface RecordSource {
  readonly region: string;
  readonly streamArn: string;
}

function base64(bytes: Uint8Array): string {
  return Buffer.from(bytes).toString('base64');
}

/**
 * One attribute value as it travels in JSON (and as Lambda hands it to a function): the SDK gives
 * binary values as bytes, the wire and Lambda's event as base64 text.
 * @throws Error for a value of a type DynamoDB does not have.
 */
export function toWireAttributeValue(value: SdkAttributeValue): AttributeValue {
  if (value.S !== undefined) return { S: value.S };
  if (value.N !== undefined) return { N: value.N };
  if (value.B !== undefined) return { B: base64(value.B) };
  if (value.BOOL !== undefined) return { BOOL: value.BOOL };
  if (value.NULL !== undefined) return { NULL: value.NULL };
  if (value.SS !== undefined) return { SS: [...value.SS] };
  if (value.NS !== undefined) return { NS: [...value.NS] };
  if (value.BS !== undefined) return { BS: value.BS.map(base64) };
  if (value.L !== undefined) return { L: value.L.map(toWireAttributeValue) };
  if (value.M !== undefined) return { M: toWireItem(value.M) };
  // DynamoDB Local writes an empty map into stream records as `{}` (GetItem answers {"M":{}}).
  if (Object.keys(value).length === 0) return { M: {} };
  throw new Error(`Unknown DynamoDB attribute value: ${JSON.stringify(value)}`);
}

/** An item (or key) in the wire shape. */
export function toWireItem(item: Record<string, SdkAttributeValue>): Record<string, AttributeValue> {
  return Object.fromEntries(Object.entries(item).map(([name, value]) => [name, toWireAttributeValue(value)]));
}

/**
 * A stream record as Lambda's event source mapping delivers it to a function: the JSON shape of
 * DynamoDBStreamEvent (epoch seconds, base64 binaries), with the region and the stream ARN of the
 * mapping, whatever DynamoDB Local wrote there (it says `ddblocal`).
 * @throws Error when the record has no sequence number or holds an unknown attribute type.
 */
export function toLambdaRecord(record: SdkStreamRecord, source: RecordSource): DynamoDBRecord {
  const stream = record.dynamodb;
  if (!stream?.SequenceNumber) throw new Error(`Stream record ${record.eventID ?? '?'} has no sequence number`);
  const created = stream.ApproximateCreationDateTime;
  return {
    eventID: record.eventID,
    eventName: record.eventName,
    eventVersion: '1.1',
    eventSource: 'aws:dynamodb',
    awsRegion: source.region,
    eventSourceARN: source.streamArn,
    dynamodb: {
      ...(created ? { ApproximateCreationDateTime: Math.floor(created.getTime() / 1000) } : {}),
      ...(stream.Keys ? { Keys: toWireItem(stream.Keys) } : {}),
      ...(stream.NewImage ? { NewImage: toWireItem(stream.NewImage) } : {}),
      ...(stream.OldImage ? { OldImage: toWireItem(stream.OldImage) } : {}),
      SequenceNumber: stream.SequenceNumber,
      ...(stream.SizeBytes !== undefined ? { SizeBytes: stream.SizeBytes } : {}),
      ...(stream.StreamViewType ? { StreamViewType: stream.StreamViewType } : {}),
    },
    // Present only for deletions made by TTL, where handlers tell them apart from user deletes.
    ...(record.userIdentity ? { userIdentity: { type: record.userIdentity.Type, principalId: record.userIdentity.PrincipalId } } : {}),
  };
}
