import { attachmentLimits, attachmentTypes, sizeWords, type Attachment, type AttachmentType, type Upload } from './attachment';
import { AttachmentRefusedError, typeWords, UploadAlreadyAttachedError } from './attachment-errors';
import type { Change, Ticket } from './types';

/*
 * The rules of attaching files, pure: whether an upload may be attached by whom and when, whether
 * its object is what was declared, and whether a message and a ticket stay within the limits.
 * The use case reads the upload and the object and hands what it found to these checks.
 */

const megabytes = (bytes: number) => `${Math.round((bytes / (1024 * 1024)) * 10) / 10} MB`;

/**
 * The upload the caller may attach now.
 * @throws AttachmentRefusedError when it is unknown, someone else's (the same words as unknown) or
 * expired; UploadAlreadyAttachedError when it was attached already.
 */
export function usableUpload(id: string, upload: Upload | undefined, callerSub: string, now: string): Upload {
  if (!upload || upload.uploadedBy !== callerSub) throw new AttachmentRefusedError(`No upload ${id}: ask for an upload (POST /v1/uploads) and attach the id it answers.`);
  if (upload.attachedTo !== null) throw new UploadAlreadyAttachedError(id);
  if (upload.usableUntil <= now) throw new AttachmentRefusedError(`The upload ${id} expired at ${upload.usableUntil}; upload the file again.`);
  return upload;
}

/** What the content of a file shows it is: a type attachments may have, text (no binary signature, valid UTF-8), or something else. */
export type DetectedContent = { readonly kind: 'binary'; readonly type: string } | { readonly kind: 'text' } | { readonly kind: 'unknown' };

const textTypes: ReadonlySet<AttachmentType> = new Set(['text/plain', 'text/csv', 'application/json']);

function contentWords(content: DetectedContent): string {
  if (content.kind === 'text') return 'text';
  if (content.kind === 'unknown') return 'of no type attachments may have';
  return content.type in attachmentTypes ? typeWords(content.type as AttachmentType) : content.type;
}

/**
 * The size of an uploaded object that is what its upload declared. A file's type comes from its
 * content: a binary type must be the one declared; a text type must be text.
 * @throws AttachmentRefusedError when the object is missing, empty, over the limit, or of another type.
 */
export function checkedObject(upload: Upload, size: number | undefined, content: DetectedContent): number {
  if (size === undefined) throw new AttachmentRefusedError(`The file of upload ${upload.id} has not arrived: post it to the upload's url with its fields, then attach it.`);
  if (size === 0) throw new AttachmentRefusedError(`The file of upload ${upload.id} is empty.`);
  if (size > attachmentLimits.maxFileBytes) {
    throw new AttachmentRefusedError(`The file of upload ${upload.id} is ${size} bytes, over the limit of ${megabytes(attachmentLimits.maxFileBytes)} (${attachmentLimits.maxFileBytes} bytes) a file.`);
  }
  const declared = upload.contentType;
  const matches = textTypes.has(declared) ? content.kind === 'text' : content.kind === 'binary' && content.type === declared;
  if (!matches) throw new AttachmentRefusedError(`The file of upload ${upload.id} was declared ${typeWords(declared)} but its content is ${contentWords(content)}.`);
  return size;
}

/** An upload whose object passed the checks, with the object's own size. */
export interface CheckedFile {
  readonly upload: Upload;
  readonly size: number;
}

/**
 * The same upload named twice in one request is attached once at most: refused.
 * @throws UploadAlreadyAttachedError naming the first id given twice.
 */
export function distinctUploads(ids: readonly string[]): readonly string[] {
  const twice = ids.find((id, index) => ids.indexOf(id) !== index);
  if (twice !== undefined) throw new UploadAlreadyAttachedError(twice);
  return ids;
}

/** Where files are attached: the message (null for a ticket's description) and whether it is an internal note. */
export interface AttachPlace {
  readonly messageId: string | null;
  readonly internal: boolean;
}

/**
 * The attachments of a message (or of the ticket's description), in the state `checking`.
 * @throws AttachmentRefusedError for more than 10 files, or when the ticket would hold more than 50 MB.
 */
export function attachmentsOf(ticket: Ticket, files: readonly CheckedFile[], place: AttachPlace, at: string): Attachment[] {
  if (files.length > attachmentLimits.maxFilesPerMessage) {
    throw new AttachmentRefusedError(`A message carries at most ${attachmentLimits.maxFilesPerMessage} files; this one names ${files.length}.`);
  }
  const held = ticket.attachmentBytes ?? 0;
  const adding = files.reduce((sum, file) => sum + file.size, 0);
  if (held + adding > attachmentLimits.maxTicketBytes) {
    throw new AttachmentRefusedError(
      `A ticket holds at most ${megabytes(attachmentLimits.maxTicketBytes)} of files; ticket ${ticket.number} holds ${sizeWords(held)} and these files are ${sizeWords(adding)}.`,
    );
  }
  return files.map(({ upload, size }) => ({
    id: upload.id,
    ticketNumber: ticket.number,
    messageId: place.messageId,
    internal: place.internal,
    name: upload.name,
    contentType: upload.contentType,
    size,
    uploadedBy: upload.uploadedBy,
    attachedAt: at,
    state: 'checking',
    scan: null,
    scannedAt: null,
  }));
}

/**
 * A change with files attached to its message (or, for the change that opens a ticket without one,
 * to the description); the ticket counts their bytes. No files: the change as it is.
 * @throws AttachmentRefusedError as attachmentsOf.
 */
export function withAttachments(change: Change, files: readonly CheckedFile[]): Change {
  if (files.length === 0) return change;
  const { message } = change;
  const place = message ? { messageId: message.id, internal: message.internal } : { messageId: null, internal: false };
  const attachments = attachmentsOf(change.ticket, files, place, message?.at ?? change.ticket.updatedAt);
  const bytes = (change.ticket.attachmentBytes ?? 0) + attachments.reduce((sum, file) => sum + file.size, 0);
  return { ...change, ticket: { ...change.ticket, attachmentBytes: bytes }, attachments };
}

/**
 * The changes that open a ticket, with files attached to the first one (its description, or
 * support's first public message); the changes stored after it in the same transaction carry the
 * ticket's count of bytes too, as the last one's ticket is the one stored.
 * @throws AttachmentRefusedError as attachmentsOf.
 */
export function openingWithAttachments(changes: readonly [Change, ...Change[]], files: readonly CheckedFile[]): readonly [Change, ...Change[]] {
  const [first, ...later] = changes;
  const attached = withAttachments(first, files);
  const bytes = attached.ticket.attachmentBytes;
  if (bytes === undefined) return changes;
  return [attached, ...later.map((change) => ({ ...change, ticket: { ...change.ticket, attachmentBytes: bytes } }))];
}
