import { attachmentOfObjectKey, stateAfterScan, type ScanResult } from '../../domain/attachment';
import { removeAttachment, timeOfChange } from '../../domain/ticket';
import { logger } from '../../shared/observability';
import { retryOnWriteConflict } from '../conflicts';
import type { ScanResultDeps } from './ports';

/** A malware scan's result for one object of the files bucket (GuardDuty's, or the local scanner's). */
export interface ScanOfObject {
  readonly objectKey: string;
  readonly result: ScanResult;
  /** The threats' names, when it found any. */
  readonly threats: readonly string[];
}

/**
 * What recording did: `orphan` (no attachment has the object: it was deleted), `recorded` (the
 * attachment's state follows the scan; a threat also removed the file), `unchanged` (the
 * attachment had already left `checking`: a repeated or late result).
 */
export type ScanOutcome = 'orphan' | 'recorded' | 'unchanged';

/**
 * Records a scan result on the attachment whose object it scanned. Only an attachment still
 * `checking` changes, so a result delivered again changes nothing. A clean result makes it
 * `ready`; a result that could not tell, `unavailable`. A threat deletes the object, tells the
 * team, and records the attachment `removed` with an `attachment_removed` event on the ticket, in
 * one write conditional on the ticket's version (retried when another change won the race). An
 * object no attachment owns is deleted.
 * @throws WriteContentionError when the invocation runs out of time to retry; the table's, S3's or
 * SNS's errors as they are (the event is then delivered again).
 */
export async function recordScanResult(deps: ScanResultDeps, scan: ScanOfObject): Promise<ScanOutcome> {
  const ref = attachmentOfObjectKey(scan.objectKey);
  const attachment = ref ? await deps.attachments.get(ref.ticketNumber, ref.attachmentId) : undefined;
  if (!attachment) {
    await deps.deleteObject(scan.objectKey);
    logger.warn('scanned object belongs to no attachment: deleted', { objectKey: scan.objectKey, result: scan.result });
    return 'orphan';
  }
  if (attachment.state !== 'checking') return 'unchanged';
  const record = { state: stateAfterScan(scan.result), scan: scan.result, scannedAt: deps.now().toISOString() };
  if (scan.result !== 'THREATS_FOUND') {
    const recorded = await deps.attachments.recordScan(attachment, record);
    logger.info('attachment scanned', { ticketNumber: attachment.ticketNumber, attachmentId: attachment.id, result: scan.result, recorded });
    return recorded === 'recorded' ? 'recorded' : 'unchanged';
  }
  // Deleted and told before it is recorded: an event delivered again after a failure finds it
  // still `checking` and does both again, so the file is never left behind and the team always hears.
  await deps.deleteObject(scan.objectKey);
  await deps.alertTeam({ ticketNumber: attachment.ticketNumber, attachmentId: attachment.id, name: attachment.name, threats: scan.threats });
  const recorded = await retryOnWriteConflict(deps.remainingMs, async (conflict) => {
    const ticket = await deps.attachments.currentTicket(attachment.ticketNumber, conflict);
    if (!ticket) throw new Error(`Attachment ${attachment.id} names ticket ${attachment.ticketNumber}, which does not exist`);
    const change = removeAttachment(ticket, attachment, timeOfChange(ticket, deps.now()), deps.newId);
    return deps.attachments.recordRemoval(change, ticket.version, attachment, record);
  });
  logger.warn('attachment removed: its malware scan found a threat', { ticketNumber: attachment.ticketNumber, attachmentId: attachment.id, threats: scan.threats, recorded });
  return recorded === 'recorded' ? 'recorded' : 'unchanged';
}
