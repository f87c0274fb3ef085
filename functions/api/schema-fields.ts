import * as z from 'zod/mini';
import { attachmentLimits } from '../domain/attachment';

/*
 * The fields several request schemas share (functions/api/schemas.ts, ticket-form-schemas.ts).
 */

/** A required text of at most `max` characters, trimmed, not blank. */
export const text = (max: number) => z.string().check(z.trim(), z.minLength(1, 'Required; must not be blank.'), z.maxLength(max, `At most ${max} characters.`));

/** A field or query parameter with what the API document says of it. */
export const described = <T extends z.ZodMiniType>(schema: T, description: string): T => {
  z.globalRegistry.add(schema, { description });
  return schema;
};

/** An upload's id, as POST /v1/uploads answered it (a ULID). */
const uploadId = z.string().check(z.regex(/^[0-9A-HJKMNP-TV-Z]{26}$/, 'An upload id, as POST /v1/uploads answered it.'));

/** The uploads a message carries: their files are checked and attached with it. */
export const attachments = described(
  z.optional(
    z.array(uploadId).check(z.maxLength(attachmentLimits.maxFilesPerMessage, `At most ${attachmentLimits.maxFilesPerMessage} files a message.`)),
  ),
  `Upload ids (POST /v1/uploads) whose files go with this message: at most ${attachmentLimits.maxFilesPerMessage}, each attached once, ${attachmentLimits.maxTicketBytes / (1024 * 1024)} MB a ticket in all. ` +
    'Each file is checked (its size, its type from its content) before anything is stored; a problem answers 422 `attachment_refused` (409 `upload_already_attached` for an upload attached already) naming the upload, and nothing is attached.',
);

