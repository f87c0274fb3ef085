import { buildApp } from 'fauxqs';
import { fileKeyPrefixes, type ScanResult } from '../../../functions/domain/attachment';
import { scanStatusTag } from '../../../functions/domain/attachment';
import type { FilesCorsSpec, SystemSpec } from '../../system';
import { localCredentials } from '../credentials';
import { startS3Front } from './front';
import { ObjectTags } from './object-tags';

export { LocalScanner, eicarTestString } from './scanner';
export { scanResultEvent } from './scan-result-event';

/** The local files bucket: S3 (fauxqs behind the local S3 front) with the bucket created. */
export interface LocalFiles {
  /** The S3 endpoint (path-style): http://host:port. */
  readonly endpoint: string;
  readonly bucket: string;
  /** An object's bytes and ETag, read as GuardDuty's role reads them (no bucket policy), or undefined when it is gone. */
  readObject(key: string): Promise<{ body: Buffer; eTag: string } | undefined>;
  /** Records a scan result as GuardDuty's tag on the object. */
  tagScanResult(key: string, result: ScanResult): void;
  stop(): Promise<void>;
}

/** The files bucket's local name (CloudFormation names the deployed one). */
export function localBucketName(system: Pick<SystemSpec, 'name' | 'files'>): string {
  return `${system.name}-${system.files.id}`.toLowerCase();
}

/**
 * Starts the local S3: a fauxqs of its own that only the S3 front reaches (so nothing bypasses
 * the front's checks), the files bucket in it, and the front on host:port.
 * @throws the listen error (EADDRINUSE when the port is taken), or Error when the bucket cannot be made.
 */
export async function startLocalFiles(options: {
  host: string;
  port: number;
  region: string;
  bucket: string;
  cors: FilesCorsSpec & { readonly allowOrigins: readonly string[] };
  /** Told of every object written under `attachments/` (the local scanner's cue). */
  onAttachmentWritten: (key: string) => void;
}): Promise<LocalFiles> {
  const backend = buildApp({ logger: false, defaultRegion: options.region });
  await backend.ready();
  const tags = new ObjectTags();
  const objectUrl = (key: string) => `/${options.bucket}/${key.split('/').map(encodeURIComponent).join('/')}`;
  try {
    const created = await backend.inject({ method: 'PUT', url: `/${options.bucket}` });
    if (created.statusCode !== 200) throw new Error(`The local S3 did not create bucket ${options.bucket}: ${created.statusCode} ${created.body}`);
    const front = await startS3Front({
      host: options.host,
      port: options.port,
      backend,
      tags,
      secretOf: (accessKeyId) => (accessKeyId === localCredentials.accessKeyId ? localCredentials.secretAccessKey : undefined),
      cors: options.cors,
      scannedPrefix: fileKeyPrefixes.attachments,
      onObjectWritten: (bucket, key) => {
        if (bucket === options.bucket && key.startsWith(fileKeyPrefixes.attachments)) options.onAttachmentWritten(key);
      },
    });
    return {
      endpoint: front.endpoint,
      bucket: options.bucket,
      async readObject(key) {
        const response = await backend.inject({ method: 'GET', url: objectUrl(key) });
        if (response.statusCode !== 200) return undefined;
        return { body: response.rawPayload, eTag: String(response.headers['etag'] ?? '').replace(/"/g, '') };
      },
      tagScanResult(key, result) {
        tags.set(options.bucket, key, new Map([...tags.get(options.bucket, key), [scanStatusTag, result]]));
      },
      async stop() {
        await front.stop();
        await backend.close();
      },
    };
  } catch (error) {
    await backend.close();
    throw error;
  }
}
