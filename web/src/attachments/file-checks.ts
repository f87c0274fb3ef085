import type { components } from '../../api/ticketflow';

/*
 * What the picker checks before asking for an upload, apart from the upload itself (which needs the
 * browser), so that the checks run in unit tests.
 */

export type ContentType = components['schemas']['Attachment']['contentType'];

/** What the API accepts: at most 10 files a message, 10 MB each, of these types. */
export const uploadLimits = { files: 10, bytes: 10 * 1024 * 1024 } as const;

const typeByExtension: Readonly<Record<string, ContentType>> = {
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  webp: 'image/webp',
  gif: 'image/gif',
  pdf: 'application/pdf',
  txt: 'text/plain',
  log: 'text/plain',
  csv: 'text/csv',
  json: 'application/json',
};

/** The file input's `accept`: the extensions above, so the system's dialog offers only those. */
export const acceptedFiles = Object.keys(typeByExtension)
  .map((extension) => `.${extension}`)
  .join(',');

/** The allowed types in words, for the picker's hint. */
export const allowedTypesText = 'PNG, JPEG, WebP, GIF, PDF, text or log, CSV, JSON';

/**
 * The content type the API is told for a file: from its extension, since browsers leave `type`
 * empty for .log files and guess others from the system's registry; the API checks the content itself.
 */
export function contentTypeOf(file: { name: string }): ContentType | undefined {
  const extension = file.name.toLowerCase().split('.').pop() ?? '';
  return typeByExtension[extension];
}

/** Why a file cannot be sent, in words, or undefined when it can. */
export function refusalOf(file: { name: string; size: number }): string | undefined {
  if (!contentTypeOf(file)) return `${file.name} is not an allowed type (${allowedTypesText}).`;
  if (file.size > uploadLimits.bytes) return `${file.name} is larger than 10 MB.`;
  if (file.size === 0) return `${file.name} is empty.`;
  return undefined;
}
