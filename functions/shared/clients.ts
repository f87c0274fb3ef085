import { S3Client } from '@aws-sdk/client-s3';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { traced } from './observability';

/**
 * The DynamoDB document client, made once per cold start, its calls traced. Its endpoint comes from
 * the SDK's own configuration (AWS_ENDPOINT_URL_DYNAMODB locally), never from our code.
 */
export const dynamo = DynamoDBDocumentClient.from(traced(new DynamoDBClient({})), {
  marshallOptions: { removeUndefinedValues: true, convertClassInstanceToMap: false },
});

/**
 * The S3 client of the files bucket, made once per cold start, its calls traced. Its endpoint comes
 * from the SDK's configuration (AWS_ENDPOINT_URL_S3 locally, where S3_FORCE_PATH_STYLE=true asks for
 * path-style addresses, as the local S3 has no per-bucket host names).
 */
export const s3 = traced(new S3Client({ forcePathStyle: process.env['S3_FORCE_PATH_STYLE'] === 'true' }));
