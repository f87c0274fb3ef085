import { S3Client } from '@aws-sdk/client-s3';
import { traced } from './observability';

/**
 * The S3 client of the files bucket, made once per cold start, its calls traced. Its endpoint comes
 * from the SDK's configuration (AWS_ENDPOINT_URL_S3 locally, where S3_FORCE_PATH_STYLE=true asks for
 * path-style addresses, as the local S3 has no per-bucket host names). A module of its own, beside
 * ./clients.ts: only the functions with files access import it, so the others' bundles and cold
 * starts do not carry the S3 client (about 100 kB).
 */
export const s3 = traced(new S3Client({ forcePathStyle: process.env['S3_FORCE_PATH_STYLE'] === 'true' }));
