import { attachmentObjectKey, uploadObjectKey, type Attachment } from '../../domain/attachment';
import { logger } from '../../shared/observability';
import type { ObjectsGateway } from './ports';

/** What copying an attached file needs: the bucket's objects. */
export interface CopyDeps {
  readonly files: Pick<ObjectsGateway, 'copy'>;
}

/**
 * Copies an attachment's upload to the attachment's own key, where the malware scan finds it.
 * Copying again is harmless (the same bytes land on the same key, and the scan's result is
 * recorded once), so a retried record does no harm. An upload that is gone (it expired between
 * the check and the copy, an hour apart at most) cannot come back: that is logged as an error and
 * the record is done with, rather than retried while it holds up every record behind it.
 * @returns whether the file was copied.
 * @throws the gateway's other errors (the stream retries the record).
 */
export async function copyAttachedFile(deps: CopyDeps, attachment: Pick<Attachment, 'id' | 'ticketNumber'>): Promise<boolean> {
  const copied = await deps.files.copy(uploadObjectKey(attachment.id), attachmentObjectKey(attachment.ticketNumber, attachment.id));
  if (!copied) logger.error('attached upload is gone; the file stays unchecked', { ticketNumber: attachment.ticketNumber, attachmentId: attachment.id });
  return copied;
}
