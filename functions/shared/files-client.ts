import { S3Client } from '@aws-sdk/client-s3';
import { traced } from './observability';

/**
 * The S3 client of the files bucket, made once per cold start, its calls traced. Its endpoint comes
 * from the SDK's configuration (AWS_ENDPOINT_URL_S3 locally, where S3_FORCE_PATH_STYLE=true asks for
 * path-style addresses, as the local S3 has no per-bucket host names). Apart from clients.ts, which
 * every function imports, so that only the functions that use the bucket bundle and build it.
 */
export const s3 = traced(new S3Client({ forcePathStyle: process.env['S3_FORCE_PATH_STYLE'] === 'true' }));
