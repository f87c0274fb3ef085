import { DescribeTableCommand, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { SESClient, SendEmailCommand } from '@aws-sdk/client-ses';
import { describe, expect, inject, it } from 'vitest';
import { system } from '../../infra/system';
import { uniqueTag } from '../support/unique';

const cloud = inject('localCloud');
const credentials = { accessKeyId: 'local', secretAccessKey: 'local' };

describe('the local cloud', () => {
  it('creates the table from the system description, with its indexes and stream', async () => {
    const client = new DynamoDBClient({ endpoint: cloud.dynamodb, region: cloud.region, credentials });
    const { Table } = await client.send(new DescribeTableCommand({ TableName: cloud.tableName }));
    client.destroy();
    expect(Table?.KeySchema).toEqual([
      { AttributeName: 'pk', KeyType: 'HASH' },
      { AttributeName: 'sk', KeyType: 'RANGE' },
    ]);
    expect(Table?.GlobalSecondaryIndexes?.map((index) => index.IndexName).sort()).toEqual(system.table.indexes.map((index) => index.name).sort());
    expect(Table?.StreamSpecification).toEqual({ StreamEnabled: true, StreamViewType: 'NEW_AND_OLD_IMAGES' });
    expect(Table?.LatestStreamArn).toBeTruthy();
  });

  it('keeps every email the SDK sends through SES on its /store page', async () => {
    const ses = new SESClient({ endpoint: cloud.ses, region: cloud.region, credentials });
    const subject = `Local SES check ${uniqueTag()}`;
    await ses.send(
      new SendEmailCommand({
        Source: 'support@ticketflow.local',
        Destination: { ToAddresses: ['alice@example.com'] },
        Message: { Subject: { Data: subject }, Body: { Text: { Data: 'Hello' } } },
      }),
    );
    ses.destroy();
    const store = (await (await fetch(`${cloud.ses}/store`)).json()) as { emails: { subject: string; destination: { to: string[] } }[] };
    expect(store.emails.find((email) => email.subject === subject)?.destination.to).toEqual(['alice@example.com']);
  });
});
