import { requiredEnv } from '../shared/config';
import { entryPoint, logTicketNumber } from '../shared/entry-point';
import { logger } from '../shared/observability';
import { attachmentOfObjectKey } from '../domain/attachment';
import { scanResultDeps } from '../use-cases/attachments/deps';
import { recordScanResult, type ScanOutcome } from '../use-cases/attachments/record-scan-result';
import { parseScanResultEvent } from './scan-result-event';

const bucket = requiredEnv('FILES_BUCKET');

/**
 * GuardDuty's malware scan result for an object of the files bucket (through an EventBridge rule;
 * locally from the local scanner) → the attachment's state. A result for another bucket is
 * ignored. Throws InvalidScanResultEventError for an event of another shape, and whatever the
 * recording throws: Lambda then retries the event, and sends it to the function's dead-letter
 * queue when the retries fail too.
 */
export const handler = entryPoint<unknown, { outcome: ScanOutcome | 'otherBucket' }>().handler(async (event, context) => {
  const scan = parseScanResultEvent(event);
  if (scan.bucket !== bucket) {
    logger.warn('scan result for another bucket ignored', { bucket: scan.bucket });
    return { outcome: 'otherBucket' };
  }
  logTicketNumber(attachmentOfObjectKey(scan.objectKey)?.ticketNumber);
  return { outcome: await recordScanResult(scanResultDeps(context), scan) };
});
