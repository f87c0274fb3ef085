import { randomUUID } from 'node:crypto';
import { CreateQueueCommand, GetQueueAttributesCommand, ReceiveMessageCommand } from '@aws-sdk/client-sqs';
import { SubscribeCommand } from '@aws-sdk/client-sns';
import { beforeAll } from 'vitest';
import { local, localNotificationSettings } from '../integration/notifications/local-clients';
import { until } from './eventually';

/** An SNS notification of the team's alert topic as an SQS subscriber receives it. */
export interface Alert {
  readonly Subject: string;
  readonly Message: string;
  readonly MessageAttributes: Record<string, { Value: string }>;
}

/** A reason filter that keeps every alert. */
export const anyReason = (): boolean => true;

/** The team's alerts as one test file's own subscription receives them. */
export interface AlertInbox {
  /**
   * The alerts about a ticket whose `reason` attribute passes `reasons` (an alert without one is
   * given ''), read until `enough` holds for them.
   * @throws Error with what was read once the hang deadline passed.
   */
  alertsAbout(number: string, reasons: (reason: string) => boolean, enough: (alerts: Alert[]) => boolean): Promise<Alert[]>;
}

/**
 * Subscribes a queue of the test file's own (named from `name`) to the local cloud's alert topic
 * before the file's tests, as a team's subscription would be: every file reads every alert, and
 * keeps those it read for its later waits.
 */
export function alertInboxForThisFile(name: string): AlertInbox {
  let queueUrl: string | undefined;
  const received: Alert[] = [];
  beforeAll(async () => {
    const created = await local.sqs.send(new CreateQueueCommand({ QueueName: `${name}-${randomUUID().slice(0, 8)}` }));
    queueUrl = created.QueueUrl!;
    const { Attributes } = await local.sqs.send(new GetQueueAttributesCommand({ QueueUrl: queueUrl, AttributeNames: ['QueueArn'] }));
    await local.sns.send(new SubscribeCommand({ TopicArn: localNotificationSettings.alertTopicArn, Protocol: 'sqs', Endpoint: Attributes!['QueueArn'] }));
  });

  return {
    alertsAbout(number, reasons, enough) {
      const about = () =>
        received.filter((alert) => alert.MessageAttributes['ticketNumber']?.Value === number && reasons(alert.MessageAttributes['reason']?.Value ?? ''));
      return until(`the alerts about ticket ${number}`, async () => {
        const { Messages = [] } = await local.sqs.send(new ReceiveMessageCommand({ QueueUrl: queueUrl, MaxNumberOfMessages: 10, WaitTimeSeconds: 1 }));
        received.push(...Messages.map((message) => JSON.parse(message.Body!) as Alert));
        return about();
      }, enough);
    },
  };
}
