import { GetItemCommand, QueryCommand } from '@aws-sdk/client-dynamodb';
import type { DynamoDBStreamEvent } from 'aws-lambda';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { toWireItem } from '../../../infra/local/streams/lambda-event';
import { system } from '../../../infra/system';
import { signIn } from '../../support/api';
import { sharedCloudEnvironment, startTestFunctions, type TestFunctions } from '../../support/local-functions';
import { agentMoves, agentWrites, openTicket } from '../tickets/customer-steps';
import { local } from './local-clients';
import { subjects, waitForEmail } from './mailbox';

const cloud = inject('localCloud');
const notifierSpec = system.functions['notifier']!;
// Other sandboxes of the product's notifier, fed by the test instead of the stream.
let notifier: TestFunctions;
beforeAll(async () => {
  const environment = sharedCloudEnvironment('notifier', notifierSpec);
  notifier = await startTestFunctions({ notifier: { entry: notifierSpec.entry, environment, timeoutSeconds: 10, memoryMb: 256 } }, cloud.region);
});
afterAll(() => notifier?.stop());

/** The stream event Lambda would deliver for the ticket's latest status change. */
async function statusChangeDelivery(number: string): Promise<DynamoDBStreamEvent> {
  const { Items = [] } = await local.dynamodb.send(
    new QueryCommand({
      TableName: cloud.tableName,
      KeyConditionExpression: 'pk = :pk AND begins_with(sk, :events)',
      ExpressionAttributeValues: { ':pk': { S: `TICKET#${number}` }, ':events': { S: 'EVENT#' } },
    }),
  );
  const item = Items.filter((candidate) => candidate['kind']?.S === 'status').at(-1)!;
  return {
    Records: [
      {
        eventID: 'redelivered',
        eventName: 'INSERT',
        eventSource: 'aws:dynamodb',
        awsRegion: cloud.region,
        dynamodb: { Keys: { pk: { S: item['pk']!.S! }, sk: { S: item['sk']!.S! } }, NewImage: toWireItem(item as never), SequenceNumber: '4200000000000000000001', StreamViewType: 'NEW_AND_OLD_IMAGES' },
      },
    ],
  };
}

describe('a change delivered more than once', () => {
  it('is emailed once, though its batch came again twice at once and once more later', async () => {
    const [customer, agent] = await Promise.all([signIn(), signIn({ agent: true })]);
    const { number } = await openTicket(customer, 'general');
    await agentMoves(agent, number, 'in_progress');
    const delivery = await statusChangeDelivery(number);

    const concurrent = await Promise.all([notifier.functions.invoke('notifier', delivery), notifier.functions.invoke('notifier', delivery)]);
    await waitForEmail(customer.email, ': In Progress');
    const later = await notifier.functions.invoke('notifier', delivery);
    // The stream's own delivery went to the cloud's notifier: once this later change is emailed, it was handled.
    await agentWrites(agent, number, { body: 'Picked up.' });
    const emails = await waitForEmail(customer.email, 'New reply from support');

    expect(concurrent.every((outcome) => outcome.ok)).toBe(true);
    expect(later).toEqual({ ok: true, payload: { batchItemFailures: [] } });
    // The test's own deliveries may tell the status before the stream tells the creation: the order is not what is checked here.
    expect(subjects(emails).sort()).toEqual([`[Ticket ${number}] Help with my general: In Progress`, expect.stringContaining('New reply from support'), `[Ticket ${number}] Help with my general: Ticket received`]);
    const eventId = delivery.Records[0]!.dynamodb!.NewImage!['id']!.S!;
    const { Item } = await local.dynamodb.send(new GetItemCommand({ TableName: cloud.tableName, Key: { pk: { S: `NOTIFICATION#${eventId}` }, sk: { S: '#CUSTOMER' } } }));
    expect(Item?.['state']?.S).toBe('sent');
    expect(Item?.['messageId']?.S).toBe(emails.find((email) => email.subject.endsWith(': In Progress'))!.messageId);
  });
});
