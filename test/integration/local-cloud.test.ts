import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { connect } from 'node:net';
import { DescribeTableCommand, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { SESClient, SendEmailCommand } from '@aws-sdk/client-ses';
import { describe, expect, inject, it } from 'vitest';
import { system } from '../../infra/system';
import { startLocalCloudProcess } from '../support/local-cloud-process';

const cloud = inject('localCloud');
const credentials = { accessKeyId: 'local', secretAccessKey: 'local' };

function portAnswers(url: string): Promise<boolean> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve) => {
    const socket = connect({ host: hostname, port: Number(port) });
    socket.once('connect', () => (socket.destroy(), resolve(true)));
    socket.once('error', () => resolve(false));
  });
}

function processesMentioning(text: string): string[] {
  const lines = execFileSync('ps', ['-eo', 'pid=,args='], { encoding: 'utf8' }).split('\n');
  return lines.filter((line) => line.includes(text) && !line.includes('ps -eo'));
}

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
    const subject = `Local SES check ${Date.now()}`;
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

  it('prints every endpoint when ready, and on SIGTERM leaves no process, port or function bundle behind', async () => {
    const second = await startLocalCloudProcess();
    const { endpoints } = second;
    const urls = [endpoints.api, endpoints.dynamodb, endpoints.ses, endpoints.stepFunctions, endpoints.identity];
    const bundles = /function bundles .* go to (\S+)/.exec(second.output())?.[1];
    try {
      expect(bundles && existsSync(bundles)).toBe(true);
      for (const url of urls) expect(second.output()).toContain(url);
      expect(second.output()).toContain('Ticketflow local cloud is ready');
      for (const url of urls) expect(await portAnswers(url)).toBe(true);
      expect(processesMentioning(`-port ${new URL(endpoints.dynamodb).port}`)).toHaveLength(1);
    } finally {
      expect(await second.stop()).toBe(0);
    }
    for (const url of urls) expect(await portAnswers(url)).toBe(false);
    expect(existsSync(bundles!)).toBe(false);
    expect(processesMentioning(`-port ${new URL(endpoints.dynamodb).port}`)).toEqual([]);
    expect(processesMentioning('infra/local/start.ts')).not.toContainEqual(expect.stringContaining(String(second.child.pid)));
  });
});
