import { attachmentLimits, attachmentObjectKey, stateReasonOf, type Attachment } from '../../domain/attachment';
import { AttachmentNotFoundError, AttachmentNotReadyError } from '../../domain/attachment-errors';
import type { Audience, Identity, Ticket } from '../../domain/types';
import { visibleTo } from '../tickets/visibility';
import type { DownloadSigner } from './ports';

/** What a download needs: the ticket and its attachment by key, the bucket, a clock, and how long a link works. */
export interface DownloadDeps {
  readonly getTicket: (number: string) => Promise<Ticket | undefined>;
  readonly getAttachment: (number: string, id: string) => Promise<Attachment | undefined>;
  readonly files: DownloadSigner;
  readonly now: () => Date;
  /** The link's lifetime: the domain's 5 minutes unless the deployment says otherwise. */
  readonly linkSeconds?: number | undefined;
}

/** A link that downloads an attachment for a few minutes, and what it downloads. */
export interface AttachmentDownload {
  readonly url: string;
  readonly expiresAt: string;
  readonly attachment: Attachment;
}

/**
 * A short-lived link to download an attachment of a ticket:
 * 1. the ticket must be visible to the caller as the audience (a customer's own; another's is as
 *    absent as a missing one);
 * 2. the attachment must be the ticket's, and not an internal note's for a customer;
 * 3. only a file the malware scan found clean (`ready`) is downloadable;
 * 4. the link is a presigned GET that saves the file under its name.
 * @throws TicketNotFoundError; AttachmentNotFoundError; AttachmentNotReadyError naming the state and why.
 */
export async function downloadAttachment(deps: DownloadDeps, identity: Identity, number: string, attachmentId: string, audience: Audience): Promise<AttachmentDownload> {
  visibleTo(await deps.getTicket(number), identity, audience, number);
  const attachment = await deps.getAttachment(number, attachmentId);
  if (!attachment || (audience === 'customer' && attachment.internal)) throw new AttachmentNotFoundError(number, attachmentId);
  if (attachment.state !== 'ready') throw new AttachmentNotReadyError(attachmentId, attachment.state, stateReasonOf(attachment.state, attachment.scan));
  const seconds = deps.linkSeconds ?? attachmentLimits.downloadValidSeconds;
  const expiresAt = new Date(deps.now().getTime() + seconds * 1000).toISOString();
  const url = await deps.files.presignDownload(attachmentObjectKey(number, attachment.id), attachment.name, attachment.contentType, seconds);
  return { url, expiresAt, attachment };
}
