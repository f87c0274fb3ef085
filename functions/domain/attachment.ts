/**
 * Attachments: files in a ticket's thread (seed 002: "Attachments – logs, screenshots, or files
 * that help"; "All updates, replies, and attachments are in one thread").
 *
 * A file travels in three steps:
 * 1. an upload: the caller declares name, type and size and gets a presigned POST to the files
 *    bucket's `uploads/<id>` key; the file goes straight from the client to S3;
 * 2. an attach: a new ticket, a reply or a note names the upload ids; the product checks the object
 *    itself (size, type from its content), copies it to `attachments/<ticket>/<id>`, and records an
 *    attachment of the ticket (state `checking`) in the same transaction as the message;
 * 3. a scan: GuardDuty Malware Protection for S3 (locally, the local scanner) scans every new
 *    object under `attachments/`, tags it and reports the result; the result decides the state.
 *
 * This module holds the words, limits and states both the attach path and the scan path use.
 */

/** The content types a file may have, with what people call them. Logs are plain text. */
export const attachmentTypes = {
  'image/png': 'PNG image',
  'image/jpeg': 'JPEG image',
  'image/webp': 'WebP image',
  'image/gif': 'GIF image',
  'application/pdf': 'PDF document',
  'text/plain': 'plain text or log',
  'text/csv': 'CSV file',
  'application/json': 'JSON file',
} as const;
export type AttachmentType = keyof typeof attachmentTypes;

/** Limits of attachments (issue 11): per file, per message, per ticket. */
export const attachmentLimits = {
  maxFileBytes: 10 * 1024 * 1024,
  maxFilesPerMessage: 10,
  maxTicketBytes: 50 * 1024 * 1024,
  /** How long a presigned POST may be used, and an unattached upload may be attached. */
  uploadValidSeconds: 60 * 60,
  /** How long a download link works. */
  downloadValidSeconds: 5 * 60,
} as const;

/** Bytes as people read them: "812 bytes", "48.2 KB", "2.5 MB". */
export function sizeWords(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 102.4) / 10} KB`;
  return `${Math.round(bytes / 104857.6) / 10} MB`;
}

/** The scan results GuardDuty Malware Protection for S3 gives (its `GuardDutyMalwareScanStatus` tag). */
export const scanResults = ['NO_THREATS_FOUND', 'THREATS_FOUND', 'UNSUPPORTED', 'ACCESS_DENIED', 'FAILED'] as const;
export type ScanResult = (typeof scanResults)[number];

/** The tag GuardDuty (and the local scanner) puts on a scanned object. */
export const scanStatusTag = 'GuardDutyMalwareScanStatus';

/**
 * Where an attachment stands, as people see it:
 * - `checking`: attached, its scan has not reported yet;
 * - `ready`: no threat found, it can be downloaded;
 * - `removed`: a threat was found, the file was deleted;
 * - `unavailable`: the scan could not tell (unsupported, access denied, failed); it stays undownloadable.
 */
export const attachmentStates = ['checking', 'ready', 'removed', 'unavailable'] as const;
export type AttachmentState = (typeof attachmentStates)[number];

/** The state a scan result puts an attachment in. */
export function stateAfterScan(result: ScanResult): AttachmentState {
  switch (result) {
    case 'NO_THREATS_FOUND':
      return 'ready';
    case 'THREATS_FOUND':
      return 'removed';
    default:
      return 'unavailable';
  }
}

/** Why an attachment is not downloadable, in words for the thread. */
export function stateReasonOf(state: AttachmentState, scan: ScanResult | null): string | null {
  if (state === 'removed') return 'The file was removed because it failed a malware scan.';
  if (state === 'checking') return 'The file is being checked for malware.';
  if (state !== 'unavailable') return null;
  switch (scan) {
    case 'UNSUPPORTED':
      return 'The file could not be checked for malware (its format cannot be scanned), so it cannot be downloaded.';
    case 'ACCESS_DENIED':
    case 'FAILED':
    default:
      return 'The malware check of the file failed, so it cannot be downloaded.';
  }
}

/** An upload the caller asked for: what they declared, before any file arrived. */
export interface Upload {
  readonly id: string;
  /** The sub of who asked for it: only they may attach it. */
  readonly uploadedBy: string;
  readonly name: string;
  readonly contentType: AttachmentType;
  /** The size declared; the object's own size is what is checked and recorded. */
  readonly size: number;
  readonly createdAt: string;
  /** After this the upload can no longer be attached (its presigned POST expires then too). */
  readonly usableUntil: string;
  /** The ticket it was attached to, once it was. An upload is attached at most once. */
  readonly attachedTo: string | null;
}

/** A file of a ticket's thread. Its id is the upload's. */
export interface Attachment {
  readonly id: string;
  readonly ticketNumber: string;
  /** The message it came with, or null for the ticket's description (attached when opening it). */
  readonly messageId: string | null;
  /** Attached to an internal note: agents only, like the note. */
  readonly internal: boolean;
  readonly name: string;
  readonly contentType: AttachmentType;
  /** The object's size, as checked when attached. */
  readonly size: number;
  readonly uploadedBy: string;
  readonly attachedAt: string;
  readonly state: AttachmentState;
  /** The scan's result once it reported. */
  readonly scan: ScanResult | null;
  readonly scannedAt: string | null;
}

/** The files bucket's key of an upload not attached yet. */
export const uploadObjectKey = (uploadId: string) => `uploads/${uploadId}`;

/** The files bucket's key of an attachment: GuardDuty scans this prefix. */
export const attachmentObjectKey = (ticketNumber: string, attachmentId: string) => `attachments/${ticketNumber}/${attachmentId}`;

/** The prefixes of the files bucket: uploads expire unattached, attachments are scanned. */
export const fileKeyPrefixes = { uploads: 'uploads/', attachments: 'attachments/' } as const;

/** The ticket and attachment an attachment object key names, or undefined for any other key. */
export function attachmentOfObjectKey(key: string): { ticketNumber: string; attachmentId: string } | undefined {
  const match = /^attachments\/(\d{8})\/([0-9A-Z]{26})$/.exec(key);
  return match ? { ticketNumber: match[1]!, attachmentId: match[2]! } : undefined;
}
