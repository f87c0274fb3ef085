import { SNSClient } from '@aws-sdk/client-sns';
import { getAttachment, recordRemoval, recordScan } from '../../data/attachments';
import type { Store } from '../../data/store';
import { currentTicket } from '../../data/tickets';
import { newId } from '../../domain/ids';
import { filesGateway, type FilesClient } from '../../gateways/files';
import { snsTeamAlerts, type TeamAlerts } from '../../notifications/channels';
import { dynamo } from '../../shared/clients';
import { s3 } from '../../shared/s3-client';
import { requiredEnv } from '../../shared/config';
import { traced } from '../../shared/observability';
import { withClock } from '../../domain/clock/ticket-clock';
import { deploymentClockSettings } from '../../shared/clock-settings';
import type { Invocation } from '../conflicts';
import type { RemovedFileAlert, ScanResultDeps } from './ports';

/** The team's alert about a file removed for a threat: what it was, on which ticket, and what was found. */
export function removedFileAlert(alert: RemovedFileAlert): Parameters<TeamAlerts['publish']>[0] {
  const threats = alert.threats.length > 0 ? alert.threats.join(', ') : 'not named';
  return {
    subject: `Ticket ${alert.ticketNumber}: a file failed its malware scan and was removed`,
    message: [
      `The file "${alert.name}" (attachment ${alert.attachmentId}) of ticket ${alert.ticketNumber} failed its malware scan and was deleted.`,
      `Threats found: ${threats}.`,
      'The ticket\'s timeline records the removal; whoever attached the file may need to be told to check their device.',
    ].join('\n'),
    attributes: { ticketNumber: alert.ticketNumber, reason: 'attachmentRemoved' },
  };
}

/** The scan-result use case's dependencies on one table, bucket and alert topic, with the system clock. */
export function scanResultDepsOn(store: Store, files: FilesClient, bucket: string, alerts: TeamAlerts, invocation: Invocation): ScanResultDeps {
  const gateway = filesGateway(files, bucket);
  return {
    attachments: {
      get: (ticketNumber, id) => getAttachment(store, ticketNumber, id),
      recordScan: (attachment, scan) => recordScan(store, attachment, scan),
      // Every write of a ticket stores its next timer (use-cases/clock/next-timer.ts).
      recordRemoval: (change, expectedVersion, attachment, scan) => recordRemoval(store, withClock(change, deploymentClockSettings()), expectedVersion, attachment, scan),
      currentTicket: (number, conflict) => currentTicket(store, number, conflict),
    },
    deleteObject: (key) => gateway.deleteObject(key),
    alertTeam: async (alert) => {
      await alerts.publish(removedFileAlert(alert));
    },
    now: () => new Date(),
    newId,
    remainingMs: () => invocation.getRemainingTimeInMillis(),
  };
}

const store: Store = { db: dynamo, table: requiredEnv('TABLE_NAME') };
const bucket = requiredEnv('FILES_BUCKET');
const alerts = snsTeamAlerts(traced(new SNSClient({})), requiredEnv('ALERT_TOPIC_ARN'));

/** The deps of one invocation of the scan-result function, on the clients made at cold start. */
export function scanResultDeps(invocation: Invocation): ScanResultDeps {
  return scanResultDepsOn(store, s3, bucket, alerts, invocation);
}
