import { DeleteObjectCommand, type S3Client } from '@aws-sdk/client-s3';

/*
 * The files gateway: what the product asks of the files bucket (functions/domain/attachment.ts
 * names its keys), in the use cases' words. The only module of functions/ that sends S3 commands.
 */

/** The one command the gateway needs of a client: tests give a client of their own. */
export type FilesClient = Pick<S3Client, 'send'>;

/** The files bucket, as the scan-result use case needs it. */
export interface FilesGateway {
  /** Deletes an object; deleting one that is already gone succeeds (S3's DeleteObject does). */
  deleteObject(key: string): Promise<void>;
}

/** The files gateway on the bucket named `bucket`. */
export function filesGateway(client: FilesClient, bucket: string): FilesGateway {
  return {
    async deleteObject(key) {
      await client.send(new DeleteObjectCommand({ Bucket: bucket, Key: key }));
    },
  };
}
