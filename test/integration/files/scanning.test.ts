import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { GetObjectCommand, GetObjectTaggingCommand, ListObjectsV2Command, PutObjectCommand } from '@aws-sdk/client-s3';
import { DynamoDBDocumentClient, GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
import { describe, expect, inject, it } from 'vitest';
import { attachmentObjectKey, type Attachment } from '../../../functions/domain/attachment';
import { newId } from '../../../functions/domain/ids';
import { attachmentFromItem, attachmentItem, attachmentKey } from '../../../functions/data/items/attachment';
import { eicarTestString } from '../../../infra/local/files';
import { alertInboxForThisFile, anyReason } from '../../support/alert-inbox';
import { signIn, type ApiUser } from '../../support/api';
import { until } from '../../support/eventually';
import { agentView, customerView, openTicket } from '../tickets/customer-steps';
import { localFiles } from './local-files';

const cloud = inject('localCloud');
const clientOptions = { region: cloud.region, credentials: { accessKeyId: 'local', secretAccessKey: 'local' } };
const db = DynamoDBDocumentClient.from(new DynamoDBClient({ ...clientOptions, endpoint: cloud.dynamodb }));
const { s3, bucket } = localFiles;

/** An attachment just attached to a ticket, as the attach path records it: still being checked. */
async function attach(customer: ApiUser, number: string, file: { name: string; body: string; internal?: boolean }): Promise<Attachment> {
  const attachment: Attachment = {
    id: newId(),
    ticketNumber: number,
    messageId: null,
    internal: file.internal ?? false,
    name: file.name,
    contentType: 'text/plain',
    size: Buffer.byteLength(file.body),
    // The attach path records the uploader's sub; what it is plays no part in the scan.
    uploadedBy: `sub-of-${customer.email}`,
    attachedAt: new Date().toISOString(),
    state: 'checking',
    scan: null,
    scannedAt: null,
  };
  await db.send(new PutCommand({ TableName: cloud.tableName, Item: attachmentItem(attachment) }));
  await s3.send(new PutObjectCommand({ Bucket: bucket, Key: attachmentObjectKey(number, attachment.id), Body: file.body, ContentType: 'text/plain' }));
  return attachment;
}

async function stored(attachment: Attachment): Promise<Attachment> {
  const { Item } = await db.send(new GetCommand({ TableName: cloud.tableName, Key: attachmentKey(attachment.ticketNumber, attachment.id), ConsistentRead: true }));
  return attachmentFromItem(Item!);
}

const scanned = (attachment: Attachment) => until(`the scan of ${attachment.name}`, () => stored(attachment), (current) => current.state !== 'checking');

// Listed rather than read: the bucket policy refuses reads of an unscanned or unclean attachment.
async function objectExists(key: string): Promise<boolean> {
  const { Contents = [] } = await s3.send(new ListObjectsV2Command({ Bucket: bucket, Prefix: key }));
  return Contents.some((object) => object.Key === key);
}

// The team's subscription, played by a queue of this test's own on the local alert topic.
const inbox = alertInboxForThisFile('file-alerts-test');
const alertsAbout = (number: string) => inbox.alertsAbout(number, anyReason, (found) => found.length > 0);

describe('the local scanner', () => {
  it('finds a clean file clean: the attachment becomes ready and its object downloadable', async () => {
    const customer = await signIn();
    const { number } = await openTicket(customer);
    const attachment = await attach(customer, number, { name: 'app.log', body: 'started\nstopped\n' });

    const after = await scanned(attachment);

    expect(after).toMatchObject({ state: 'ready', scan: 'NO_THREATS_FOUND' });
    expect(after.scannedAt).not.toBeNull();
    const key = attachmentObjectKey(number, attachment.id);
    expect((await s3.send(new GetObjectTaggingCommand({ Bucket: bucket, Key: key }))).TagSet).toEqual([{ Key: 'GuardDutyMalwareScanStatus', Value: 'NO_THREATS_FOUND' }]);
    const response = await fetch(await getSignedUrl(s3, new GetObjectCommand({ Bucket: bucket, Key: key }), { expiresIn: 300 }));
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('started\nstopped\n');
    expect((await customerView(customer, number)).timeline.map((event) => event.kind)).not.toContain('attachment_removed');
  });

  it('finds EICAR a threat: the file is deleted, the timeline says so and the team is alerted', async () => {
    const customer = await signIn();
    const agent = await signIn({ agent: true });
    const { number } = await openTicket(customer);
    const attachment = await attach(customer, number, { name: 'invoice.txt', body: eicarTestString });

    const after = await scanned(attachment);

    expect(after).toMatchObject({ state: 'removed', scan: 'THREATS_FOUND' });
    expect(await objectExists(attachmentObjectKey(number, attachment.id))).toBe(false);
    const removal = { kind: 'attachment_removed', actor: expect.objectContaining({ kind: 'system' }), after: { attachmentId: attachment.id, name: 'invoice.txt', state: 'removed' } };
    expect((await customerView(customer, number)).timeline).toContainEqual(expect.objectContaining(removal));
    expect((await agentView(agent, number)).timeline).toContainEqual(expect.objectContaining({ ...removal, internal: false }));
    const [alert] = await alertsAbout(number);
    expect(alert!.Subject).toBe(`Ticket ${number}: a file failed its malware scan and was removed`);
    expect(alert!.Message).toContain(`The file "invoice.txt" (attachment ${attachment.id}) of ticket ${number} failed its malware scan and was deleted.`);
    expect(alert!.Message).toContain('EICAR');
  });

  it('deletes an object under attachments/ that no attachment owns', async () => {
    const customer = await signIn();
    const { number } = await openTicket(customer);
    const key = attachmentObjectKey(number, newId());
    await s3.send(new PutObjectCommand({ Bucket: bucket, Key: key, Body: 'nobody attached me' }));

    await until(`the orphan ${key} deleted`, () => objectExists(key), (exists) => !exists);
  });
});
