import type { _Record as SdkStreamRecord } from '@aws-sdk/client-dynamodb-streams';
import { describe, expect, it } from 'vitest';
import { toLambdaRecord } from '../../../infra/local/streams/lambda-event';

const source = { region: 'eu-west-1', streamArn: 'arn:aws:dynamodb:ddblocal:000000000000:table/tickets/stream/2026-01-01T00:00:00.000' };

describe("a stream record in Lambda's event", () => {
  it('has the DynamoDBStreamEvent JSON shape: epoch seconds, wire attribute values, the mapping\'s region and stream', () => {
    const sdkRecord: SdkStreamRecord = {
      eventID: 'e1',
      eventName: 'MODIFY',
      eventVersion: '1.1',
      eventSource: 'aws:dynamodb',
      awsRegion: 'ddblocal',
      dynamodb: {
        ApproximateCreationDateTime: new Date('2026-03-01T10:00:00.750Z'),
        Keys: { pk: { S: 'TICKET#1' }, sk: { S: 'META' } },
        NewImage: {
          pk: { S: 'TICKET#1' },
          sk: { S: 'META' },
          count: { N: '2' },
          blob: { B: new Uint8Array([104, 105]) },
          blobs: { BS: [new Uint8Array([1]), new Uint8Array([2, 3])] },
          tags: { SS: ['a', 'b'] },
          nested: { M: { list: { L: [{ NULL: true }, { BOOL: false }, { NS: ['1', '2'] }, { B: new Uint8Array([255]) }] } } },
        },
        OldImage: { pk: { S: 'TICKET#1' }, sk: { S: 'META' }, count: { N: '1' } },
        SequenceNumber: '000000000000000000042',
        SizeBytes: 120,
        StreamViewType: 'NEW_AND_OLD_IMAGES',
      },
    };

    const record = toLambdaRecord(sdkRecord, source);

    expect(JSON.parse(JSON.stringify(record))).toEqual({
      eventID: 'e1',
      eventName: 'MODIFY',
      eventVersion: '1.1',
      eventSource: 'aws:dynamodb',
      awsRegion: 'eu-west-1',
      eventSourceARN: source.streamArn,
      dynamodb: {
        ApproximateCreationDateTime: 1772359200,
        Keys: { pk: { S: 'TICKET#1' }, sk: { S: 'META' } },
        NewImage: {
          pk: { S: 'TICKET#1' },
          sk: { S: 'META' },
          count: { N: '2' },
          blob: { B: 'aGk=' },
          blobs: { BS: ['AQ==', 'AgM='] },
          tags: { SS: ['a', 'b'] },
          nested: { M: { list: { L: [{ NULL: true }, { BOOL: false }, { NS: ['1', '2'] }, { B: '/w==' }] } } },
        },
        OldImage: { pk: { S: 'TICKET#1' }, sk: { S: 'META' }, count: { N: '1' } },
        SequenceNumber: '000000000000000000042',
        SizeBytes: 120,
        StreamViewType: 'NEW_AND_OLD_IMAGES',
      },
    });
  });

  it('leaves out the image a change does not have', () => {
    const record = toLambdaRecord(
      { eventID: 'e2', eventName: 'INSERT', dynamodb: { Keys: { pk: { S: 'x' } }, NewImage: { pk: { S: 'x' } }, SequenceNumber: '1' } },
      source,
    );
    expect(record.dynamodb).not.toHaveProperty('OldImage');
    expect(record.dynamodb?.NewImage).toEqual({ pk: { S: 'x' } });
  });

  it('says who deleted an item when Time to Live did', () => {
    const record = toLambdaRecord(
      {
        eventID: 'e3',
        eventName: 'REMOVE',
        userIdentity: { Type: 'Service', PrincipalId: 'dynamodb.amazonaws.com' },
        dynamodb: { Keys: { pk: { S: 'x' } }, OldImage: { pk: { S: 'x' } }, SequenceNumber: '2' },
      },
      source,
    );
    expect(record.userIdentity).toEqual({ type: 'Service', principalId: 'dynamodb.amazonaws.com' });
  });
});
