import { uploadObjectKey } from '../../domain/attachment';
import { checkedObject, distinctUploads, usableUpload, type CheckedFile } from '../../domain/attachment-checks';
import { AttachmentRefusedError } from '../../domain/attachment-errors';
import { detectedContentOf, sniffedBytes } from '../../domain/file-content';
import type { Identity } from '../../domain/types';
import { logger } from '../../shared/observability';
import type { AttachDeps } from './ports';

/*
 * Attaching uploads to a ticket change. Before its transaction, the uploads are checked (the
 * caller's, not attached, not expired), then their objects (size, type from the content); a file
 * that fails is deleted and the request refused, so nothing is attached. The transaction writes the
 * message, the attachments (state `checking`) and marks the uploads attached. Only then are the
 * files copied to where attachments live, the prefix the malware scan watches, by the stream
 * consumer of new attachment records (functions/streams/copy-attached-files.ts): a scan's result
 * always finds its attachment recorded, a change that is refused or loses a race leaves no file
 * behind, and a request that dies after its transaction still has its files copied.
 */

/**
 * One upload checked: usable by the caller now, and its object what was declared.
 * @throws AttachmentRefusedError, UploadAlreadyAttachedError (domain/attachment-checks.ts).
 */
async function checkedUpload(deps: AttachDeps, identity: Identity, id: string, now: string): Promise<CheckedFile> {
  const upload = usableUpload(id, await deps.uploads.getUpload(id), identity.sub, now);
  const key = uploadObjectKey(id);
  const sample = await deps.files.sample(key, sniffedBytes);
  const bytes = sample?.firstBytes ?? new Uint8Array();
  try {
    return { upload, size: checkedObject(upload, sample?.size, detectedContentOf(bytes, (sample?.size ?? 0) > bytes.length)) };
  } catch (error) {
    // The refused object is never attachable: it goes now rather than with the uploads' expiry.
    if (error instanceof AttachmentRefusedError && sample !== undefined) {
      await deps.files.deleteObject(key);
      logger.info('upload refused', { uploadId: id, reason: error.message });
    }
    throw error;
  }
}

/**
 * The uploads a request names, each checked, in the order named. None named: none.
 * @throws AttachmentRefusedError or UploadAlreadyAttachedError for the first upload that cannot be
 * attached (its object deleted when its content was refused); Error when the function has no files access.
 */
export async function checkedUploads(deps: AttachDeps | undefined, identity: Identity, ids: readonly string[] | undefined): Promise<readonly CheckedFile[]> {
  if (!ids || ids.length === 0) return [];
  if (!deps) throw new Error('This function attaches no files: give it files access (infra/system.ts).');
  const now = deps.now().toISOString();
  const files: CheckedFile[] = [];
  for (const id of distinctUploads(ids)) files.push(await checkedUpload(deps, identity, id, now));
  return files;
}
