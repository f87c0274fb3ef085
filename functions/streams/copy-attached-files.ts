import { attachmentFromItem } from '../data/items/attachment';
import { entityOfImage, plainItem } from '../data/stream-images';
import { copyAttachedFile } from '../use-cases/attachments/copy-attached';
import { copyDeps } from '../use-cases/attachments/copy-deps';
import { logTicketNumber, streamHandler } from '../shared/entry-point';
import { logger } from '../shared/observability';

/**
 * Stream consumer: copies the file of every newly attached upload to where attachments live, the
 * prefix the malware scan watches (see use-cases/attachments/copy-attached.ts). The copy follows
 * the attachment's record, not the request that attached it: a request that crashes or times out
 * after its transaction still has its files copied, and a copy that fails is retried from its
 * record (batch item failures) and, should it keep failing, lands in the on-failure queue for ops
 * rather than leaving the file "being checked" with nobody knowing.
 */
export const handler = streamHandler(async (records) => {
  for (const [index, record] of records.entries()) {
    const image = record.dynamodb.NewImage;
    if (record.eventName !== 'INSERT' || !image || entityOfImage(image) !== 'attachment') continue;
    try {
      const attachment = attachmentFromItem(plainItem(image));
      logger.removeKeys(['ticketNumber']);
      logTicketNumber(attachment.ticketNumber);
      await copyAttachedFile(copyDeps, attachment);
    } catch (error) {
      logger.error('attachment copy failed; the stream retries it', error instanceof Error ? error : String(error));
      return { batchItemFailures: records.slice(index).map((failed) => ({ itemIdentifier: failed.dynamodb.SequenceNumber })) };
    }
  }
  return { batchItemFailures: [] };
});
