import { putUpload } from '../../data/attachments';
import { newId } from '../../domain/ids';
import { uploadSigner } from '../../gateways/files';
import { requiredEnv } from '../../shared/config';
import { s3 } from '../../shared/s3-client';
import { ticketStore } from '../tickets/deps';
import type { UploadDeps } from './request-upload';

/** What asking for an upload needs (the `presignUploads` files access), made once per cold start; a missing FILES_BUCKET fails here. */
export const uploadDeps: UploadDeps = {
  uploads: { putUpload: (upload) => putUpload(ticketStore, upload) },
  files: uploadSigner(s3, requiredEnv('FILES_BUCKET')),
  now: () => new Date(),
  newId,
};
