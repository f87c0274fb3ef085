import { DomainError } from './errors';
import { attachmentTypes, type AttachmentState } from './attachment';

/*
 * The refusals of attachments. Each names the upload or attachment and the problem in words the
 * caller can act on; the HTTP edge (functions/shared/error-responses.ts) gives each its status.
 */

/** The field a refused upload id was given in. */
const attachmentsField = 'attachments';

/**
 * An upload cannot be attached: unknown (or another person's: the same words, so ids cannot be
 * probed), expired, its file missing, empty, too large, or of another type than declared; or the
 * message or ticket would hold more than the limits allow. Nothing was attached.
 */
export class AttachmentRefusedError extends DomainError {
  constructor(message: string) {
    super(message, [{ path: attachmentsField, message }]);
  }
}

/** The upload was attached already (to this or another message), or named twice in one request. */
export class UploadAlreadyAttachedError extends DomainError {
  constructor(readonly uploadId: string) {
    const message = `The upload ${uploadId} is already attached; upload the file again to attach it once more.`;
    super(message, [{ path: attachmentsField, message }]);
  }
}

/** No such attachment on the ticket, or one the caller may not see (an internal note's, for a customer). */
export class AttachmentNotFoundError extends DomainError {
  constructor(number: string, attachmentId: string) {
    super(`Ticket ${number} has no attachment ${attachmentId}.`);
  }
}

/** The attachment cannot be downloaded in its state (being checked, removed, or unavailable). */
export class AttachmentNotReadyError extends DomainError {
  constructor(attachmentId: string, state: AttachmentState, reason: string | null) {
    super(`The attachment ${attachmentId} cannot be downloaded: it is ${state}. ${reason ?? ''}`.trim());
  }
}

/** The words for a content type in refusals ("a PDF document"). */
export const typeWords = (type: keyof typeof attachmentTypes) => `${type} (${attachmentTypes[type]})`;
