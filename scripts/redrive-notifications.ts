import { parseArgs } from 'node:util';

const usage = `Usage: npm run notifications:redrive [-- --queue-url URL]

Sends again the notifications whose stream records the notifier gave up on: reads each message of
its on-failure queue (Lambda's on-failure record: where the batch is in the table's stream), reads
those records back from the stream (it keeps them 24 hours), hands them to the notifier, and
deletes the message once all of them are done. Notifications sent meanwhile are not sent again.

Without --queue-url it works on the local cloud started by \`npm start\` (its TICKETFLOW_* ports).
With --queue-url (the deployed notifier's on-failure queue) it uses your AWS credentials and
reads TABLE_NAME, SENDER_ADDRESS, PORTAL_URL, EMAIL_CONFIGURATION_SET and ALERT_TOPIC_ARN from
the environment: the notifier function's own variables.
`;

/** Points the SDK at the local cloud and sets the notifier's variables as the local cloud does. */
async function useLocalCloud(): Promise<string> {
  const { readLocalConfig } = await import('../infra/local/config');
  const { localDeploymentConfig } = await import('../infra/local/environment');
  const { alertTopicName, emailConfigurationSetName, failureQueueName } = await import('../infra/local/queues');
  const { localTableName } = await import('../infra/local/cloud');
  const { localCredentials } = await import('../infra/local/credentials');
  const { system } = await import('../infra/system');
  const config = readLocalConfig();
  const url = (port: number) => `http://${config.host}:${port}`;
  const settings = localDeploymentConfig();
  Object.assign(process.env, {
    AWS_REGION: config.region,
    AWS_ACCESS_KEY_ID: localCredentials.accessKeyId,
    AWS_SECRET_ACCESS_KEY: localCredentials.secretAccessKey,
    AWS_ENDPOINT_URL_DYNAMODB: url(config.ports.dynamodb),
    AWS_ENDPOINT_URL_DYNAMODB_STREAMS: url(config.ports.dynamodb),
    AWS_ENDPOINT_URL_SES: url(config.ports.ses),
    AWS_ENDPOINT_URL_SQS: url(config.ports.queues),
    AWS_ENDPOINT_URL_SNS: url(config.ports.queues),
    TABLE_NAME: localTableName(system),
    SENDER_ADDRESS: settings.senderAddress,
    SENDER_NAME: settings.senderName,
    PORTAL_URL: settings.portalUrl,
    EMAIL_CONFIGURATION_SET: emailConfigurationSetName(system.name),
    ALERT_TOPIC_ARN: `arn:aws:sns:${config.region}:000000000000:${alertTopicName(system.name)}`,
  });
  return `${url(config.ports.queues)}/000000000000/${failureQueueName(system.name, 'notifier')}`;
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { 'queue-url': { type: 'string' }, help: { type: 'boolean' } } });
  if (values.help) {
    process.stdout.write(usage);
    return;
  }
  const queueUrl = values['queue-url'] ?? (await useLocalCloud());
  // Imported once the environment is set: the clients read their endpoints from it.
  const { DynamoDBStreamsClient } = await import('@aws-sdk/client-dynamodb-streams');
  const { SQSClient } = await import('@aws-sdk/client-sqs');
  const { createNotifier } = await import('../functions/notifications/notifier');
  const { redriveNotificationFailures } = await import('../functions/notifications/redrive');
  const { notificationClients, notificationSettingsFromEnv, notifierDeps } = await import('../functions/notifications/wiring');
  const settings = notificationSettingsFromEnv();
  const report = await redriveNotificationFailures({
    sqs: new SQSClient({}),
    queueUrl,
    streams: new DynamoDBStreamsClient({}),
    notifier: createNotifier(notifierDeps(settings, notificationClients(settings.tableName))),
  });
  console.log(`Read ${report.messages} on-failure record(s) from ${queueUrl}; redrove ${report.redriven}.`);
  for (const problem of report.problems) console.log(`  left in the queue: ${problem}`);
  if (report.problems.length > 0) process.exitCode = 1;
}

main().catch((error: unknown) => {
  console.error(`The redrive failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
