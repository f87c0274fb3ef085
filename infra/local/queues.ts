import { randomUUID } from 'node:crypto';
import { CreateQueueCommand, GetQueueAttributesCommand, SendMessageCommand, SQSClient } from '@aws-sdk/client-sqs';
import { CreateTopicCommand, SNSClient, SubscribeCommand } from '@aws-sdk/client-sns';
import { buildApp } from 'fauxqs';
import { localCredentials } from './credentials';
import { answerSqsQueryProtocol } from './sqs-query-protocol';
import { streamOnFailureRecord } from './stream-failure-record';
import type { StreamFailure } from './streams';

/** The local SQS and SNS (fauxqs) with the queues and topic the deployment has. */
export interface LocalQueues {
  readonly endpoint: string;
  /** The support team's alert topic. */
  readonly alertTopicArn: string;
  /** The URL of a stream consumer's on-failure queue. */
  failureQueueUrl(consumer: string): string;
  /**
   * Lambda's on-failure destination: sends the record of a batch given up on, in Lambda's shape,
   * to the consumer's queue.
   */
  sendStreamFailure(failure: StreamFailure): Promise<void>;
  stop(): Promise<void>;
}

/** The local name of a stream consumer's on-failure queue (CloudFormation names the deployed one). */
export function failureQueueName(systemName: string, consumer: string): string {
  return `${systemName}-${consumer}-failures`;
}

/** The local name of the support team's alert topic. */
export function alertTopicName(systemName: string): string {
  return `${systemName}-support-alerts`;
}

/**
 * The local name of the queue subscribed to the alert topic, standing in for the team's email
 * subscription: what a developer reads to see the alerts.
 */
export function alertInboxName(systemName: string): string {
  return `${systemName}-support-alerts-inbox`;
}

/** The local name of the SES configuration set (the local SES accepts any name). */
export function emailConfigurationSetName(systemName: string): string {
  return `${systemName}-notifications`;
}

const fourteenDays = String(14 * 24 * 3600);

/**
 * Starts fauxqs on host:port (in this process, listening on `host` only), answering SQS's query
 * protocol as well as its JSON one (so the AWS CLI v2 of Debian works), and creates one
 * on-failure queue per stream consumer, the alert topic and its inbox queue.
 * @throws the listen error (EADDRINUSE when the port is taken).
 */
export async function startQueues(options: {
  host: string;
  port: number;
  region: string;
  systemName: string;
  consumers: readonly string[];
  functionArnOf: (name: string) => string;
}): Promise<LocalQueues> {
  const app = buildApp({ logger: false, defaultRegion: options.region });
  answerSqsQueryProtocol(app);
  await app.listen({ port: options.port, host: options.host });
  const endpoint = `http://${options.host}:${options.port === 0 ? (app.server.address() as { port: number }).port : options.port}`;
  const clientOptions = { endpoint, region: options.region, credentials: localCredentials };
  const sqs = new SQSClient(clientOptions);
  const sns = new SNSClient(clientOptions);
  try {
    const queueUrls = new Map<string, string>();
    for (const consumer of options.consumers) {
      const { QueueUrl } = await sqs.send(
        new CreateQueueCommand({ QueueName: failureQueueName(options.systemName, consumer), Attributes: { MessageRetentionPeriod: fourteenDays } }),
      );
      if (!QueueUrl) throw new Error(`fauxqs created no queue for ${consumer}`);
      queueUrls.set(consumer, QueueUrl);
    }
    const { TopicArn } = await sns.send(new CreateTopicCommand({ Name: alertTopicName(options.systemName) }));
    const { QueueUrl: inboxUrl } = await sqs.send(new CreateQueueCommand({ QueueName: alertInboxName(options.systemName), Attributes: { MessageRetentionPeriod: fourteenDays } }));
    if (!TopicArn || !inboxUrl) throw new Error('fauxqs created no alert topic');
    const { Attributes } = await sqs.send(new GetQueueAttributesCommand({ QueueUrl: inboxUrl, AttributeNames: ['QueueArn'] }));
    await sns.send(new SubscribeCommand({ TopicArn, Protocol: 'sqs', Endpoint: Attributes?.['QueueArn'] }));

    const failureQueueUrl = (consumer: string) => {
      const url = queueUrls.get(consumer);
      if (!url) throw new Error(`No stream consumer named ${consumer}`);
      return url;
    };
    return {
      endpoint,
      alertTopicArn: TopicArn,
      failureQueueUrl,
      async sendStreamFailure(failure) {
        const record = streamOnFailureRecord(failure, { functionArn: options.functionArnOf(failure.consumer), requestId: randomUUID(), now: new Date() });
        await sqs.send(new SendMessageCommand({ QueueUrl: failureQueueUrl(failure.consumer), MessageBody: JSON.stringify(record) }));
      },
      async stop() {
        sqs.destroy();
        sns.destroy();
        await app.close();
      },
    };
  } catch (error) {
    sqs.destroy();
    sns.destroy();
    await app.close();
    throw error;
  }
}
