import { GetQueueUrlCommand, ReceiveMessageCommand } from '@aws-sdk/client-sqs';
import { describe, expect, it } from 'vitest';
import { createNotifier } from '../../../functions/notifications/notifier';
import { redriveNotificationFailures } from '../../../functions/notifications/redrive';
import { notifierDeps } from '../../../functions/notifications/wiring';
import { failureQueueName } from '../../../infra/local/queues';
import { system } from '../../../infra/system';
import { sesOutageDomain } from '../../fixtures/notifications/system';
import { signIn } from '../../support/api';
import { until } from '../../support/eventually';
import { agentMoves, customerView, expectStatus, openTicket } from '../tickets/customer-steps';
import { local, localNotificationClients, localNotificationSettings } from './local-clients';
import { emailsTo, waitForEmail } from './mailbox';

/** Peeks at the queue's messages without taking them (they stay visible). */
async function peek(queueUrl: string): Promise<string[]> {
  const { Messages = [] } = await local.sqs.send(new ReceiveMessageCommand({ QueueUrl: queueUrl, MaxNumberOfMessages: 10, VisibilityTimeout: 0 }));
  return Messages.map((message) => message.Body ?? '');
}

describe('a notification SES cannot take', () => {
  it('leaves the ticket changed, lands in the dead-letter queue, and a later redrive sends it once', async () => {
    // The fixture notifier (SES on a closed port) handles this customer; their own preferences
    // keep the product's notifier from emailing them until the redrive.
    const [customer, agent] = await Promise.all([signIn({ email: `outage-${Date.now()}@${sesOutageDomain}` }), signIn({ agent: true })]);
    expectStatus(await customer.request('PUT', '/v1/me/preferences', { body: { emailOnStatusChange: false, emailOnReply: false } }), 200);
    const { number } = await openTicket(customer, 'general');
    const { QueueUrl: queueUrl } = await local.sqs.send(new GetQueueUrlCommand({ QueueName: failureQueueName(system.name, 'notifierSesOutage') }));

    await agentMoves(agent, number, 'in_progress');

    expect((await customerView(customer, number)).ticket.status.code).toBe('in_progress');
    // The ticket's confirmation and its status change, each retried and then given up.
    const bodies = await until('two messages in the on-failure queue', () => peek(queueUrl!), (found) => found.length >= 2);
    expect(bodies).toHaveLength(2);
    for (const body of bodies) expect(JSON.parse(body)).toMatchObject({
      requestContext: { functionArn: expect.stringMatching(/:function:notifierSesOutage$/), condition: 'RetryAttemptsExhausted', approximateInvokeCount: 2 },
      responseContext: { statusCode: 200, executedVersion: '$LATEST' },
      version: '1.0',
      DDBStreamBatchInfo: { shardId: expect.any(String), startSequenceNumber: expect.any(String), batchSize: 1, streamArn: expect.stringContaining(':table/') },
    });
    expect(await emailsTo(customer.email)).toEqual([]);

    // SES is back (the product's wiring), and the customer wants their emails again.
    expectStatus(await customer.request('PUT', '/v1/me/preferences', { body: { emailOnStatusChange: true, emailOnReply: true } }), 200);
    const notifier = createNotifier(notifierDeps(localNotificationSettings, localNotificationClients()));
    const redrive = () => redriveNotificationFailures({ sqs: local.sqs, queueUrl: queueUrl!, streams: local.streams, notifier });
    const first = await redrive();
    const second = await redrive();

    expect(first).toEqual({ messages: 2, redriven: 2, problems: [] });
    expect(second).toEqual({ messages: 0, redriven: 0, problems: [] });
    const emails = await waitForEmail(customer.email, ': In Progress');
    expect(emails.map((email) => email.subject).sort()).toEqual([`[Ticket ${number}] Help with my general: In Progress`, `[Ticket ${number}] Help with my general: Ticket received`]);
    expect(await peek(queueUrl!)).toEqual([]);
  });
});
