import type { Context, DynamoDBBatchResponse, DynamoDBStreamEvent } from 'aws-lambda';
import { createNotifier } from '../notifications/notifier';
import { changeOfLambdaRecord } from '../notifications/stream-changes';
import { notificationClients, notificationSettingsFromEnv, notifierDeps } from '../notifications/wiring';

const settings = notificationSettingsFromEnv();
const notifier = createNotifier(notifierDeps(settings, notificationClients(settings.tableName)));

/**
 * The table's stream → emails to requesters and alerts to the team. Reports the records whose
 * notification could not be sent (ReportBatchItemFailures), so that only they are delivered again.
 */
export async function handler(event: DynamoDBStreamEvent, context: Context): Promise<DynamoDBBatchResponse> {
  const { failed } = await notifier.process(event.Records.map(changeOfLambdaRecord), () => context.getRemainingTimeInMillis());
  return { batchItemFailures: failed.map((itemIdentifier) => ({ itemIdentifier })) };
}
