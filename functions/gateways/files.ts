import type { FilesClient } from '../shared/s3-client';
import type { DownloadSigner, ObjectsGateway, PresignedUpload, UploadSigner } from '../use-cases/attachments/ports';

/*
 * The files gateway: everything the product asks of the files bucket (functions/domain/attachment.ts
 * names its keys), in the use cases' words. The only module of functions/ that talks to S3; it
 * turns S3's "no such key" into a plain answer.
 */

export type { FilesClient } from '../shared/s3-client';

/**
 * Whether S3 said there is no such object. Without s3:ListBucket (nobody may list the files
 * bucket) S3 answers a missing key with 403 AccessDenied rather than 404, to hide what exists: for
 * a key of the prefix the function may read, that too means the object is not there.
 */
function isMissing(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const status = (error as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode;
  return error.name === 'NotFound' || error.name === 'NoSuchKey' || error.name === 'AccessDenied' || status === 404 || status === 403;
}

/**
 * A header value's file name: quotes and control characters replaced, non-ASCII letters kept in
 * RFC 5987's `filename*` so that browsers save the file under the name it was attached with.
 */
export function contentDisposition(name: string): string {
  const ascii = name.replace(/[^\x20-\x7e]|["\\]/g, '_');
  // RFC 5987's attr-char leaves out ' ( ) *, which encodeURIComponent keeps.
  const encoded = encodeURIComponent(name).replace(/['()*]/g, (character) => `%${character.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}

/** The files bucket's objects, named `bucket`. */
export function filesGateway(client: FilesClient, bucket: string): ObjectsGateway {
  return {
    async sample(key, count) {
      // One ranged GET answers both: Content-Range carries the object's whole size.
      try {
        const object = await client.send('GetObject', bucket, key, { method: 'GET', headers: { Range: `bytes=0-${count - 1}` } });
        const bytes = new Uint8Array(await object.arrayBuffer());
        const total = /\/(\d+)$/.exec(object.headers.get('Content-Range') ?? '')?.[1];
        // A store that ignores Range sends the whole object: only the first bytes are looked at.
        return { size: total !== undefined ? Number(total) : bytes.length, firstBytes: bytes.subarray(0, count) };
      } catch (error) {
        if (isMissing(error)) return undefined;
        // S3 refuses any range of an empty object.
        if (error instanceof Error && error.name === 'InvalidRange') return { size: 0, firstBytes: new Uint8Array() };
        throw error;
      }
    },
    async copy(fromKey, toKey) {
      const source = `/${bucket}/${fromKey.split('/').map(encodeURIComponent).join('/')}`;
      try {
        await client.send('CopyObject', bucket, toKey, { method: 'PUT', headers: { 'x-amz-copy-source': source } });
        return true;
      } catch (error) {
        if (isMissing(error)) return false;
        throw error;
      }
    },
    // Deleting an object that is already gone succeeds (S3's DeleteObject does).
    async deleteObject(key) {
      const response = await client.send('DeleteObject', bucket, key, { method: 'DELETE' });
      await response.body?.cancel();
    },
  };
}

/** Signs uploads to the bucket named `bucket`. */
export function uploadSigner(client: FilesClient, bucket: string): UploadSigner {
  return {
    presignUpload(key, contentType, maxBytes, validSeconds): Promise<PresignedUpload> {
      // The policy fixes the key, the exact type and the size range: S3 refuses any other post.
      const conditions = [['content-length-range', 1, maxBytes], ['eq', '$Content-Type', contentType]];
      return Promise.resolve(client.presignPost(bucket, key, { 'Content-Type': contentType }, conditions, validSeconds));
    },
  };
}

/** Signs downloads from the bucket named `bucket`. */
export function downloadSigner(client: FilesClient, bucket: string): DownloadSigner {
  return {
    presignDownload(key, name, contentType, validSeconds) {
      const query = { 'response-content-disposition': contentDisposition(name), 'response-content-type': contentType };
      return client.presignGet(bucket, key, query, validSeconds);
    },
  };
}
