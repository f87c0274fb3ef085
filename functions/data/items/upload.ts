import * as z from 'zod/mini';
import { attachmentTypes, type AttachmentType, type Upload } from '../../domain/attachment';
import { parseStored, type EveryMember, type StoredItem } from './stored-item';

/*
 * The upload item: what a caller declared when they asked to upload a file, until it is attached
 * (`attachedTo` set, once) or expires. Its own partition, read by key when the upload is attached.
 * DynamoDB's TTL removes it a day after `usableUntil`; readers check `usableUntil` themselves, as
 * TTL deletes late. Once removed, its id is unknown: an upload is never attached twice either way.
 */

/** The upload item's table key. */
export const uploadKey = (id: string) => ({ pk: `UPLOAD#${id}`, sk: '#UPLOAD' });

const types = Object.fromEntries(Object.keys(attachmentTypes).map((type) => [type, type])) as EveryMember<AttachmentType>;

/** A content type an attachment may have, as stored. */
export const attachmentTypeSchema = z.enum(types);

/** How a stored upload is read back. */
export const uploadItemSchema: z.ZodMiniType<Upload> = z.object({
  id: z.string(),
  uploadedBy: z.string(),
  name: z.string(),
  contentType: attachmentTypeSchema,
  size: z.number(),
  createdAt: z.string(),
  usableUntil: z.string(),
  attachedTo: z.nullable(z.string()),
});

const keptAfterUse = 24 * 60 * 60;

/** The item of an upload; the table's TTL attribute (`expiresAt`, epoch seconds) removes it a day after it could last be used. */
export function uploadItem(upload: Upload): Record<string, unknown> {
  return { ...uploadKey(upload.id), entity: 'upload', ...upload, expiresAt: Math.ceil(Date.parse(upload.usableUntil) / 1000) + keptAfterUse };
}

/**
 * The upload a stored item holds.
 * @throws UnreadableItemError when the item is not a readable upload.
 */
export function uploadFromItem(item: StoredItem): Upload {
  return parseStored(uploadItemSchema, item);
}
