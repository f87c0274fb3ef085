import { ApiError, answer, type Api, type Schemas } from '../api/client';
import { contentTypeOf, refusalOf } from './file-checks';

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
