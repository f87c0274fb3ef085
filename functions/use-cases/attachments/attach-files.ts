import { attachmentObjectKey, uploadObjectKey } from '../../domain/attachment';
import { checkedObject, distinctUploads, usableUpload, type CheckedFile } from '../../domain/attachment-checks';
import { AttachmentRefusedError, UploadAlreadyAttachedError } from '../../domain/attachment-errors';
import { detectedContentOf, sniffedBytes } from '../../domain/file-content';
import type { Change, Identity } from '../../domain/types';
import { logger } from '../../shared/observability';
import type { AttachDeps } from './ports';

/*
 * Attaching uploads to a ticket change, before its transaction: the uploads are checked (the
 * caller's, not attached, not expired), then their objects (size, type from the content); a file
 * that fails is deleted and the request refused, so nothing is attached. Once the domain accepted
 * the change, the files are copied to where attachments live (the prefix the malware scan
 * watches); the transaction then writes the message, the attachments and marks the uploads attached.
 * A copy whose transaction then fails is an object no attachment names: the scan's result finds
 * no attachment for it and deletes it (use-cases/attachments/record-scan-result.ts).
 */

/**
 * One upload checked: usable by the caller now, and its object what was declared.
 * @throws AttachmentRefusedError, UploadAlreadyAttachedError (domain/attachment-checks.ts).
 */
async function checkedUpload(deps: AttachDeps, identity: Identity, id: string, now: string): Promise<CheckedFile> {
  const upload = usableUpload(id, await deps.uploads.getUpload(id), identity.sub, now);
  const key = uploadObjectKey(id);
  const size = await deps.files.sizeOf(key);
  const bytes = size ? await deps.files.firstBytes(key, sniffedBytes) : new Uint8Array();
  try {
    return { upload, size: checkedObject(upload, size, await detectedContentOf(bytes, (size ?? 0) > bytes.length)) };
  } catch (error) {
    // The refused object is never attachable: it goes now rather than with the uploads' expiry.
    if (error instanceof AttachmentRefusedError && size !== undefined) {
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

/** Copies the files a change attaches to the ticket's attachments, where the malware scan finds them. */
export async function copyAttached(deps: AttachDeps | undefined, changes: readonly Change[]): Promise<void> {
  const attachments = changes.flatMap((change) => change.attachments ?? []);
  if (attachments.length === 0 || !deps) return;
  await Promise.all(attachments.map((file) => deps.files.copy(uploadObjectKey(file.id), attachmentObjectKey(file.ticketNumber, file.id))));
}

/** The domain's refusal for an upload the transaction found attached meanwhile. */
export function alreadyAttached(uploadId: string): UploadAlreadyAttachedError {
  return new UploadAlreadyAttachedError(uploadId);
}
