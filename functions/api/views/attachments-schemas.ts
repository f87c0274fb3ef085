import * as z from 'zod/mini';
import { attachmentStates, attachmentTypes, type AttachmentType } from '../../domain/attachment';

/*
 * The zod schemas of what ./attachments.ts's views return: a file of the thread, an upload just
 * asked for, a download link. The views' return types are these schemas' outputs (types only).
 */

// ./tickets-schemas.ts's timestamp, made here too: that module imports this one.
const timestampSchema = z.iso.datetime();

const contentTypes = Object.keys(attachmentTypes) as [AttachmentType, ...AttachmentType[]];

/** A file of a ticket's thread, with where it stands and, unless it is ready, why it cannot be downloaded. */
export const attachmentSchema = z.object({
  id: z.string(),
  name: z.string(),
  size: z.int(),
  contentType: z.enum(contentTypes),
  /** Attached to an internal note (agents only). */
  internal: z.boolean(),
  state: z.enum(attachmentStates),
  reason: z.nullable(z.string()),
});
export type AttachmentView = z.output<typeof attachmentSchema>;

/** POST /v1/uploads: the upload's id, and the presigned POST to send the file with. */
export const uploadCreatedSchema = z.object({
  uploadId: z.string(),
  /** Post the file here as multipart/form-data: every field of `fields`, then the file as `file`, last. */
  url: z.string(),
  fields: z.record(z.string(), z.string()),
  /** The POST works and the upload can be attached until then. */
  usableUntil: timestampSchema,
  maxBytes: z.int(),
});
export type UploadCreatedView = z.output<typeof uploadCreatedSchema>;

/** A download link that works until `expiresAt`, and the file it downloads. */
export const attachmentDownloadSchema = z.object({
  url: z.string(),
  expiresAt: timestampSchema,
  name: z.string(),
  size: z.int(),
  contentType: z.enum(contentTypes),
});
export type AttachmentDownloadView = z.output<typeof attachmentDownloadSchema>;
