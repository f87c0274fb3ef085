import { createNotifier } from '../notifications/notifier';
import { changeOfLambdaRecord } from '../notifications/stream-changes';
import { notificationClients, notificationSettingsFromEnv, notifierDeps } from '../notifications/wiring';
import { streamHandler } from '../shared/entry-point';

const settings = notificationSettingsFromEnv();
const notifier = createNotifier(notifierDeps(settings, notificationClients(settings.tableName)));

/**
 * The table's stream → emails to requesters and alerts to the team. Reports the records whose
 * notification could not be sent (ReportBatchItemFailures), so that only they are delivered again.
 */
export const handler = streamHandler(async (records, context) => {
  const { failed } = await notifier.process(records.map(changeOfLambdaRecord), () => context.getRemainingTimeInMillis());
  return { batchItemFailures: failed.map((itemIdentifier) => ({ itemIdentifier })) };
});
