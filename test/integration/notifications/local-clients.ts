import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBStreamsClient } from '@aws-sdk/client-dynamodb-streams';
import { SESClient } from '@aws-sdk/client-ses';
import { SNSClient } from '@aws-sdk/client-sns';
import { SQSClient } from '@aws-sdk/client-sqs';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { inject } from 'vitest';
import { system } from '../../../infra/system';
import { alertTopicName } from '../../../infra/local/queues';
import type { NotificationClients, NotificationSettings } from '../../../functions/notifications/wiring';
import { testDeploymentWording } from '../../support/test-deployment';

const cloud = inject('localCloud');
const options = { region: cloud.region, credentials: { accessKeyId: 'local', secretAccessKey: 'local' } };

/** SDK clients on the shared local cloud. */
export const local = {
  dynamodb: new DynamoDBClient({ ...options, endpoint: cloud.dynamodb }),
  streams: new DynamoDBStreamsClient({ ...options, endpoint: cloud.dynamodb }),
  sqs: new SQSClient({ ...options, endpoint: cloud.queues }),
  sns: new SNSClient({ ...options, endpoint: cloud.queues }),
};

/** The notifier's settings as the local cloud gives them to its function. */
export const localNotificationSettings: NotificationSettings = {
  tableName: cloud.tableName,
  senderAddress: 'support@ticketflow.local',
  senderName: testDeploymentWording.platformName,
  portalUrl: 'http://127.0.0.1:5173',
  configurationSet: `${system.name}-notifications`,
  alertTopicArn: `arn:aws:sns:${cloud.region}:000000000000:${alertTopicName(system.name)}`,
};

/** The clients a notifier running in this process sends through: the local cloud's. */
export function localNotificationClients(): NotificationClients {
  return {
    store: { db: DynamoDBDocumentClient.from(local.dynamodb, { marshallOptions: { removeUndefinedValues: true } }), table: cloud.tableName },
    ses: new SESClient({ ...options, endpoint: cloud.ses }),
    sns: local.sns,
  };
}
