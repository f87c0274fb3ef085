import { S3Client } from '@aws-sdk/client-s3';
import { inject } from 'vitest';

const cloud = inject('localCloud');

/** The shared local cloud's S3 and files bucket, with a client signed like the functions'. */
export const localFiles = {
  endpoint: cloud.files,
  bucket: cloud.filesBucket,
  s3: new S3Client({ region: cloud.region, endpoint: cloud.files, forcePathStyle: true, credentials: { accessKeyId: 'local', secretAccessKey: 'local' } }),
};

/** Posts a presigned POST's form with `file` as S3's upload form does (the file field last). */
export async function postForm(post: { url: string; fields: Record<string, string> }, file: Blob, fieldOverrides: Record<string, string> = {}): Promise<Response> {
  const form = new FormData();
  for (const [name, value] of Object.entries({ ...post.fields, ...fieldOverrides })) form.append(name, value);
  form.append('file', file);
  return fetch(post.url, { method: 'POST', body: form });
}
