import { QueryCommand } from '@aws-sdk/client-dynamodb';
import { describe, expect, inject, it } from 'vitest';
import { toWireItem } from '../../../infra/local/streams/lambda-event';
import { defaultPreferences } from '../../../functions/data/preferences';
import type { Mailer } from '../../../functions/notifications/channels';
import { createNotifier, type Notifier } from '../../../functions/notifications/notifier';
import type { StreamChange } from '../../../functions/notifications/stream-changes';
import { notifierDeps } from '../../../functions/notifications/wiring';
import { signIn } from '../../support/api';
import { metricsOf } from '../../support/stdout-lines';
import { agentMoves, expectStatus, openTicket } from '../tickets/customer-steps';
import { local, localNotificationClients, localNotificationSettings } from './local-clients';
import { emailsTo, subjects } from './mailbox';

/*
 * EmailsSent and EmailsFailed, the business metrics of the emails to requesters, as the notifier
 * publishes them. The product's notifier runs in this process on the local cloud's table and SES,
 * and the metric lines are those it wrote while it handled the change, read once it has finished:
 * nothing to race. The customer turned every email off, so the cloud's own notifier, fed by the
 * stream, passes the change over and leaves it to the one under test, which is given the default
 * preferences.
 */

const cloud = inject('localCloud');

/** The status change the agent just made, as the stream hands it to the notifier. */
async function statusChange(number: string): Promise<StreamChange> {
  const { Items = [] } = await local.dynamodb.send(
    new QueryCommand({
      TableName: cloud.tableName,
      KeyConditionExpression: 'pk = :pk AND begins_with(sk, :events)',
      ExpressionAttributeValues: { ':pk': { S: `TICKET#${number}` }, ':events': { S: 'EVENT#' } },
    }),
  );
  const item = Items.filter((candidate) => candidate['kind']?.S === 'status').at(-1);
  expect(item, `the status event of ${number}`).toBeDefined();
  return { sequenceNumber: `metrics-${number}`, eventName: 'INSERT', newImage: toWireItem(item as never) };
}

/** The product's notifier on the local cloud, sending through `mailer` when one is given. */
function notifierUnderTest(mailer?: Mailer): Notifier {
  const deps = notifierDeps(localNotificationSettings, localNotificationClients());
  return createNotifier({ ...deps, ...(mailer ? { mailer } : {}), preferencesOf: async () => defaultPreferences });
}

/** A customer who wants no email, with a ticket an agent has just moved to In Progress. */
async function movedTicketOfQuietCustomer() {
  const [customer, agent] = await Promise.all([signIn(), signIn({ agent: true })]);
  expectStatus(await customer.request('PUT', '/v1/me/preferences', { body: { emailOnStatusChange: false, emailOnReply: false } }), 200);
  const { number } = await openTicket(customer, 'general');
  await agentMoves(agent, number, 'in_progress');
  return { customer, number: number as string };
}

/** An SES refusal: SES answered, so the email certainly did not go. */
const refusal = Object.assign(new Error('Email address is not verified.'), { name: 'MessageRejected', $metadata: { httpStatusCode: 400 } });

describe('the email metrics', () => {
  it('counts one EmailsSent for an email sent, and nothing more when the change comes again', async () => {
    const { customer, number } = await movedTicketOfQuietCustomer();
    const change = await statusChange(number);
    const notifier = notifierUnderTest();

    let outcomes: unknown;
    expect(await metricsOf(async () => ({ outcomes } = await notifier.process([change])))).toEqual([{ EmailsSent: 1 }]);
    expect(outcomes).toEqual(['sent']);
    expect(subjects(await emailsTo(customer.email))).toEqual([`[Ticket ${number}] Help with my general: In Progress`]);

    expect(await metricsOf(() => notifier.process([change]))).toEqual([]);
    expect(await emailsTo(customer.email)).toHaveLength(1);
  });

  it('counts one EmailsFailed for an email SES refused, then one EmailsSent when the change comes again and goes out', async () => {
    const { customer, number } = await movedTicketOfQuietCustomer();
    const change = await statusChange(number);
    const refusing: Mailer = {
      send: async () => {
        throw refusal;
      },
    };

    let failed: unknown;
    expect(await metricsOf(async () => ({ failed } = await notifierUnderTest(refusing).process([change])))).toEqual([{ EmailsFailed: 1 }]);
    expect(failed).toEqual([`metrics-${number}`]);
    expect(await emailsTo(customer.email)).toEqual([]);

    expect(await metricsOf(() => notifierUnderTest().process([change]))).toEqual([{ EmailsSent: 1 }]);
    expect(subjects(await emailsTo(customer.email))).toEqual([`[Ticket ${number}] Help with my general: In Progress`]);
  });
});
