import { stateReasonOf, type Attachment } from '../../domain/attachment';
import type { RequestedUpload } from '../../use-cases/attachments/request-upload';
import type { AttachmentDownload } from '../../use-cases/attachments/download-attachment';
import type { AttachmentDownloadView, AttachmentView, UploadCreatedView } from './attachments-schemas';

/** A file of the thread: what it is, where it stands, and why it cannot be downloaded unless it is ready. */
export function attachmentView(attachment: Attachment): AttachmentView {
  return {
    id: attachment.id,
    name: attachment.name,
    size: attachment.size,
    contentType: attachment.contentType,
    internal: attachment.internal,
    state: attachment.state,
    reason: stateReasonOf(attachment.state, attachment.scan),
  };
}

/** An upload just asked for: its id and how to post the file. */
export function uploadCreatedView({ upload, post, maxBytes }: RequestedUpload): UploadCreatedView {
  return { uploadId: upload.id, url: post.url, fields: { ...post.fields }, usableUntil: upload.usableUntil, maxBytes };
}

/** A download link and the file it downloads. */
export function attachmentDownloadView({ url, expiresAt, attachment }: AttachmentDownload): AttachmentDownloadView {
  return { url, expiresAt, name: attachment.name, size: attachment.size, contentType: attachment.contentType };
}
