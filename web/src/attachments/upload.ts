import { ApiError, answer, type Api, type Schemas } from '../api/client';

export type ContentType = Schemas['Attachment']['contentType'];

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

/** Posts the file to the presigned POST's url with its fields, reporting progress in 0..1; XMLHttpRequest because fetch reports no upload progress. */
function postFile(created: Schemas['UploadCreated'], file: File, onProgress: (done: number) => void): Promise<void> {
  const form = new FormData();
  for (const [name, value] of Object.entries(created.fields)) form.append(name, value);
  form.append('file', file);
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open('POST', created.url);
    request.upload.onprogress = (event) => event.lengthComputable && onProgress(event.loaded / event.total);
    request.onload = () =>
      request.status >= 200 && request.status < 300 ? resolve() : reject(new ApiError(request.status, `${file.name} could not be uploaded (the storage refused it). Try again.`));
    request.onerror = () => reject(new ApiError(0, `${file.name} could not be uploaded. Check your connection and try again.`));
    request.send(form);
  });
}

/**
 * Uploads one file: asks the API for an upload, then posts the file straight to storage.
 * @returns the upload id to name in `attachments`.
 * @throws ApiError naming the file when the API refuses it or the post fails.
 */
export async function uploadFile(api: Api, file: File, onProgress: (done: number) => void): Promise<string> {
  const contentType = contentTypeOf(file);
  if (!contentType) throw new ApiError(415, refusalOf(file) ?? `${file.name} cannot be sent.`);
  const created = await answer(api.POST('/v1/uploads', { body: { name: file.name, contentType, size: file.size } }));
  await postFile(created, file, onProgress);
  onProgress(1);
  return created.uploadId;
}
