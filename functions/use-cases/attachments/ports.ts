import type { Upload } from '../../domain/attachment';

/** A presigned POST: the URL to post the file to, and the form fields to send with it (the file last). */
export interface PresignedUpload {
  readonly url: string;
  readonly fields: Readonly<Record<string, string>>;
}

/**
 * The files bucket, as the attachment use cases need it (functions/gateways/files.ts on S3).
 * Its calls throw the SDK's errors for anything but a missing object.
 */
export interface FilesGateway {
  /** Signs a POST that may put one object at `key`, of exactly `contentType`, 1 to `maxBytes` bytes long. */
  presignUpload(key: string, contentType: string, maxBytes: number, validSeconds: number): Promise<PresignedUpload>;
  /** The object's size, or undefined when there is no such object. */
  sizeOf(key: string): Promise<number | undefined>;
  /** Up to `count` of the object's first bytes. */
  firstBytes(key: string, count: number): Promise<Uint8Array>;
  copy(fromKey: string, toKey: string): Promise<void>;
  remove(key: string): Promise<void>;
  /** Signs a GET of the object that saves it under `name`. */
  presignDownload(key: string, name: string, contentType: string, validSeconds: number): Promise<string>;
}

/** Where uploads are kept (functions/data/attachments.ts). */
export interface UploadRepository {
  putUpload(upload: Upload): Promise<void>;
  getUpload(id: string): Promise<Upload | undefined>;
}

/** What attaching files needs: the uploads, the bucket and a clock. */
export interface AttachDeps {
  readonly uploads: UploadRepository;
  readonly files: FilesGateway;
  readonly now: () => Date;
}
