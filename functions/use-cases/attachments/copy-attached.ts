import { attachmentObjectKey, uploadObjectKey, type Attachment } from '../../domain/attachment';
import type { ObjectsGateway } from './ports';

/** What copying an attached file needs: the bucket's objects. */
export interface CopyDeps {
  readonly files: Pick<ObjectsGateway, 'copy'>;
}

/**
 * Copies an attachment's upload to the attachment's own key, where the malware scan finds it.
 * Copying again is harmless (the same bytes land on the same key, and the scan's result is
 * recorded once), so a retried record does no harm.
 * @throws the gateway's errors (the stream retries the record).
 */
export async function copyAttachedFile(deps: CopyDeps, attachment: Pick<Attachment, 'id' | 'ticketNumber'>): Promise<void> {
  await deps.files.copy(uploadObjectKey(attachment.id), attachmentObjectKey(attachment.ticketNumber, attachment.id));
}
