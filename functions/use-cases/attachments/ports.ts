import type { Attachment, Upload } from '../../domain/attachment';
import type { IdSource } from '../../domain/ids';
import type { Change, Ticket } from '../../domain/types';
import type { ScanRecord, ScanRecording } from '../../data/attachments';
import type { WriteConflictError } from '../../data/tickets';
import type { RemainingTime } from '../conflicts';

/**
 * Where attachments are kept, as the scan path needs them. In Lambda it is the table (./deps.ts);
 * unit tests give a fake. `recordRemoval` throws the data layer's WriteConflictError when the
 * ticket changed or was being changed.
 */
export interface AttachmentRepository {
  get(ticketNumber: string, id: string): Promise<Attachment | undefined>;
  /** Records the scan on an attachment still `checking`; a repeated result changes nothing. */
  recordScan(attachment: Attachment, scan: ScanRecord): Promise<ScanRecording>;
  /** Records a threat's scan with the ticket's change, on the ticket's version, all or nothing. */
  recordRemoval(change: Change, expectedVersion: number, attachment: Attachment, scan: ScanRecord): Promise<ScanRecording>;
  currentTicket(number: string, conflict: WriteConflictError | undefined): Promise<Ticket | undefined>;
}

/** What the team's alert says about a removed file. */
export interface RemovedFileAlert {
  readonly ticketNumber: string;
  readonly attachmentId: string;
  readonly name: string;
  readonly threats: readonly string[];
}

/** What recording a scan result needs. */
export interface ScanResultDeps {
  readonly attachments: AttachmentRepository;
  /** Deletes an object of the files bucket (gone already is fine). */
  readonly deleteObject: (key: string) => Promise<void>;
  /** Tells the support team (their alert topic). */
  readonly alertTeam: (alert: RemovedFileAlert) => Promise<void>;
  readonly now: () => Date;
  readonly newId: IdSource;
  readonly remainingMs: RemainingTime;
}

/** A presigned POST: the URL to post the file to, and the form fields to send with it (the file last). */
export interface PresignedUpload {
  readonly url: string;
  readonly fields: Readonly<Record<string, string>>;
}

/** What the product reads of an uploaded object to check it: its size, and its first bytes. */
export interface ObjectSample {
  readonly size: number;
  readonly firstBytes: Uint8Array;
}

/**
 * The files bucket's objects, as attaching needs them (functions/gateways/files.ts on S3). Its
 * calls throw the SDK's errors for anything but a missing object.
 */
export interface ObjectsGateway {
  /** The object's size and up to `count` of its first bytes, or undefined when there is no such object. */
  sample(key: string, count: number): Promise<ObjectSample | undefined>;
  /** Copies an object; false when there is no object at `fromKey` to copy. */
  copy(fromKey: string, toKey: string): Promise<boolean>;
  /** Deletes an object; one already gone is fine. */
  deleteObject(key: string): Promise<void>;
}

/** Signs uploads to the files bucket (a function of its own: only POST /v1/uploads carries the signer). */
export interface UploadSigner {
  /** Signs a POST that may put one object at `key`, of exactly `contentType`, 1 to `maxBytes` bytes long. */
  presignUpload(key: string, contentType: string, maxBytes: number, validSeconds: number): Promise<PresignedUpload>;
}

/** Signs downloads from the files bucket (only the download routes carry the signer). */
export interface DownloadSigner {
  /** Signs a GET of the object that saves it under `name`. */
  presignDownload(key: string, name: string, contentType: string, validSeconds: number): Promise<string>;
}

/** Everything the product asks of the files bucket. */
export type FilesGateway = ObjectsGateway & UploadSigner & DownloadSigner;

/** Where uploads are kept (functions/data/attachments.ts). */
export interface UploadRepository {
  putUpload(upload: Upload): Promise<void>;
  getUpload(id: string): Promise<Upload | undefined>;
}

/** What attaching files needs: the uploads, the bucket's objects and a clock. */
export interface AttachDeps {
  readonly uploads: UploadRepository;
  readonly files: Pick<ObjectsGateway, 'sample' | 'deleteObject'>;
  readonly now: () => Date;
}
