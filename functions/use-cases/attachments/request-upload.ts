import { attachmentLimits, uploadObjectKey, type AttachmentType, type Upload } from '../../domain/attachment';
import type { IdSource } from '../../domain/ids';
import type { Identity } from '../../domain/types';
import { logger } from '../../shared/observability';
import type { PresignedUpload, UploadRepository, UploadSigner } from './ports';

/** What the caller declares of the file they are about to upload (checked by the route's schema). */
export interface UploadRequest {
  readonly name: string;
  readonly contentType: AttachmentType;
  readonly size: number;
}

/** An upload asked for, and how to post its file. */
export interface RequestedUpload {
  readonly upload: Upload;
  readonly post: PresignedUpload;
  readonly maxBytes: number;
}

/** What asking for an upload needs. */
export interface UploadDeps {
  readonly uploads: Pick<UploadRepository, 'putUpload'>;
  readonly files: UploadSigner;
  readonly now: () => Date;
  readonly newId: IdSource;
}

/**
 * Gives the caller an upload: an id and a presigned POST to the files bucket's `uploads/<id>`,
 * whose policy fixes the key, the declared type exactly and the size range, and expires with the
 * upload (1 hour):
 * 1. a fresh id (a ULID) and the hour it is usable;
 * 2. the POST is signed;
 * 3. the upload is stored as the caller's, not attached.
 * The file then goes straight from the client to S3; attaching it checks it (attach-files.ts).
 * @throws the gateway's and repository's errors (a 500: nothing the caller can fix).
 */
export async function requestUpload(deps: UploadDeps, identity: Identity, request: UploadRequest): Promise<RequestedUpload> {
  const now = deps.now();
  const id = deps.newId();
  const usableUntil = new Date(now.getTime() + attachmentLimits.uploadValidSeconds * 1000).toISOString();
  const post = await deps.files.presignUpload(uploadObjectKey(id), request.contentType, attachmentLimits.maxFileBytes, attachmentLimits.uploadValidSeconds);
  const upload: Upload = { id, uploadedBy: identity.sub, ...request, createdAt: now.toISOString(), usableUntil, attachedTo: null };
  await deps.uploads.putUpload(upload);
  logger.info('upload requested', { uploadId: id, contentType: request.contentType, size: request.size });
  return { upload, post, maxBytes: attachmentLimits.maxFileBytes };
}
